"""Load on an assessment day, measured with wrk against gunicorn (loopback only, bounded).

For each database (SQLite, then PostgreSQL when reachable):
  - 1,000 candidates autosave their writing test for --duration seconds at --connections
    connections: saves per second, p50/p99, failed saves, and a check in the database that
    every acknowledged save is there;
  - the candidate's test page, a position board with 10,000 candidates and the position
    dashboard, beside a bare Flask + SQLAlchemy page rendering a 50-row table from the same
    database, in the same run: requests per second and p50/p99 at --connections;
  - on PostgreSQL, pg_stat_statements' top queries over those runs when the server loads
    the extension (shared_preload_libraries), else why not.

    .venv/bin/python bench/bench_load.py [--duration 60] [--page-duration 15]
        [--connections 16] [--backends sqlite,postgresql]

Needs wrk (`apt-get install wrk`). Prints a table of figures; exits 1 if a save was lost.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pgstats import print_top_statements, reset_statements, statements_status  # noqa: E402
from tests.faults.harness import (  # noqa: E402
    CandidateBrowser,
    Server,
    app_environment,
    prepare_assessment_day,
)

ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
WORKERS = os.cpu_count() or 2
STAFF = ("bench@example.test", "bench password 1")


def wrk(url: str, script: str, args: list[str], duration: int, connections: int) -> dict:
    threads = min(connections, WORKERS)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
               "-s", script, url, "--", *args, str(threads)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed: {done.stdout}\n{done.stderr}")
    output = done.stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for percentile in ("50", "99"):
        value, unit = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s)", output).groups()
        figures[f"p{percentile}"] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    figures["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    for key in ("SAVED", "FAILED"):
        found = re.search(rf"^{key} (\d+)$", output, re.M)
        if found:
            figures[key.lower()] = int(found.group(1))
    errors = re.search(r"Socket errors: (.*)", output)
    figures["socket_errors"] = errors.group(1) if errors else "none"
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["non_2xx"] = int(non2xx.group(1)) if non2xx else 0
    return figures


def add_board_candidates(database_url: str, position_id: int, count: int) -> None:
    """Fill the position to `count` candidates spread over the stages, in bulk."""
    from sqlalchemy import create_engine, func, insert, select

    from hiring.candidates.models import STAGES, Candidate
    from hiring.db import utcnow

    engine = create_engine(database_url)
    with engine.begin() as connection:
        have = connection.scalar(select(func.count(Candidate.id)))
        now = utcnow()
        rng = random.Random(7)
        rows = [{"position_id": position_id, "name": f"Bulk Candidate {n}",
                 "email": f"bulk{n}@example.com", "phone": "", "source": "Careers page",
                 "notes": "", "stage": rng.choice(STAGES), "created_at": now,
                 "last_activity_at": now, "legal_hold": False}
                for n in range(count - have)]
        for start in range(0, len(rows), 2000):
            connection.execute(insert(Candidate), rows[start:start + 2000])
    engine.dispose()


def prepare_database(database_url: str, instance: Path, candidates: int) -> list[tuple]:
    """The assessment day (candidates invited to the writing test, clocks started), position 1
    filled to 10,000 candidates, and a manager to sign in as. Returns (id, token) pairs."""
    from hiring import create_app
    from hiring.auth.services import create_user
    from hiring.db import db

    pairs = prepare_assessment_day(database_url, instance, candidates)
    add_board_candidates(database_url, 1, 10_000)
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "x",
                      "INSTANCE_PATH": str(instance)})
    with app.app_context():
        create_user(STAFF[0], "manager", STAFF[1])
        db.session.commit()
        db.engine.dispose()
    return pairs


def staff_session(base_url: str, email: str, password: str) -> str:
    browser = CandidateBrowser(base_url)
    page = browser.open("/login").body["html"]
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    from urllib.parse import urlencode

    browser.open("/login", data=urlencode({"csrf_token": token, "email": email,
                                           "password": password}).encode(), method="POST")
    return "; ".join(f"{c.name}={c.value}" for c in browser.cookies)


def run_backend(name: str, database_url: str, work: Path, args) -> list[tuple]:
    instance = work / "instance"
    print(f"[{name}] preparing {args.candidates:,} candidates and a board of 10,000 ...",
          flush=True)
    pairs = prepare_database(database_url, instance, args.candidates)
    statements = None
    if name == "postgresql":  # where the database's time goes, from pg_stat_statements
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        statements = create_engine(database_url, poolclass=NullPool)
        status = statements_status(statements)
        if status is None:
            reset_statements(statements)
    env = app_environment(database_url, instance)
    server = Server(env, workers=WORKERS, log=work / f"{name}-gunicorn.log").start()
    rows = []
    try:
        print(f"[{name}] opening {len(pairs)} candidate sessions ...", flush=True)
        sessions = work / "sessions.tsv"
        with sessions.open("w") as handle:
            for _, token in pairs:
                browser = CandidateBrowser(server.url, token)
                cookie = "; ".join(f"{c.name}={c.value}" for c in browser.cookies)
                handle.write(f"{cookie}\t{browser.csrf}\n")
        staff = work / "staff.tsv"
        staff.write_text(staff_session(server.url, *STAFF)
                         + "\tx\n")
        print(f"[{name}] autosave for {args.duration} s ...", flush=True)
        saves = wrk(server.url, "bench/lua/autosave.lua", [str(sessions)], args.duration,
                    args.connections)
        lost = check_saves(database_url, pairs, saves)
        rows.append((name, "autosave (1,000 candidates)", saves, lost))
        for label, url, session_file in (
                ("candidate's test page", f"{server.url}/assessments/take/writing", sessions),
                ("board, 10,000 candidates", f"{server.url}/candidates/positions/1/board", staff),
                ("position dashboard", f"{server.url}/reports/positions/1", staff)):
            print(f"[{name}] {label} ...", flush=True)
            rows.append((name, label, wrk(url, "bench/lua/page.lua", [str(session_file)],
                                          args.page_duration, args.connections), None))
    finally:
        server.stop()
    if statements is not None:
        print(f"[{name}] the database's top statements over the runs above:")
        if status is None:
            print_top_statements(statements, status)
        else:
            print(f"{status}. bench/explain_pages.py prints each page's statements with "
                  "their own timings and plans.")
        statements.dispose()
    baseline_env = dict(env)
    baseline = Server(baseline_env, workers=WORKERS, log=work / "baseline.log",
                      app="baseline_app:app", ready_path="/", chdir=ROOT / "bench").start()
    try:
        print(f"[{name}] baseline page ...", flush=True)
        rows.append((name, "baseline: bare Flask, 50-row table",
                     wrk(baseline.url + "/", "bench/lua/page.lua", [str(staff)],
                         args.page_duration, args.connections), None))
    finally:
        baseline.stop()
    return rows


def check_saves(database_url: str, pairs, figures: dict) -> int:
    """Every acknowledged save must be in the database: the stored sequence numbers add up
    to at least the number of saves wrk saw acknowledged. Returns how many are missing."""
    from tests.faults.harness import submission_rows

    rows = submission_rows(database_url)
    stored = sum(rows[candidate_id][0] - 1000 for candidate_id, _ in pairs
                 if rows[candidate_id][0] >= 1000)
    return max(0, figures.get("saved", 0) - stored)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--page-duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: run `apt-get install wrk` and try again.")
        return 1
    rows = []
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            if backend == "sqlite":
                rows += run_backend(backend, f"sqlite:///{work / 'bench.sqlite3'}", work, args)
            else:
                rows += with_postgres(work, args)
    print()
    print(f"{'database':10} {'what':38} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}  notes")
    ok = True
    for backend, label, figures, lost in rows:
        notes = f"non-2xx {figures['non_2xx']}, socket errors {figures['socket_errors']}"
        if lost is not None:
            notes = (f"saved {figures.get('saved', 0)}, failed {figures.get('failed', 0)}, "
                     f"lost {lost}; " + notes)
            ok = ok and lost == 0 and figures.get("failed", 0) == 0
        print(f"{backend:10} {label:38} {figures['rps']:8.0f} {figures['p50']:8.1f} "
              f"{figures['p99']:8.1f}  {notes}")
    return 0 if ok else 1


@contextmanager
def temporary_postgres():
    """A new, empty PostgreSQL database on the benchmark's server, dropped afterwards; yields
    its URL (an exception if the server cannot be reached)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"hiring_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def with_postgres(work: Path, args) -> list[tuple]:
    try:
        database = temporary_postgres()
        url = database.__enter__()
    except Exception as error:  # noqa: BLE001 - report and carry on with the other backends
        print(f"[postgresql] skipped: {error.__class__.__name__}: {error}")
        return []
    try:
        return run_backend("postgresql", url, work, args)
    finally:
        database.__exit__(None, None, None)


if __name__ == "__main__":
    sys.exit(main())
