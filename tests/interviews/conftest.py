"""A position with a question bank and plan, a candidate and staff to sit on panels."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from hiring.db import db

ANCHORS = {
    "1": "Talks about products, not the customer's business.",
    "3": "Plans outreach to the right roles with a reason for each.",
    "5": "Builds a sequenced plan tied to the customer's results and names the risks.",
}


@dataclass
class Setup:
    position_id: int
    candidate_id: int
    question_ids: list[int]
    outcome_ids: list[int]
    users: dict[str, int] = field(default_factory=dict)


@pytest.fixture
def setup(app, make_user, make_position, make_candidate) -> Setup:
    from hiring.auth.models import User
    from hiring.interviews import services
    from hiring.positions.models import Position

    position_id = make_position(outcomes=(
        "Billings of $500,000 from four new customers by the end of your tenth month.",
        "Twelve first meetings with operations executives within 90 days.",
        "Two referenceable customers by the end of your first year.",
    ))
    candidate_id = make_candidate(position_id=position_id, stage="interview")
    users = {name: make_user(role, email=f"{name}@example.test", name=name.title())
             for name, role in [("ana", "interviewer"), ("ben", "interviewer"),
                                ("cy", "interviewer"), ("dee", "interviewer"),
                                ("max", "manager")]}
    with app.app_context():
        position = db.session.get(Position, position_id)
        manager = db.session.get(User, users["max"])
        outcome_ids = [o.id for o in position.outcomes]
        texts = [
            ("What would you do in your first 30 days to reach operations executives?",
             "Prospecting", [outcome_ids[1]]),
            ("How would you turn a first meeting into a qualified opportunity here?",
             "Qualification", [outcome_ids[0]]),
            ("Suppose a customer stalls at contract: what would you do?", "Closing",
             [outcome_ids[0]]),
        ]
        questions = [services.save_question(position, text=t, competency=c, anchors=ANCHORS,
                                            outcome_ids=o, actor=manager) for t, c, o in texts]
        services.save_plan(position, [
            services.PlanEntry("question", 15, questions[0].id, 2.0),
            services.PlanEntry("question", 15, questions[1].id, 1.0),
            services.PlanEntry("development_plan", 10),
            services.PlanEntry("question", 10, questions[2].id, 1.0),
        ])
        db.session.commit()
        return Setup(position_id, candidate_id, [q.id for q in questions], outcome_ids, users)


def draft_plan(candidate_id: int) -> None:
    """Give the candidate a drafted development plan (one milestone on its route)."""
    from hiring.plans.models import DevelopmentPlan, Milestone

    plan = DevelopmentPlan(candidate_id=candidate_id, start_date=datetime.now(UTC).date())
    plan.milestones = [Milestone(candidate_id=candidate_id, month=3,
                                 title="Twelve first meetings held")]
    db.session.add(plan)
    db.session.flush()


@pytest.fixture
def schedule(app, setup):
    """Schedule an interview for the set-up candidate with the named panel; returns its id."""

    def make(*names: str, hours_ago: int = 1, candidate_id: int | None = None,
             draft: bool = True) -> int:
        from hiring.auth.models import User
        from hiring.candidates.models import Candidate
        from hiring.interviews import services

        with app.app_context():
            candidate = db.session.get(Candidate, candidate_id or setup.candidate_id)
            if services.development_plan_gate(candidate).available and draft:
                if not services.development_plan_gate(candidate).drafted:
                    draft_plan(candidate.id)
            panel = [db.session.get(User, setup.users[n]) for n in names]
            interview = services.schedule_interview(
                candidate, panel=panel,
                scheduled_at=datetime.now(UTC) - timedelta(hours=hours_ago),
                location="Room 4", actor=db.session.get(User, setup.users["max"]))
            db.session.commit()
            return interview.id

    return make


@pytest.fixture
def score(app, setup):
    """Submit `name`'s scorecard: points in plan order of the rated questions."""

    def make(interview_id: int, name: str, points: list[int], recommendation: str = "yes",
             submit: bool = True) -> int:
        from hiring.auth.models import User
        from hiring.interviews import services
        from hiring.interviews.models import Interview

        with app.app_context():
            interview = db.session.get(Interview, interview_id)
            user = db.session.get(User, setup.users[name])
            card = services.scorecard_for(interview, user)
            rated = [q for q in interview.questions if q.rated]
            services.save_scorecard(
                card, {q.id: services.RatingInput(p, f"note {p}") for q, p in zip(rated, points,
                                                                                   strict=True)},
                recommendation=recommendation, notes="", submit=submit, actor=user)
            db.session.commit()
            return card.id

    return make
