from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from hiring.db import db
from hiring.interviews.models import Interview


def _panel_ids(setup, *names):
    return [str(setup.users[n]) for n in names]


def test_a_manager_schedules_the_presentation_from_the_candidate_page(app, setup, as_user):
    manager = as_user("max")
    page = manager.get(f"/candidates/{setup.candidate_id}").get_data(as_text=True)
    assert "Final presentation" in page
    assert f"/presentations/candidates/{setup.candidate_id}/schedule" in page
    when = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT14:00")
    refused = manager.post(f"/presentations/candidates/{setup.candidate_id}/schedule", data={
        "panel": _panel_ids(setup, "ana"), "scheduled_at": when, "minutes": "30"})
    assert refused.status_code == 200
    assert "A panel has two or three interviewers" in refused.get_data(as_text=True)
    response = manager.post(f"/presentations/candidates/{setup.candidate_id}/schedule", data={
        "panel": _panel_ids(setup, "ana", "ben"), "scheduled_at": when, "minutes": "30",
        "location": "Boardroom"})
    with app.app_context():
        presentation = db.session.scalars(select(Interview)).one()
        assert presentation.kind == "presentation"
    assert response.headers["Location"].endswith(f"/interviews/{presentation.id}")
    kit = manager.get(f"/interviews/{presentation.id}").get_data(as_text=True)
    assert "Presentation kit" in kit and "About the customer, not the seller" in kit
    page = manager.get(f"/candidates/{setup.candidate_id}").get_data(as_text=True)
    assert "Scheduled for" in page and f"/interviews/{presentation.id}\"" in page


def test_the_candidate_reads_the_brief_on_their_page(app, setup, present, candidate_client):
    present("ana", "ben", hours_ago=-50, minutes=25)
    browser = candidate_client(setup.candidate_id, "research")
    page = browser.get("/candidate/").get_data(as_text=True)
    assert "Your final presentation" in page
    assert "25 minutes to present" in page
    assert "Ana (Interviewer), Ben (Interviewer)" in page
    assert "as if our company were your target customer" in page
    assert " UTC</time>" in page and "Boardroom" in page


def test_the_scorecard_offers_the_rubric_levels_and_the_debrief_opens_after_submitting(
        app, setup, present, score, as_user):
    presentation_id = present("ana", "ben")
    score(presentation_id, "ben", [3, 3, 1, 2, 4])
    ana = as_user("ana")
    # Ben's card is in; Ana sees none of it before hers.
    assert ana.get(f"/interviews/{presentation_id}/debrief").status_code == 403
    form = ana.get(f"/interviews/{presentation_id}/scorecard").get_data(as_text=True)
    assert "BEN-NOTE" not in form
    assert "About the customer, not the seller" in form and "Final presentation" in form
    with app.app_context():
        asked = [q.id for q in db.session.get(Interview, presentation_id).questions]
    assert f'name="points_{asked[0]}" type="radio" value="4"' in form
    assert f'name="points_{asked[0]}" type="radio" value="5"' not in form
    data = {f"points_{a}": str(p) for a, p in zip(asked, [4, 3, 3, 2, 3], strict=True)}
    data.update(recommendation="yes", notes="", submit="1")
    response = ana.post(f"/interviews/{presentation_id}/scorecard", data=data)
    assert response.headers["Location"].endswith(f"/interviews/{presentation_id}/debrief")
    debrief = ana.get(f"/interviews/{presentation_id}/debrief").get_data(as_text=True)
    assert "63 of 100" in debrief and "Differ by 2: discuss" in debrief
    manager = as_user("max")
    page = manager.get(f"/candidates/{setup.candidate_id}").get_data(as_text=True)
    assert "63 of 100" in page and "1 disagreement flagged" in page


def test_the_funnel_page_lists_the_presentation_step(app, setup, as_user):
    page = as_user("max").get(f"/reports/positions/{setup.position_id}").get_data(as_text=True)
    assert "Final presentation" in page
