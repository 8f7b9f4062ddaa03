from tests.access import ANY_STAFF, MANAGERS, Rule

PANEL = frozenset({"interviewer", "manager"})


def _w(key):
    return lambda world: world.extra[key]


RULES = {
    "interviews.mine": Rule(ANY_STAFF),
    "interviews.position": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "interviews.new_question": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "interviews.edit_question": Rule(MANAGERS, kwargs={"question_id": _w("question_id")}),
    "interviews.lint_question": Rule(MANAGERS, method="POST",
                                     json={"text": "Tell me about a time you lost a deal."}),
    "interviews.plan": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "interviews.coverage": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "interviews.calibration": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "interviews.schedule": Rule(MANAGERS, kwargs={"candidate_id": lambda w: w.candidate_id}),
    # The matrix interviewer and manager sit on the panels; the admin does not.
    "interviews.detail": Rule(ANY_STAFF, kwargs={"interview_id": _w("open_interview_id")}),
    "interviews.move": Rule(MANAGERS, kwargs={"interview_id": _w("open_interview_id")}),
    # On the scored interview, so an allowed role is refused by the service, not the route.
    "interviews.cancel": Rule(MANAGERS, method="POST",
                              kwargs={"interview_id": _w("scored_interview_id")}),
    "interviews.kit_pdf": Rule(ANY_STAFF, kwargs={"interview_id": _w("open_interview_id")}),
    "interviews.scorecard": Rule(PANEL, kwargs={"interview_id": _w("open_interview_id")}),
    "interviews.amend": Rule(PANEL, method="POST",
                             kwargs={"interview_id": _w("scored_interview_id")}),
    "interviews.debrief": Rule(ANY_STAFF, kwargs={"interview_id": _w("scored_interview_id")}),
    "interviews.decide": Rule(MANAGERS, method="POST",
                              kwargs={"interview_id": _w("scored_interview_id")}),
}


def seed(world):
    from datetime import timedelta

    from hiring.db import db, utcnow
    from hiring.interviews.models import (
        AskedQuestion,
        Interview,
        InterviewQuestion,
        PanelMember,
        PlanItem,
        Rating,
        Scorecard,
    )

    anchors = {"1": "Weak", "3": "Adequate", "5": "Excellent"}
    question = InterviewQuestion(position_id=world.position_id, competency="Planning",
                                 text="What would you do in your first 90 days here?",
                                 anchors=anchors)
    db.session.add(question)
    db.session.flush()
    db.session.add_all([
        PlanItem(position_id=world.position_id, sort_order=0, kind="question",
                 question_id=question.id, minutes=20, weight=1.0),
        PlanItem(position_id=world.position_id, sort_order=1, kind="development_plan",
                 minutes=10, weight=0.0),
    ])
    panel = [world.users["interviewer"], world.users["manager"]]
    made = []
    for days, candidate_id in ((2, world.candidate_id), (1, world.other_candidate_id)):
        interview = Interview(candidate_id=candidate_id, position_id=world.position_id,
                              scheduled_at=utcnow() - timedelta(days=days), location="Room 1")
        interview.panel = [PanelMember(user_id=u, candidate_id=candidate_id) for u in panel]
        interview.questions = [AskedQuestion(candidate_id=candidate_id, kind="question",
                                             question_id=question.id, text=question.text,
                                             anchors=anchors, minutes=20, weight=1.0)]
        db.session.add(interview)
        db.session.flush()
        made.append(interview)
    scored = made[1]
    for user_id, points in zip(panel, (3, 5), strict=True):
        card = Scorecard(interview_id=scored.id, interviewer_id=user_id,
                         candidate_id=scored.candidate_id, recommendation="yes",
                         submitted_at=utcnow())
        card.ratings = [Rating(asked_question_id=scored.questions[0].id, points=points,
                               candidate_id=scored.candidate_id)]
        db.session.add(card)
    db.session.flush()
    world.extra.update(question_id=question.id, open_interview_id=made[0].id,
                       scored_interview_id=scored.id)
