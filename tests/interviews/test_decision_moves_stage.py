"""Recording the decision can move the candidate's stage in the same step."""

from sqlalchemy import select

from hiring.candidates.models import Candidate, ScreenOut
from hiring.db import db
from tests.interviews.test_views import as_user  # noqa: F401 (fixture)


def test_make_an_offer_moves_the_candidate_to_offer_and_opens_the_offer_form(
        app, setup, schedule, score, as_user):  # noqa: F811
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [4, 3, 5])
    score(interview_id, "ben", [2, 3, 4])
    manager = as_user("max")
    page = manager.get(f"/interviews/{interview_id}/debrief").get_data(as_text=True)
    assert 'name="move_stage"' in page and "checked" in page
    response = manager.post(f"/interviews/{interview_id}/decision", data={
        "decision": "hire", "rationale": "Best territory plan; coach on closing.",
        "move_stage": "y"})
    assert response.headers["Location"] == f"/offers/candidates/{setup.candidate_id}"
    page = manager.get(response.headers["Location"]).get_data(as_text=True)
    assert "is now in Offer" in page and "Record the offer" in page
    with app.app_context():
        assert db.session.get(Candidate, setup.candidate_id).stage == "offer"


def test_no_hire_screens_out_with_the_reason_and_unticked_leaves_the_stage(
        app, setup, schedule, score, as_user):  # noqa: F811
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [2, 2, 1], recommendation="no")
    score(interview_id, "ben", [2, 1, 2], recommendation="no")
    manager = as_user("max")
    manager.post(f"/interviews/{interview_id}/decision", data={
        "decision": "more_evidence", "rationale": "Ask for a second research exercise."})
    with app.app_context():
        assert db.session.get(Candidate, setup.candidate_id).stage == "interview"
    manager.post(f"/interviews/{interview_id}/decision", data={
        "decision": "no_hire", "rationale": "No plan for the first ninety days.",
        "move_stage": "y"})
    with app.app_context():
        assert db.session.get(Candidate, setup.candidate_id).stage == "screened_out"
        entry = db.session.scalars(select(ScreenOut)).one()
        assert entry.stage == "interview" and "decision after the structured interview" in \
            entry.details


def test_an_interviewer_sees_that_no_decision_is_recorded_yet_then_the_decision(
        app, setup, schedule, score, as_user):  # noqa: F811
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [4, 3, 5])
    score(interview_id, "ben", [3, 3, 4])
    interviewer = as_user("ana")
    page = interviewer.get(f"/interviews/{interview_id}/debrief").get_data(as_text=True)
    assert "<h2>Decision</h2>" in page and "No decision yet" in page
    assert 'name="decision"' not in page
    as_user("max").post(f"/interviews/{interview_id}/decision", data={
        "decision": "more_evidence", "rationale": "Ask for a second research exercise."})
    page = as_user("ana").get(f"/interviews/{interview_id}/debrief").get_data(as_text=True)
    assert "No decision yet" not in page and "Ask for a second research exercise." in page
