"""The candidate page's timeline names people and says what happened, without internals."""

from hiring.audit import record
from hiring.auth.models import User
from hiring.db import db


def test_timeline_shows_names_and_sentences_not_internals(app, client, login_as, make_user,
                                                          make_candidate):
    manager_id = login_as("manager")
    panel = [make_user("interviewer", name=n) for n in ("Ana Alvarez", "Ben Brooks", "Cy Chen")]
    candidate_id = make_candidate(name="Tim Line")
    with app.app_context():
        manager = db.session.get(User, manager_id)
        record(manager, "review.assigned", "submission", 1, candidate_id=candidate_id,
               after={"reviewer_id": panel[2]})
        record(manager, "submission.reconciled", "submission", 1, candidate_id=candidate_id,
               before={"score": 70.0}, after={"score": 81.82, "agreed": {"purpose_and_ask": 3}})
        record(manager, "interview.scheduled", "interview", 1, candidate_id=candidate_id,
               after={"panel": panel, "scheduled_at": "2030-03-04T10:00:00+00:00"})
        record(db.session.get(User, panel[0]), "scorecard.submitted", "scorecard", 1,
               candidate_id=candidate_id,
               after={"ratings": {"5": 2, "6": 4}, "recommendation": "yes"})
        db.session.commit()
        manager_name = manager.name or "a staff member"
    html = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    timeline = html[html.index('id="timeline-heading"'):]
    for internal in ("panel: [", "reviewer id", "ratings: {", "purpose_and_ask", "'5'",
                     "@example.test"):
        assert internal not in timeline
    assert "Cy Chen was asked to review the submission." in timeline
    assert "with Ana Alvarez, Ben Brooks and Cy Chen." in timeline
    assert "Clear purpose and a single ask at 3" in timeline
    assert "Scorecard submitted with 2 questions rated, recommending Hire." in timeline
    assert "(by Ana Alvarez)" in timeline and f"(by {manager_name})" in timeline


def test_timeline_titles_read_as_phrases_and_a_detail_never_repeats_its_title(
        app, client, login_as, make_candidate):
    manager_id = login_as("manager")
    candidate_id = make_candidate(name="Tim Line")
    with app.app_context():
        manager = db.session.get(User, manager_id)
        record(manager, "plans.development_drafted", "development_plan", 1,
               candidate_id=candidate_id, after={"milestones": 5})
        record(manager, "plans.onboarding_created", "onboarding_plan", 1,
               candidate_id=candidate_id)
        db.session.commit()
    html = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    timeline = html[html.index('id="timeline-heading"'):html.index('id="privacy-heading"')]
    assert "<strong>Development plan drafted</strong>" in timeline
    assert "Plans development drafted" not in timeline
    # "Onboarding plan created" says it all: no ": Onboarding plan created." after it.
    assert "<strong>Onboarding plan created</strong>" in timeline
    assert "Onboarding plan created</strong>: " not in timeline
    assert "Added to the position</strong>: " not in timeline
