"""The candidate's timed test over HTTP: begin, autosave ordering, deadline, grace, hand-in."""

from datetime import timedelta

import pytest

from hiring.assessments import services
from hiring.assessments.models import Submission, SubmissionEvent
from hiring.assessments.prompt_files import load_prompts
from hiring.db import db, utcnow

TEXT = (
    "Subject: Receiving at Rotterdam\n\nDear Ms Okafor,\n\nYour new hub can reach mature "
    "dock-to-stock times sooner.\n\nWould Tuesday at ten work for a call?\n\nBest,\nSam"
)


@pytest.fixture
def taker(app, make_candidate, candidate_client):
    with app.app_context():
        services.seed_prompts(load_prompts())
        db.session.commit()
    candidate_id = make_candidate()
    return candidate_client(candidate_id), candidate_id


def submission(app, candidate_id) -> Submission:
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id)).one()
        db.session.expunge(s)
        return s


def shift_deadline(app, candidate_id, seconds_ago: int):
    """Move the clock as if the deadline passed `seconds_ago` seconds ago."""
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id)).one()
        s.deadline_at = utcnow() - timedelta(seconds=seconds_ago)
        s.closes_at = s.deadline_at + timedelta(seconds=60)
        db.session.commit()


def test_start_page_then_begin_starts_the_clock_once(app, taker):
    client, candidate_id = taker
    page = client.get("/assessments/take/writing")
    minutes = submission(app, candidate_id).time_limit_minutes
    assert b"Begin" in page.data and f"{minutes} minutes".encode() in page.data
    assert submission(app, candidate_id).started_at is None
    assert client.post("/assessments/take/writing/begin").headers["Location"].endswith(
        "/assessments/take/writing")
    first = submission(app, candidate_id).deadline_at
    client.post("/assessments/take/writing/begin")
    assert submission(app, candidate_id).deadline_at == first
    assert b'id="answer"' in client.get("/assessments/take/writing").data


def test_saves_never_replace_newer_text(app, taker):
    client, candidate_id = taker
    client.post("/assessments/take/writing/begin")
    r = client.post("/assessments/take/writing/save", json={"seq": 2, "text": "newer"})
    assert r.json["status"] == "saved" and r.json["saved_at"] and r.json["remaining_seconds"] > 0
    late_arrival = client.post("/assessments/take/writing/save", json={"seq": 1, "text": "old"})
    duplicate = client.post("/assessments/take/writing/save", json={"seq": 2, "text": "dup"})
    assert late_arrival.json["status"] == duplicate.json["status"] == "stale"
    assert submission(app, candidate_id).text == "newer"
    # Reloading (or another device) shows the latest saved text.
    assert b"newer" in client.get("/assessments/take/writing").data


def test_save_before_begin_is_refused(app, taker):
    client, candidate_id = taker
    client.get("/assessments/take/writing")
    r = client.post("/assessments/take/writing/save", json={"seq": 1, "text": "x"})
    assert r.status_code == 409
    assert submission(app, candidate_id).text == ""


def test_grace_minute_is_late_then_refused(app, taker):
    client, candidate_id = taker
    client.post("/assessments/take/writing/begin")
    client.post("/assessments/take/writing/save", json={"seq": 1, "text": "on time"})
    shift_deadline(app, candidate_id, 30)
    r = client.post("/assessments/take/writing/save", json={"seq": 2, "text": TEXT})
    assert r.json["status"] == "late"
    assert submission(app, candidate_id).late
    shift_deadline(app, candidate_id, 61)
    r = client.post("/assessments/take/writing/save", json={"seq": 3, "text": "too late"})
    assert r.status_code == 409 and r.json["status"] == "closed"
    # The next visit hands in what was saved, with its analysis.
    page = client.get("/assessments/take/writing")
    assert b"handed in automatically" in page.data
    s = submission(app, candidate_id)
    assert s.text == TEXT and s.submitted_how == "deadline"
    assert s.analysis["measures"]["has_call_to_action"] == 1


def test_explicit_submit_saves_the_last_text_and_is_idempotent(app, taker):
    client, candidate_id = taker
    client.post("/assessments/take/writing/begin")
    client.post("/assessments/take/writing/submit", data={"seq": "4", "text": TEXT})
    first = submission(app, candidate_id)
    assert first.text == TEXT and first.submitted_how == "candidate"
    client.post("/assessments/take/writing/submit", data={"seq": "5", "text": "changed"})
    again = submission(app, candidate_id)
    assert again.text == TEXT and again.submitted_at == first.submitted_at
    receipt = client.get("/assessments/take/writing")
    assert first.code.encode() in receipt.data
    r = client.post("/assessments/take/writing/save", json={"seq": 9, "text": "after"})
    assert r.status_code == 409


def test_paste_and_leave_are_recorded_as_context(app, taker):
    client, candidate_id = taker
    client.post("/assessments/take/writing/begin")
    assert client.post("/assessments/take/writing/event",
                       json={"kind": "paste", "size": 120}).status_code == 200
    client.post("/assessments/take/writing/event", json={"kind": "leave", "size": 0})
    bad = client.post("/assessments/take/writing/event", json={"kind": "verdict", "size": 1})
    assert bad.status_code == 409
    with app.app_context():
        kinds = [(e.kind, e.size) for e in db.session.scalars(db.select(SubmissionEvent))]
    assert kinds == [("paste", 120), ("leave", 0)]


def test_no_link_for_the_step_means_no_test(app, make_candidate, candidate_client):
    client = candidate_client(make_candidate(), step="research")
    assert client.get("/assessments/take/writing").status_code == 404


def test_step_without_a_prompt_explains_itself(app, make_candidate, candidate_client):
    client = candidate_client(make_candidate(), step="research")
    assert client.get("/assessments/take/research").status_code == 409
