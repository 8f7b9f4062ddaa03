"""Nothing a candidate saved is lost: concurrent writers, a killed worker, a restarted app,
two app instances on one database."""

from __future__ import annotations

import http.client
import http.server
import multiprocessing
import queue
import sqlite3
import threading
import time

import pytest

from tests.faults.harness import (
    CandidateBrowser,
    Server,
    app_environment,
    prepare_assessment_day,
    submission_rows,
    text_for,
)
from tests.waiting import wait_until

pytestmark = pytest.mark.slow

# Everything a killed worker or a dropped connection can raise in the client: refused or
# reset connections and timeouts (OSError, which includes URLError) and a reply cut off
# mid-way (http.client's IncompleteRead, RemoteDisconnected, BadStatusLine...).
CONNECTION_LOST = (OSError, http.client.HTTPException)

WRITERS = 8
SAVES = 200


def _writer(base_url: str, token: str, owner: int, results) -> None:
    """Two writers share each submission, sending interleaved, ever-higher sequence numbers,
    and now and then a stale one that must not replace newer text."""
    browser = CandidateBrowser(base_url, token)
    replies = []
    for i in range(SAVES):
        seq = i * 2 + owner % 2 + 1
        reply = browser.save(seq, text_for(seq, owner))
        replies.append((seq, reply.status, reply.save_status, reply.body.get("seq")))
        if i % 20 == 19:
            stale = browser.save(seq - 3, text_for(seq - 3, owner))
            replies.append((seq - 3, stale.status, stale.save_status, stale.body.get("seq")))
    results.put((owner, replies))


