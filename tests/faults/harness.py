"""Run the portal under gunicorn against a given database and drive candidates over HTTP.

Used by the fault tests (tests/faults/) and the load benchmarks (bench/). Everything
talks to 127.0.0.1 only.
"""

from __future__ import annotations

import http.client
import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "fault-test-secret-key-kept-across-restarts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def app_environment(database_url: str, instance: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": database_url,
        "SECRET_KEY": SECRET,
        "HIRING_INSTANCE_PATH": str(instance),
        "HIRING_ENV": "development",
        "HIRING_LOGIN_RATE_LIMIT": "100000 per minute",
    })
    env.pop("REDIS_URL", None)
    return env


def prepare_assessment_day(database_url: str, instance: Path, candidates: int,
                           begin: bool = True) -> list[tuple[int, str]]:
    """Schema, prompts, one open position and `candidates` invited to the writing test.

    Returns (candidate id, invitation token) pairs. With `begin`, every candidate's clock
    has started.
    """
    from hiring import create_app
    from hiring.assessments.prompt_files import load_prompts
    from hiring.assessments.services import begin as begin_submission
    from hiring.assessments.services import seed_prompts, submission_for
    from hiring.candidates.invitations import create_invitation
    from hiring.candidates.models import Candidate
    from hiring.db import db, utcnow
    from hiring.positions.models import Outcome, Position

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": SECRET,
                      "INSTANCE_PATH": str(instance)})
    tokens = []
    with app.app_context():
        db.create_all()
        seed_prompts(load_prompts())
        position = Position(title="Assessment day", status="open")
        position.outcomes = [Outcome(sort_order=0, text="Billings of $500,000 from four new "
                                                        "customers by the end of month ten.")]
        db.session.add(position)
        db.session.flush()
        now = utcnow()
        for n in range(candidates):
            candidate = Candidate(position_id=position.id, name=f"Candidate {n}",
                                  email=f"c{n}@example.com", stage="writing")
            db.session.add(candidate)
            db.session.flush()
            tokens.append((candidate.id, create_invitation(candidate, "writing", None, 14)[1]))
            if begin:
                begin_submission(submission_for(candidate, "writing"), now)
        db.session.commit()
        db.session.remove()
        db.engine.dispose()
    return tokens


class Server:
    """gunicorn serving a WSGI app (the portal by default) on a free local port."""

    def __init__(self, env: dict[str, str], workers: int = 2, port: int | None = None,
                 log: Path | None = None, app: str = "app:app", ready_path: str = "/login",
                 chdir: Path = ROOT):
        self.env = env
        self.app, self.ready_path, self.chdir = app, ready_path, chdir
        self.workers = workers
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 30) -> Server:
        output = open(self.log, "ab") if self.log else subprocess.DEVNULL  # noqa: SIM115
        self._output = output if self.log else None
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"),
             "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
             "--access-logfile", "-" if self.log else "/dev/null", "--chdir", str(self.chdir),
             self.app],
            cwd=ROOT, env=self.env, stdout=output, stderr=output, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.url + self.ready_path, timeout=2) as response:
                    if response.status == 200:
                        return self
            except (OSError, http.client.HTTPException):  # not answering yet
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer in time")

    def worker_pids(self) -> list[int]:
        out = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True,
                             text=True).stdout
        return [int(pid) for pid in out.split()]

    def kill_worker(self) -> int:
        pid = self.worker_pids()[0]
        os.kill(pid, signal.SIGKILL)
        return pid

    def kill(self) -> None:
        """SIGKILL the master and its workers at once: a crash, not a shutdown."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self._close_log()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._close_log()

    def _close_log(self) -> None:
        if getattr(self, "_output", None) is not None:
            self._output.close()
            self._output = None


@dataclass
class Reply:
    status: int
    body: dict

    @property
    def save_status(self) -> str | None:
        return self.body.get("status")


class CandidateBrowser:
    """A candidate's browser: cookies, the CSRF token, and the test's HTTP calls."""

    def __init__(self, base_url: str, token: str | None = None, timeout: float = 10):
        self.base_url = base_url
        self.timeout = timeout
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(
            self.cookies))
        self.csrf = ""
        if token:
            self.open(f"/i/{token}")
            self.load_editor()

    def open(self, path: str, data: bytes | None = None, headers: dict | None = None,
             method: str | None = None) -> Reply:
        request = urllib.request.Request(f"{self.base_url}{path}", data=data,
                                         headers=headers or {}, method=method)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                raw = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            raw, status = error.read(), error.code
        try:
            body = json.loads(raw) if raw[:1] in (b"{", b"[") else {"html": raw.decode()}
        except ValueError:
            body = {"html": raw.decode(errors="replace")}
        return Reply(status, body)

    def load_editor(self, step: str = "writing") -> Reply:
        reply = self.open(f"/assessments/take/{step}")
        found = re.search(r'name="csrf-token" content="([^"]+)"', reply.body.get("html", ""))
        if found:
            self.csrf = found.group(1)
        return reply

    def post_json(self, path: str, payload: dict) -> Reply:
        return self.open(path, data=json.dumps(payload).encode(), method="POST", headers={
            "Content-Type": "application/json", "Accept": "application/json",
            "X-CSRFToken": self.csrf})

    def save(self, seq: int, text: str, step: str = "writing") -> Reply:
        return self.post_json(f"/assessments/take/{step}/save", {"seq": seq, "text": text})

    def submit(self, step: str = "writing") -> Reply:
        return self.post_json(f"/assessments/take/{step}/submit", {})


def text_for(seq: int, owner: int = 0) -> str:
    """A recognisable text per save, so a stored text names the save it came from."""
    return f"Save {seq} from writer {owner}. " + "Dear Ms. Okafor, thank you for your time. " * 3


def submission_rows(database_url: str) -> dict[int, tuple[int, str, object]]:
    """candidate_id -> (seq, text, submitted_at) for every submission."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(database_url, poolclass=NullPool)
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT candidate_id, seq, text, submitted_at FROM submission")).all()
    engine.dispose()
    return {row[0]: (row[1], row[2], row[3]) for row in rows}
