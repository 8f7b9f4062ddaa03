"""An autosave checks the session, the link and the submission in the UPDATE that keeps the
text; every save it refuses changes nothing and says why, as the page's own checks do."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event, select, update

from hiring.assessments import services
from hiring.assessments.analysing import MAX_TEXT
from hiring.assessments.models import Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.auth.models import LoginSession
from hiring.candidates.models import Invitation
from hiring.db import db, utcnow

SAVE = "/assessments/take/writing/save"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app_config(request):
    if request.param == "sqlite":
        return {}
    return {"SQLALCHEMY_DATABASE_URI": request.getfixturevalue("postgres_database")}


@pytest.fixture
def writer(app, make_candidate, candidate_client):
    """A candidate whose writing test has begun, with one text saved."""
    with app.app_context():
        services.seed_prompts(load_prompts())
        db.session.commit()
    candidate_id = make_candidate(stage="writing")
    browser = candidate_client(candidate_id)
    browser.post("/assessments/take/writing/begin")
    assert browser.post(SAVE, json={"seq": 1, "text": "Dear Ms Okafor,"}).status_code == 200
    return browser, candidate_id


def saved_text(app, candidate_id) -> str:
    with app.app_context():
        return db.session.scalar(select(Submission.text).where(
            Submission.candidate_id == candidate_id))


def expire(app, model, candidate_id) -> None:
    with app.app_context():
        db.session.execute(update(model).where(model.candidate_id == candidate_id)
                           .values(expires_at=utcnow() - timedelta(seconds=1)))
        db.session.commit()


def test_a_save_is_kept_and_says_so(app, writer):
    browser, candidate_id = writer
    reply = browser.post(SAVE, json={"seq": 2, "text": "Dear Ms Okafor,\r\nThank you"})
    assert reply.status_code == 200
    assert reply.get_json()["status"] == "saved" and reply.get_json()["seq"] == 2
    assert saved_text(app, candidate_id) == "Dear Ms Okafor,\nThank you"


def test_a_save_after_the_session_ended_is_refused(app, writer):
    browser, candidate_id = writer
    expire(app, LoginSession, candidate_id)
    reply = browser.post(SAVE, json={"seq": 2, "text": "after the session"})
    assert reply.status_code == 403
    assert saved_text(app, candidate_id) == "Dear Ms Okafor,"


def test_a_save_after_leaving_is_refused(app, writer):
    browser, candidate_id = writer
    browser.post("/candidate/leave")
    assert browser.post(SAVE, json={"seq": 2, "text": "after leaving"}).status_code == 403
    assert saved_text(app, candidate_id) == "Dear Ms Okafor,"


def test_a_save_through_an_expired_link_says_the_link_no_longer_works(app, writer):
    browser, candidate_id = writer
    expire(app, Invitation, candidate_id)
    reply = browser.post(SAVE, json={"seq": 2, "text": "after the link"})
    assert reply.status_code == 403 and "no longer works" in reply.get_json()["error"]
    assert saved_text(app, candidate_id) == "Dear Ms Okafor,"


def test_a_link_for_another_step_saves_nothing(app, writer, candidate_client):
    _, candidate_id = writer
    with app.app_context():  # the writing link was withdrawn: a research link opens only that
        db.session.execute(update(Invitation).where(Invitation.candidate_id == candidate_id)
                           .values(revoked_at=utcnow()))
        db.session.commit()
    research_only = candidate_client(candidate_id, "research")
    assert research_only.post(SAVE, json={"seq": 2, "text": "wrong step"}).status_code == 404
    assert saved_text(app, candidate_id) == "Dear Ms Okafor,"


def test_one_candidate_cannot_save_into_another_ones_work(app, writer, make_candidate,
                                                         candidate_client):
    _, candidate_id = writer
    other = candidate_client(make_candidate(stage="writing"))
    reply = other.post(SAVE, json={"seq": 2, "text": "not mine"})
    assert reply.status_code == 400 and "Begin" in reply.get_json()["error"]
    assert saved_text(app, candidate_id) == "Dear Ms Okafor,"


@pytest.mark.parametrize("body, message", [
    ({"seq": 2}, "as a string"),
    ({"seq": -1, "text": "x"}, "whole-number seq"),
    ({"seq": 2, "text": "x" * (MAX_TEXT + 1)}, "longer than"),
])
def test_a_bad_body_is_refused_with_its_reason(app, writer, body, message):
    browser, candidate_id = writer
    reply = browser.post(SAVE, json=body)
    assert reply.status_code == 400 and message in reply.get_json()["error"]
    assert saved_text(app, candidate_id) == "Dear Ms Okafor,"


def test_a_bad_body_from_a_browser_without_a_session_is_refused_for_the_session(app, writer):
    browser, candidate_id = writer
    expire(app, LoginSession, candidate_id)
    assert browser.post(SAVE, json={"seq": "many"}).status_code == 403


def test_an_older_save_and_a_save_after_hand_in_are_not_kept(app, writer):
    browser, candidate_id = writer
    assert browser.post(SAVE, json={"seq": 5, "text": "newest"}).get_json()["status"] == "saved"
    stale = browser.post(SAVE, json={"seq": 4, "text": "older"})
    assert stale.status_code == 200
    assert stale.get_json()["status"] == "stale" and stale.get_json()["seq"] == 5
    browser.post("/assessments/take/writing/submit", data={"seq": "6", "text": "handed in"})
    closed = browser.post(SAVE, json={"seq": 7, "text": "after hand-in"})
    assert closed.status_code == 409 and closed.get_json()["status"] == "closed"
    assert saved_text(app, candidate_id) == "handed in"


@pytest.mark.postgres
@pytest.mark.parametrize("app_config", ["postgresql"], indirect=True)
def test_on_postgresql_an_autosave_is_a_draft_and_the_hand_in_is_not(app, writer):
    """On PostgreSQL an autosave commits without waiting for the disk (its text comes again
    with the next save); the hand-in, and whatever follows it, waits as the server says."""
    with app.app_context():
        engine = db.engine
    assert engine.dialect.name == "postgresql"
    seen = []

    def setting(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("UPDATE submission"):
            driver = conn.connection.dbapi_connection
            seen.append(driver.execute(
                "SELECT current_setting('synchronous_commit')").fetchone()[0])

    event.listen(engine, "after_cursor_execute", setting)
    try:
        browser, candidate_id = writer
        assert browser.post(SAVE, json={"seq": 2, "text": "a draft"}).status_code == 200
        assert seen == ["off"]
        browser.post("/assessments/take/writing/submit", data={"seq": "3", "text": "handed in"})
        assert len(seen) > 1 and "off" not in seen[1:]
    finally:
        event.remove(engine, "after_cursor_execute", setting)
    assert saved_text(app, candidate_id) == "handed in"
