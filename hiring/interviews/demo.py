"""Demo interview: a question bank and plan for the first position, and a panel of three."""

from __future__ import annotations

from datetime import timedelta

from hiring.db import utcnow
from hiring.errors import HiringError
from hiring.interviews import services

ORDER = 70  # after the development plans: scheduling needs a drafted one

QUESTIONS = [
    ("In your first 90 days here, how would you get in front of twelve operations executives "
     "at our target accounts?", "Prospecting", [1],
     {"1": "Would email a purchased list and wait.",
      "3": "Names the roles to reach and a sequence of research, referral and outreach.",
      "5": "Builds an account-by-account plan with trigger events, referrals and a weekly "
           "measure, and says what they would drop if it is not working."}),
    ("Suppose a logistics director likes the demo but stops answering after the proposal. "
     "What would you do?", "Advancing a stalled deal", [0, 2],
     {"1": "Keeps sending 'just checking in' emails.",
      "3": "Finds another contact and asks what changed.",
      "5": "Re-qualifies the business case with several stakeholders and sets a clear next "
           "step or a clean close-out."}),
    ("How would you build a qualified pipeline of $1.2M by your sixth month here?",
     "Pipeline planning", [2],
     {"1": "No arithmetic; hopes volume will do it.",
      "3": "Works back from deal size and win rate to the meetings needed.",
      "5": "Works back from the target, segments the accounts and sets monthly checkpoints "
           "with what they would change at each."}),
    ("Imagine your forecast for the quarter is 30% above what you close. How would you "
     "handle the next quarter?", "Forecast discipline", [4],
     {"1": "Blames the customers.",
      "3": "Tightens the stage definitions they use.",
      "5": "Inspects each deal against buyer evidence and agrees the rules with the manager."}),
]


def seed(demo) -> None:
    """Bank and plan for the first position; an interview yesterday with three panelists."""
    manager = demo.users["manager@demo.test"]
    position = demo.positions[0]
    outcomes = [o.id for o in position.outcomes]
    questions = [
        services.save_question(position, text=text, competency=competency, anchors=anchors,
                               outcome_ids=[outcomes[i] for i in probes], actor=manager)
        for text, competency, probes, anchors in QUESTIONS
    ]
    services.save_plan(position, [
        services.PlanEntry("question", 15, questions[0].id, 2.0),
        services.PlanEntry("question", 15, questions[1].id, 1.0),
        services.PlanEntry("question", 10, questions[2].id, 1.0),
        services.PlanEntry("development_plan", 15),
    ])
    candidate = next((c for c in demo.candidates
                      if c.stage == "interview" and c.position_id == position.id), None)
    if candidate is None:
        return
    panel = [demo.users[f"interviewer{n}@demo.test"] for n in (1, 2, 3)]
    try:
        services.schedule_interview(candidate, panel=panel,
                                    scheduled_at=utcnow() - timedelta(days=1),
                                    location="Meeting room 2", actor=manager)
    except HiringError:
        # No drafted development plan in this build's demo: the bank and plan still show.
        return
