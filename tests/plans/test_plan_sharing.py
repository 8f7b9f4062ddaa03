"""A development plan shared with the candidate: they read it, download it and write back."""

from datetime import date

import pytest
from plans_pdf_helpers import text_of
from sqlalchemy import select

from hiring.audit import AuditEvent
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.plans import services
from hiring.plans.models import RESPONSE_MAX, DevelopmentPlan
from tests.waiting import wait_until

PANEL_NOTE = "Panel note: hesitant about cold calling."
PROGRESS_NOTE = "Behind on first meetings."


@pytest.fixture
def applicant(app, make_candidate):
    """A candidate before the first interview, with a drafted plan holding staff-only notes."""
    candidate_id = make_candidate(stage="interview", name="Ines Applicant")
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        plan = services.draft_development_plan(candidate, None, date(2027, 3, 1))
        services.record_reaction(plan, None, PANEL_NOTE)
        plan.milestones[0].reviews  # noqa: B018 (loads the relationship)
        from hiring.plans.models import MilestoneReview

        plan.milestones[0].reviews.append(MilestoneReview(
            candidate_id=candidate_id, review_date=date(2027, 4, 1), status="missed",
            note=PROGRESS_NOTE))
        db.session.commit()
    return candidate_id


def _plan(candidate_id) -> DevelopmentPlan:
    return services.development_plan_for(candidate_id)


def _actions(candidate_id) -> list[str]:
    return list(db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.candidate_id == candidate_id).order_by(AuditEvent.id)))


def test_sharing_is_recorded_and_refused_twice_or_for_a_screened_out_candidate(
        app, applicant, make_candidate):
    with app.app_context():
        plan = _plan(applicant)
        assert services.shared_plan_for(applicant) is None
        services.share_with_candidate(plan, None)
        assert services.shared_plan_for(applicant) is plan
        with pytest.raises(HiringError, match="already shared"):
            services.share_with_candidate(plan, None)
        services.stop_sharing(plan, None)
        assert services.shared_plan_for(applicant) is None
        with pytest.raises(HiringError, match="not shared"):
            services.stop_sharing(plan, None)
        assert _actions(applicant)[-2:] == ["plans.shared_with_candidate",
                                            "plans.sharing_stopped"]
        plan.candidate.stage = "screened_out"
        with pytest.raises(HiringError, match="screened out"):
            services.share_with_candidate(plan, None)


def test_the_candidate_copy_leaves_out_every_note_by_staff(app, applicant):
    with app.app_context():
        data = services.candidate_data(_plan(applicant))
        staff = services.development_data(_plan(applicant))
    assert PANEL_NOTE in str(staff) and PROGRESS_NOTE in str(staff)
    assert PANEL_NOTE not in str(data) and PROGRESS_NOTE not in str(data)
    assert all(m["status"] == "open" and m["note"] == "" for m in data["milestones"])
    assert data["destination"] == staff["destination"]
    assert data["how_we_sell"] and data["coaching_rhythm"] and data["learning_areas"]


def test_the_candidate_response_is_kept_apart_from_the_panels_notes(app, applicant):
    with app.app_context():
        plan = _plan(applicant)
        with pytest.raises(HiringError, match="no longer shared"):
            services.record_candidate_response(plan, "Looks right.")
        services.share_with_candidate(plan, None)
        with pytest.raises(HiringError, match="too long"):
            services.record_candidate_response(plan, "x" * (RESPONSE_MAX + 1))
        with pytest.raises(HiringError, match="required"):
            services.record_candidate_response(plan, "   ")
        services.record_candidate_response(plan, "  Month 6 feels ambitious.  ")
        assert plan.candidate_response == "Month 6 feels ambitious."
        assert plan.candidate_reaction == PANEL_NOTE
        assert plan.candidate_response_at is not None
        assert _actions(applicant)[-1] == "plans.candidate_responded"


