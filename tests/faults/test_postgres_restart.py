"""PostgreSQL goes away and comes back while the app runs: requests fail cleanly while it
is down and succeed again afterwards, without restarting the app."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import missing_service
from tests.faults.harness import (
    CandidateBrowser,
    Server,
    app_environment,
    prepare_assessment_day,
    submission_rows,
    text_for,
)
from tests.waiting import wait_until

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def _cluster() -> tuple[str, str]:
    versions = sorted(os.listdir("/etc/postgresql")) if Path("/etc/postgresql").is_dir() else []
    if not versions or shutil.which("pg_ctlcluster") is None or os.geteuid() != 0:
        missing_service("restarting PostgreSQL needs pg_ctlcluster and root")
    return versions[-1], "main"


def _pg_ctl(action: str) -> None:
    version, name = _cluster()
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, name, action],
                   check=True, capture_output=True, timeout=60)


def _wait_until_ready(timeout: float = 120) -> None:
    wait_until(lambda: subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"]).returncode == 0,
               "PostgreSQL to come back", seconds=timeout)


def test_requests_fail_cleanly_while_postgresql_is_down(tmp_path, postgres_database):
    _cluster()
    (candidate_id, token), = prepare_assessment_day(postgres_database, tmp_path / "instance", 1)
    server = Server(app_environment(postgres_database, tmp_path / "instance"), workers=2,
                    log=tmp_path / "gunicorn.log").start()
    try:
        browser = CandidateBrowser(server.url, token)
        assert browser.save(1, text_for(1)).save_status == "saved"
        _pg_ctl("stop")
        try:
            down = [browser.save(2, text_for(2)) for _ in range(3)]
        finally:
            _pg_ctl("start")
            _wait_until_ready()
        for reply in down:
            assert reply.status == 503
            assert "not reachable right now" in reply.body["error"]
        # The first request after the restart may find a stale socket: retry until it saves.
        back = wait_until(lambda: (reply := browser.save(2, text_for(2))).status == 200
                          and reply, "a save to succeed after the restart", seconds=60)
        assert back.status == 200 and back.save_status == "saved"
        assert server.process.poll() is None, "the app must not have restarted"
    finally:
        server.stop()
    assert submission_rows(postgres_database)[candidate_id][:2] == (2, text_for(2))
    assert "Traceback" not in (tmp_path / "gunicorn.log").read_text()