def test_eight_processes_autosaving_lose_nothing(database_url, tmp_path):
    pairs = prepare_assessment_day(database_url, tmp_path / "instance", WRITERS // 2)
    server = Server(app_environment(database_url, tmp_path / "instance"), workers=2,
                    log=tmp_path / "gunicorn.log").start()
    try:
        results = multiprocessing.get_context("spawn").Queue()
        writers = [multiprocessing.get_context("spawn").Process(
            target=_writer, args=(server.url, pairs[owner // 2][1], owner, results))
            for owner in range(WRITERS)]
        for process in writers:
            process.start()
        collected = dict(results.get(timeout=240) for _ in writers)
        for process in writers:
            process.join(timeout=30)
    finally:
        server.stop()
    log = (tmp_path / "gunicorn.log").read_text()
    assert "database is locked" not in log and "Traceback" not in log
    rows = submission_rows(database_url)
    for owner, replies in collected.items():
        assert len(replies) == SAVES + SAVES // 20
        assert all(status == 200 for _, status, _, _ in replies), replies[:5]
        assert {kind for _, _, kind, _ in replies} <= {"saved", "stale"}
        # The stored sequence number a writer sees never goes backwards.
        seen = [current for _, _, _, current in replies]
        assert seen == sorted(seen)
        stale = [r for r in replies if r[0] % 2 != (owner % 2 + 1) % 2 or r[2] == "stale"]
        assert all(kind == "stale" for seq, _, kind, current in stale if current > seq)
    for candidate_id, _ in pairs:
        seq, text, _ = rows[candidate_id]
        assert seq == SAVES * 2
        assert text == text_for(seq, (seq - 1) % 2 + (candidate_id - pairs[0][0]) * 2) or \
            text.startswith(f"Save {seq} from writer")


def _saver(base_url: str, token: str, owner: int, seconds: float, results) -> None:
    """Save as fast as possible; retry like the editor does when a connection drops."""
    acknowledged, seq, errors = 0, 0, 0
    for _attempt in range(50):
        try:
            browser = CandidateBrowser(base_url, token, timeout=5)
            break
        except CONNECTION_LOST:
            errors += 1
            time.sleep(0.05)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        seq += 1
        for _attempt in range(50):
            try:
                reply = browser.save(seq, text_for(seq, owner))
            except CONNECTION_LOST:
                errors += 1
                time.sleep(0.05)
                continue
            if reply.status == 200 and reply.save_status == "saved":
                acknowledged = seq
            break
    results.put((owner, acknowledged, errors))


class _CutOffServer(http.server.BaseHTTPRequestHandler):
    """Serves the candidate pages, and cuts the first save's reply off half-way, as a worker
    killed while writing it would."""

    saves = 0

    def log_message(self, *args):  # keep the test output clean
        pass

    def do_GET(self):
        body = b'<meta name="csrf-token" content="t">'
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).saves += 1
        body = b'{"status": "saved", "seq": 1}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if type(self).saves == 1:
            self.wfile.write(body[:5])  # and the connection closes: IncompleteRead
            self.close_connection = True
            return
        self.wfile.write(body)


def test_the_saver_survives_a_reply_cut_off_mid_way():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CutOffServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    results = queue.Queue()
    try:
        _saver(f"http://127.0.0.1:{server.server_address[1]}", "token", 0, 0.3, results)
    finally:
        server.shutdown()
        server.server_close()
    owner, acknowledged, errors = results.get_nowait()
    assert errors >= 1 and acknowledged >= 1


def test_a_killed_worker_loses_no_acknowledged_save(database_url, tmp_path):
    pairs = prepare_assessment_day(database_url, tmp_path / "instance", 4)
    server = Server(app_environment(database_url, tmp_path / "instance"), workers=2).start()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    try:
        savers = [context.Process(target=_saver, args=(server.url, token, n, 4.0, results))
                  for n, (_, token) in enumerate(pairs)]
        for process in savers:
            process.start()
        # Kill a worker while every saver is saving, not after a guessed time.
        wait_until(lambda: all(submission_rows(database_url).get(candidate_id, (0,))[0] >= 1
                               for candidate_id, _ in pairs),
                   "every saver's first save to reach the database")
        killed = server.kill_worker()
        wait_until(lambda: killed not in server.worker_pids(), "the killed worker to be gone")
        collected = {owner: (ack, errors) for owner, ack, errors in
                     (results.get(timeout=60) for _ in savers)}
        for process in savers:
            process.join(timeout=30)
    finally:
        server.stop()
    rows = submission_rows(database_url)
    for owner, (candidate_id, _) in enumerate(pairs):
        acknowledged, _ = collected[owner]
        seq, text, _ = rows[candidate_id]
        assert acknowledged > 0
        assert seq >= acknowledged
        assert text == text_for(seq, owner)
    if database_url.startswith("sqlite"):
        path = database_url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_page_resumes_after_the_app_restarts(database_url, tmp_path):
    (candidate_id, token), = prepare_assessment_day(database_url, tmp_path / "instance", 1)
    env = app_environment(database_url, tmp_path / "instance")
    server = Server(env, workers=1).start()
    browser = CandidateBrowser(server.url, token)
    for seq in range(1, 6):
        assert browser.save(seq, text_for(seq)).save_status == "saved"
    server.kill()
    with pytest.raises(CONNECTION_LOST):
        browser.save(6, text_for(6))
    server = Server(env, workers=1, port=server.port).start()
    try:
        page = browser.load_editor()
        assert page.status == 200
        assert "Save 5 from writer 0." in page.body["html"]
        assert browser.save(6, text_for(6)).save_status == "saved"
    finally:
        server.stop()
    assert submission_rows(database_url)[candidate_id][0] == 6


@pytest.mark.postgres
def test_two_instances_share_one_database(tmp_path, postgres_database):
    (candidate_id, token), = prepare_assessment_day(postgres_database, tmp_path / "instance", 1)
    env = app_environment(postgres_database, tmp_path / "instance")
    first = Server(env, workers=1).start()
    second = Server(env, workers=1).start()
    try:
        browser = CandidateBrowser(first.url, token)
        assert browser.save(1, text_for(1)).save_status == "saved"
        assert browser.save(2, text_for(2)).save_status == "saved"
        browser.base_url = second.url  # the load balancer sends the next request elsewhere
        assert browser.save(2, "an older copy").save_status == "stale"
        submitted = browser.submit()
        assert submitted.status == 200, submitted.body
        browser.base_url = first.url
        assert browser.save(3, text_for(3)).save_status == "closed"
        receipt = browser.load_editor()
        assert receipt.status == 200
    finally:
        first.stop()
        second.stop()
    seq, text, submitted_at = submission_rows(postgres_database)[candidate_id]
    assert (seq, text) == (2, text_for(2)) and submitted_at is not None