def test_a_manager_shares_by_button_and_an_interviewer_cannot(
        app, client, login_as, applicant):
    interviewer = app.test_client()
    login_as("interviewer", client_=interviewer)
    assert interviewer.post(
        f"/plans/candidates/{applicant}/development/share").status_code == 403
    login_as("manager")
    page = client.get(f"/plans/candidates/{applicant}/development").get_data(as_text=True)
    assert "Share with the candidate" in page and "Only the hiring team sees" in page
    response = client.post(f"/plans/candidates/{applicant}/development/share")
    assert response.headers["Location"].endswith(
        f"/plans/candidates/{applicant}/development#sharing-section")
    page = client.get(f"/plans/candidates/{applicant}/development").get_data(as_text=True)
    assert "Stop sharing" in page and "has not written back" in page
    response = client.post(f"/plans/candidates/{applicant}/development/unshare")
    with app.app_context():
        assert _plan(applicant).shared_at is None


def test_the_candidate_reads_only_a_shared_plan_and_never_the_staff_notes(
        app, client, login_as, applicant, candidate_client):
    browser = candidate_client(applicant)
    assert "Read the development plan" not in browser.get("/candidate/").get_data(as_text=True)
    assert browser.get("/candidate/plan").status_code == 404
    assert browser.post("/candidate/plan", data={"response": "Hi"}).status_code == 404
    assert browser.get("/candidate/plan.pdf").status_code == 404
    login_as("manager")
    client.post(f"/plans/candidates/{applicant}/development/share")

    home = browser.get("/candidate/").get_data(as_text=True)
    assert "Read the development plan" in home
    page = browser.get("/candidate/plan").get_data(as_text=True)
    with app.app_context():
        plan = _plan(applicant)
        titles = [m.title for m in plan.milestones]
        areas = plan.learning_areas
        position_id = plan.candidate.position_id
    for text in [*titles, *areas, "Destination", "Coaching rhythm", "How we sell here"]:
        assert text.replace("'", "&#39;") in page
    assert PANEL_NOTE not in page and PROGRESS_NOTE not in page and "Missed" not in page

    # Another candidate's session never reaches this plan.
    with app.app_context():
        other = Candidate(position_id=position_id, name="Otto Other",
                          email="otto@example.test", stage="interview")
        db.session.add(other)
        db.session.commit()
        other_id = other.id
    assert candidate_client(other_id).get("/candidate/plan").status_code == 404


def test_a_refused_reaction_keeps_every_word_and_a_saved_one_reaches_the_staff_page(
        app, client, login_as, applicant, candidate_client):
    login_as("manager")
    client.post(f"/plans/candidates/{applicant}/development/share")
    browser = candidate_client(applicant)
    too_long = "Month six worries me. " * 100
    refused = browser.post("/candidate/plan", data={"response": too_long})
    assert refused.status_code == 422
    assert too_long.strip() in refused.get_data(as_text=True)
    saved = browser.post("/candidate/plan", data={"response": "Month six worries me."})
    assert saved.headers["Location"].endswith("/candidate/plan#response-section")
    staff = client.get(f"/plans/candidates/{applicant}/development").get_data(as_text=True)
    assert "In the candidate's own words" in staff and "Month six worries me." in staff
    assert PANEL_NOTE in staff  # the panel's account stays, separately


def test_the_reaction_form_is_refused_without_its_csrf_token(app, applicant, candidate_client):
    with app.app_context():
        services.share_with_candidate(_plan(applicant), None)
        db.session.commit()
    browser = candidate_client(applicant)
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        refused = browser.post("/candidate/plan", data={"response": "No token."})
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert refused.status_code in (400, 422)
    with app.app_context():
        assert _plan(applicant).candidate_response == ""


def test_the_candidate_downloads_the_plan_without_staff_notes(
        app, applicant, candidate_client):
    with app.app_context():
        services.share_with_candidate(_plan(applicant), None)
        db.session.commit()
    browser = candidate_client(applicant)
    first = browser.get("/candidate/plan.pdf")
    assert first.status_code in (200, 202)
    first.close()
    wait_until(lambda: browser.get("/candidate/plan.pdf/status").get_json()["state"] == "ready",
               "the candidate's PDF to be ready", seconds=240)
    done = browser.get("/candidate/plan.pdf")
    body = done.get_data()
    done.close()
    assert done.mimetype == "application/pdf"
    printed = text_of(body)
    assert "Destination" in printed
    assert PANEL_NOTE not in printed and PROGRESS_NOTE not in printed
