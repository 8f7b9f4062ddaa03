"""Handing in analyses the text while no write transaction is open: other candidates' saves
never wait behind an analysis (SQLite lets one writer at a time)."""

import sqlite3
from datetime import timedelta

import pytest

from hiring.assessments import analysing, saving, services
from hiring.assessments.models import Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.db import db, utcnow

TEXT = "Subject: Receiving\n\nDear Ms Okafor,\n\nWould Tuesday work?\n\nBest,\nSam"


@pytest.fixture
def writes_during_analysis(app, monkeypatch):
    """Wrap the writing analysis: while it runs, another connection tries to write at once.
    Returns the list of what each try met ("written" or the error)."""
    path = app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///")
    seen: list[str] = []
    real = analysing.analyse

    def analyse_while_someone_writes(*args, **kwargs):
        other = sqlite3.connect(path, timeout=0.2, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("CREATE TABLE IF NOT EXISTS probe (x INTEGER)")
            other.execute("INSERT INTO probe VALUES (1)")
            other.execute("COMMIT")
            seen.append("written")
        except sqlite3.OperationalError as e:
            seen.append(str(e))
        finally:
            other.close()
        return real(*args, **kwargs)

    monkeypatch.setattr(analysing, "analyse", analyse_while_someone_writes)
    return seen


@pytest.fixture
def taker(app, make_candidate, candidate_client):
    with app.app_context():
        services.seed_prompts(load_prompts())
        db.session.commit()
    candidate_id = make_candidate()
    client = candidate_client(candidate_id)
    client.post("/assessments/take/writing/begin")
    client.post("/assessments/take/writing/save", json={"seq": 1, "text": TEXT})
    return client, candidate_id


def overdue(app, candidate_id):
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id)).one()
        s.deadline_at = utcnow() - timedelta(minutes=5)
        s.closes_at = s.deadline_at + timedelta(seconds=60)
        db.session.commit()


def handed_in(app, candidate_id) -> Submission:
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id)).one()
        db.session.expunge(s)
        return s


def test_submit_analyses_before_it_takes_the_write_lock(app, taker, writes_during_analysis):
    client, candidate_id = taker
    client.post("/assessments/take/writing/submit", data={"seq": "2", "text": TEXT + "!"})
    assert writes_during_analysis == ["written"]
    s = handed_in(app, candidate_id)
    assert s.submitted_at is not None and s.text == TEXT + "!"
    assert s.analysis["measures"]["word_count"] > 0


def test_deadline_hand_in_on_the_editor_page_analyses_outside_the_lock(
        app, taker, writes_during_analysis):
    client, candidate_id = taker
    overdue(app, candidate_id)
    client.get("/assessments/take/writing")
    assert writes_during_analysis == ["written"]
    assert handed_in(app, candidate_id).analysis is not None


def test_review_queue_hands_in_overdue_work_outside_the_lock(
        app, taker, client, login_as, writes_during_analysis):
    _, candidate_id = taker
    overdue(app, candidate_id)
    login_as("manager")
    assert client.get("/assessments/queue").status_code == 200
    assert writes_during_analysis == ["written"]
    assert handed_in(app, candidate_id).analysis is not None


def test_cron_hand_in_analyses_outside_the_lock(app, taker, runner, writes_during_analysis):
    _, candidate_id = taker
    overdue(app, candidate_id)
    result = runner.invoke(args=["writing", "close-overdue"])
    assert "Handed in 1" in result.output
    assert writes_during_analysis == ["written"]
    assert handed_in(app, candidate_id).analysis is not None


def test_a_save_during_the_analysis_is_what_gets_handed_in(app, taker, monkeypatch):
    client, candidate_id = taker
    real = analysing.analyse
    calls = []

    def analyse_while_the_candidate_saves(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 1:  # another tab saves while the first analysis runs
            with app.app_context():
                saving.autosave(candidate_id, "writing", 5, TEXT + " later", utcnow())
                db.session.commit()
        return real(*args, **kwargs)

    monkeypatch.setattr(analysing, "analyse", analyse_while_the_candidate_saves)
    client.post("/assessments/take/writing/submit")
    s = handed_in(app, candidate_id)
    assert s.text == TEXT + " later" and calls == [TEXT, TEXT + " later"]
    assert s.analysis["measures"]["word_count"] == real(TEXT + " later").measures["word_count"]
