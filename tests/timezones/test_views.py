"""Each person's time zone: chosen on the account page, used to enter and to show times."""

from datetime import UTC, datetime

from sqlalchemy import select

from hiring.auth.models import User
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.interviews.models import Interview
from hiring.timezones import default_timezone, local_text, timezone_of
from tests.interviews.conftest import draft_plan
from tests.interviews.test_views import as_user  # noqa: F401 (fixture)


def _set_zone(app, user_id, zone):
    with app.app_context():
        db.session.get(User, user_id).timezone = zone
        db.session.commit()


def test_default_zone_comes_from_config_and_a_choice_wins(app):
    with app.app_context():
        assert default_timezone() == "UTC"
        app.config["DEFAULT_TIMEZONE"] = "America/New_York"
        assert default_timezone() == "America/New_York"
        assert timezone_of(User(timezone=None)) == "America/New_York"
        assert timezone_of(User(timezone="Europe/Berlin")) == "Europe/Berlin"
        assert timezone_of(Candidate(timezone="Asia/Tokyo")) == "Asia/Tokyo"
        app.config["DEFAULT_TIMEZONE"] = "Mars/Olympus"
        assert default_timezone() == "UTC"


def test_the_local_filter_labels_the_time_with_the_viewers_zone(app):
    stored = datetime(2026, 3, 30, 7, 30, tzinfo=UTC)
    with app.app_context():
        assert local_text(stored, User(timezone="Europe/Berlin")) == "30 Mar 2026 09:30 CEST"
        assert local_text(stored, None) == "30 Mar 2026 07:30 UTC"
        rendered = app.jinja_env.from_string("{{ t|local(u, '%H:%M') }}").render(
            t=stored, u=User(timezone="America/New_York"))
        assert rendered == "03:30 EDT"


def test_account_page_saves_a_zone_and_refuses_an_unknown_one(app, client, login_as):
    user_id = login_as("interviewer")
    page = client.get("/account/")
    assert page.status_code == 200
    assert b'list="zone-names"' in page.data and b'<option value="Europe/Berlin">' in page.data
    bad = client.post("/account/", data={"timezone": "Europe/Atlantis"})
    assert bad.status_code == 422
    assert b"is not a time zone we know" in bad.data
    response = client.post("/account/", data={"timezone": "Europe/Berlin"})
    assert response.headers["Location"] == "/account/"
    with app.app_context():
        assert db.session.get(User, user_id).timezone == "Europe/Berlin"
    assert b"Times are shown in Europe/Berlin" in client.get("/account/").data
    client.post("/account/", data={"timezone": ""})
    with app.app_context():
        assert db.session.get(User, user_id).timezone is None


def _schedule_data(setup, when):
    return {"panel": [str(setup.users[n]) for n in ("ana", "ben")], "scheduled_at": when,
            "location": "Room 2"}


def test_scheduling_in_berlin_stores_utc_and_each_panelist_reads_their_own_zone(
        app, setup, as_user):  # noqa: F811
    _set_zone(app, setup.users["max"], "Europe/Berlin")
    _set_zone(app, setup.users["ana"], "America/New_York")
    with app.app_context():
        draft_plan(setup.candidate_id)
        db.session.commit()
    manager = as_user("max")
    form = manager.get(f"/interviews/candidates/{setup.candidate_id}/schedule")
    assert b"Date and time (Europe/Berlin)" in form.data
    response = manager.post(f"/interviews/candidates/{setup.candidate_id}/schedule",
                            data=_schedule_data(setup, "2026-03-30T09:30"))
    assert "/interviews/" in response.headers["Location"]
    with app.app_context():
        interview = db.session.scalars(select(Interview)).one()
        assert interview.scheduled_at == datetime(2026, 3, 30, 7, 30, tzinfo=UTC)
        interview_id = interview.id
    assert b"30 Mar 2026 09:30 CEST" in manager.get("/interviews/").data \
        or b"2026-03-30 09:30 CEST" in manager.get("/interviews/").data
    kit = as_user("ana").get(f"/interviews/{interview_id}").data
    assert b"2026-03-30 03:30 EDT" in kit
    assert b"2026-03-30 03:30 EDT" in as_user("ana").get("/interviews/").data


def test_a_skipped_time_is_refused_and_a_repeated_one_is_explained(app, setup, as_user):  # noqa: F811
    _set_zone(app, setup.users["max"], "Europe/Berlin")
    with app.app_context():
        draft_plan(setup.candidate_id)
        db.session.commit()
    manager = as_user("max")
    url = f"/interviews/candidates/{setup.candidate_id}/schedule"
    refused = manager.post(url, data=_schedule_data(setup, "2026-03-29T02:30"))
    assert refused.status_code == 200
    assert b"does not exist in Europe/Berlin" in refused.data
    with app.app_context():
        assert db.session.scalars(select(Interview)).first() is None
    done = manager.post(url, data=_schedule_data(setup, "2026-10-25T02:30"),
                        follow_redirects=True)
    assert b"happens twice in Europe/Berlin" in done.data
    with app.app_context():
        assert db.session.scalars(select(Interview)).one().scheduled_at == datetime(
            2026, 10, 25, 0, 30, tzinfo=UTC)


def test_candidate_pages_mark_times_for_the_browser_and_honour_a_chosen_zone(
        app, setup, schedule, candidate_client):
    schedule("ana", "ben", hours_ago=-48)
    browser = candidate_client(setup.candidate_id)
    page = browser.get("/candidate/").data
    assert b"data-local-time" in page and b"js/local-time.js" in page
    assert b"data-browser-zone" in page
    refused = browser.post("/account/candidate-time-zone", data={"timezone": "Nowhere/Land"},
                           follow_redirects=True)
    assert b"is not a time zone we know" in refused.data
    browser.post("/account/candidate-time-zone", data={"timezone": "Asia/Tokyo"})
    with app.app_context():
        assert db.session.get(Candidate, setup.candidate_id).timezone == "Asia/Tokyo"
    page = browser.get("/candidate/").data
    assert b"JST" in page and b"the time zone you chose" in page
    assert b"data-local-time" not in page
