"""While one candidate's hand-in analyses the largest essay the portal accepts, every other
candidate's autosave still succeeds: the analysis holds no write lock."""

from __future__ import annotations

import threading

import pytest

from hiring.assessments.services import MAX_TEXT
from tests.analysis.pathological import run_of
from tests.faults.harness import (
    CandidateBrowser,
    Server,
    app_environment,
    prepare_assessment_day,
    submission_rows,
    text_for,
)

pytestmark = pytest.mark.slow

ESSAY = (
    "Your receiving team at Rotterdam can cut dock-to-stock time by a third before the peak. "
    "We helped Harbor Foods move from nine hours to three within ten weeks of opening. "
    "Could we walk the floor with your shift leads on Tuesday at ten?\n\n"
)


def test_autosaves_keep_succeeding_while_the_largest_essay_is_analysed(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'faults.sqlite3'}"
    pairs = prepare_assessment_day(database_url, tmp_path / "instance", 4)
    env = app_environment(database_url, tmp_path / "instance")
    # A writer waits at most a second for the lock: an analysis that held it would show.
    env["HIRING_SQLITE_BUSY_TIMEOUT_MS"] = "1000"
    log = tmp_path / "gunicorn.log"
    server = Server(env, workers=3, log=log)
    essay = run_of(ESSAY, MAX_TEXT)
    replies, rounds, handed_in = [], 0, {}
    try:
        server.start(timeout=120)
        writer = CandidateBrowser(server.url, pairs[0][1], timeout=120)
        assert writer.save(1, essay).save_status == "saved"
        others = [CandidateBrowser(server.url, token) for _, token in pairs[1:]]
        done = threading.Event()

        def hand_in():
            handed_in["reply"] = writer.submit()
            done.set()

        thread = threading.Thread(target=hand_in)
        thread.start()
        while not done.is_set():
            rounds += 1
            replies += [(browser.save(rounds, text_for(rounds, n)), n)
                        for n, browser in enumerate(others)]
        thread.join(timeout=120)
    finally:
        server.stop()
    assert handed_in["reply"].status == 200, handed_in["reply"].body
    assert rounds >= 2, "the hand-in finished before a round of saves did"
    assert [(r.status, r.save_status) for r, _ in replies] == [(200, "saved")] * len(replies)
    rows = submission_rows(database_url)
    assert rows[pairs[0][0]][1] == essay and rows[pairs[0][0]][2] is not None
    for n, (candidate_id, _) in enumerate(pairs[1:]):
        assert rows[candidate_id][:2] == (rounds, text_for(rounds, n))
    text = log.read_text()
    assert "database is locked" not in text and "Traceback" not in text
