"""Where a request's time goes, in process: the load benchmark's pages through the Flask test
client, against a database prepared as bench/bench_load.py prepares it.

For each page (autosave, the candidate's test page, the board of 10,000 candidates, the
position dashboard) it prints the statements one request runs (and whether it commits), then
the mean time of --requests requests (wall clock, this process's CPU, and the CPU of the
database's server processes on PostgreSQL: on a busy machine the CPU figures hold still
while the wall clock does not), and with --profile the functions that took the most
time under cProfile. No server and no wrk: the figures move with the code, not the machine.

    .venv/bin/python bench/profile_pages.py [--backend postgresql|sqlite] [--requests 200]
        [--repeat 1] [--profile] [--top 25] [--sql [--callers]] [--spread]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import re
import statistics
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from bench.bench_load import prepare_database, temporary_postgres  # noqa: E402
from tests.faults.harness import SECRET  # noqa: E402

STAFF = ("bench@example.test", "bench password 1")


class Statements:
    """The SQL one request sends, as the driver sees it (BEGIN/COMMIT included)."""

    def __init__(self, engine):
        self.recording: list[str] | None = None
        self.started = 0.0
        self.callers = False
        event.listen(engine, "before_cursor_execute", self._start)
        event.listen(engine, "after_cursor_execute", self._statement)
        event.listen(engine, "commit", lambda conn: self._add("COMMIT"))
        event.listen(engine, "rollback", lambda conn: self._add("ROLLBACK"))

    def _start(self, *args):
        self.started = time.perf_counter()

    def _statement(self, conn, cursor, statement, parameters, context, executemany):
        ms = (time.perf_counter() - self.started) * 1000
        driver = conn.connection.dbapi_connection
        # On PostgreSQL a read-only request runs without a transaction (hiring.db).
        where = "  " if getattr(driver, "autocommit", False) else "T "
        self._add(f"{where}{ms:6.2f} ms  " + " ".join(statement.split()) + self._caller())

    def _caller(self) -> str:
        if not self.callers:
            return ""
        frames = [f"{Path(f.filename).relative_to(ROOT)}:{f.lineno}"
                  for f in traceback.extract_stack()
                  if f.filename.startswith(str(ROOT / "hiring"))
                  or f.filename.startswith(str(ROOT / "templates"))]
        return "\n        from " + " < ".join(reversed(frames[-4:]))

    def _add(self, sql: str) -> None:
        if self.recording is not None:
            self.recording.append(sql)

    @contextmanager
    def record(self):
        self.recording = []
        try:
            yield self.recording
        finally:
            self.recording = None


def clients(app, pairs):
    """A signed-in candidate (with the CSRF token of their page) and a signed-in manager."""
    candidate = app.test_client()
    candidate.get(f"/i/{pairs[0][1]}")
    page = candidate.get("/assessments/take/writing").get_data(as_text=True)
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    staff = app.test_client()
    login = staff.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', login).group(1)
    response = staff.post("/login", data={"csrf_token": token, "email": STAFF[0],
                                          "password": STAFF[1]})
    assert response.status_code in (302, 303), "sign-in failed"
    return candidate, csrf, staff


def pages(candidate, csrf, staff):
    seq = iter(range(1001, 10**9))
    text = "Dear Ms. Okafor, thank you for the time you gave us on Tuesday. " * 30

    def autosave():
        return candidate.post("/assessments/take/writing/save",
                              json={"seq": next(seq), "text": text},
                              headers={"X-CSRFToken": csrf, "Accept": "application/json"})

    return [
        ("autosave", autosave),
        ("candidate's test page", lambda: candidate.get("/assessments/take/writing")),
        ("board, 10,000 candidates", lambda: staff.get("/candidates/positions/1/board")),
        ("position dashboard", lambda: staff.get("/reports/positions/1")),
    ]


class ServerTime:
    """CPU seconds the PostgreSQL server processes of this database have used (read from
    /proc: the server is on this machine), so a page's cost counts the database's share."""

    def __init__(self, engine):
        self.url = engine.url

    def pids(self) -> list[int]:
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool

        own = create_engine(self.url, poolclass=NullPool)  # not one of the app's connections
        with own.connect() as connection:
            return list(connection.scalars(text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")))
        own.dispose()

    def seconds(self, pids: list[int]) -> float:
        ticks = 0
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # ended meanwhile
                continue
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")


def timed(call, args, server):
    """(wall ms, app CPU ms, database CPU ms) per request over --requests, and the profile."""
    pids = server.pids() if server else []
    db_started = server.seconds(pids) if server else 0.0
    started, cpu_started = time.perf_counter(), time.process_time()
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()
    for _ in range(args.requests):
        call()
    if profile:
        profile.disable()
    ms = (time.perf_counter() - started) * 1000 / args.requests
    cpu = (time.process_time() - cpu_started) * 1000 / args.requests
    db_cpu = (server.seconds(pids) - db_started) * 1000 / args.requests if server else 0.0
    return ms, cpu, db_cpu, profile


def measure(app, engine, args) -> None:
    statements = Statements(engine)
    statements.callers = args.callers
    server = ServerTime(engine) if engine.dialect.name == "postgresql" else None
    candidate, csrf, staff = clients(app, args.pairs)
    print(f"{'page':28} {'statements':>10} {'in transaction':>14} {'commits':>8} "
          f"{'ms/request':>11} {'app CPU ms':>10} {'db CPU ms':>9}")
    profiles = []
    for label, call in pages(candidate, csrf, staff):
        for _ in range(5):  # warm caches (templates, compiled statements, the pool)
            assert call().status_code == 200, label
        with statements.record() as sent:
            call()
        runs = []
        for _ in range(args.repeat):  # the median of several runs, each of --requests
            runs.append(timed(call, args, server))
            if args.profile:
                profiles.append((label, runs[-1][3]))
        ms, cpu, db_cpu = (statistics.median(run[i] for run in runs) for i in range(3))
        db_cpu = f"{db_cpu:9.2f}" if server else f"{'-':>9}"
        queries = [s for s in sent if s not in ("COMMIT", "ROLLBACK")]
        in_transaction = sum(s.startswith("T ") for s in queries)
        print(f"{label:28} {len(queries):10} {in_transaction:14} {sent.count('COMMIT'):8} "
              f"{ms:11.2f} {cpu:10.2f} {db_cpu}")
        if args.sql:
            for sql in sent:
                first, _, callers = sql.partition("\n")
                print(f"    {first[:200]}" + (f"\n{callers}" if callers else ""))
    if args.spread:
        print_spread(candidate, csrf, staff, args.requests)
    for label, profile in profiles:
        print(f"\n== {label}: top {args.top} functions by own time")
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
        print(f"== {label}: top {args.top} by cumulative time")
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)


def print_spread(candidate, csrf, staff, requests: int) -> None:
    """Each request timed on its own: how much one page's own time varies (p50, p90, p99, max),
    apart from any queue in front of a server."""
    print(f"\n{'page, each request alone':28} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} "
          f"{'max ms':>8}")
    for label, call in pages(candidate, csrf, staff):
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            call()
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        at = [times[min(len(times) - 1, int(q * len(times)))] for q in (0.5, 0.9, 0.99)]
        print(f"{label:28} {at[0]:8.2f} {at[1]:8.2f} {at[2]:8.2f} {times[-1]:8.2f}")


def run(database_url: str, work: Path, args) -> None:
    from hiring import create_app
    from hiring.db import db

    instance = work / "instance"
    print(f"[{args.backend}] preparing {args.candidates} candidates and a board of 10,000 ...",
          flush=True)
    args.pairs = prepare_database(database_url, instance, args.candidates)
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": SECRET,
                      "INSTANCE_PATH": str(instance), "LOGIN_RATE_LIMIT": "100000 per minute"})
    with app.app_context():
        engine = db.engine
    gc.freeze()  # as app.py does once the portal is built: a full collection skips all that
    measure(app, engine, args)
    with app.app_context():
        db.engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--candidates", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure each page this many times and print the medians")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--spread", action="store_true",
                        help="also time each request alone and print p50, p90, p99 and max")
    parser.add_argument("--sql", action="store_true", help="print each page's statements")
    parser.add_argument("--callers", action="store_true",
                        help="with --sql: where in hiring/ and templates/ each one comes from")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if args.backend == "sqlite":
            run(f"sqlite:///{work / 'bench.sqlite3'}", work, args)
        else:
            with temporary_postgres() as url:
                run(url, work, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
