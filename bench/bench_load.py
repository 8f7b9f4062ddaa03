"""Load on an assessment day, measured with wrk against gunicorn (loopback only, bounded).

For each database (SQLite, then PostgreSQL when reachable):
  - --candidates (1,000) candidates autosave their writing test for --duration seconds at
    --connections connections: saves per second, p50/p99, failed saves, and a check in the
    database that every acknowledged save is there;
  - the candidate's test page, a position board with 10,000 candidates and the position
    dashboard, beside a bare Flask + SQLAlchemy page rendering a 50-row table from the same
    database, in the same run: requests per second and p50/p99 at --connections;
  - on PostgreSQL, pg_stat_statements' top queries over those runs when the server loads
    the extension (shared_preload_libraries), else why not; with --statements the PostgreSQL
    runs use a private server of the benchmark's own that loads it, with the shared server's
    memory and write settings (bench/private_postgres.py).
It prints one table: each page's figures and its throughput as a ratio to the baseline of the
same database and run (and PostgreSQL's to SQLite's), then issue 19's goals, met or not.

The backend postgresql-socket is the same PostgreSQL server reached through its Unix-domain
socket instead of TCP on the loopback, as an app on the database's own machine can connect.

With --instances 2 it measures several instances instead (bench/load_instances.py): on
PostgreSQL and Redis, two gunicorn servers of one worker each against one of two workers,
autosaves through one and hand-ins through the other, nothing lost.

    .venv/bin/python bench/bench_load.py [--duration 60] [--page-duration 15]
        [--connections 16] [--candidates 1000]
        [--backends sqlite,postgresql[,postgresql-socket]]
        [--instances 2] [--statements]

Needs wrk (`apt-get install wrk`). Exits 1 if a save was lost or failed.
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
from contextlib import ExitStack, contextmanager
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


def wrk_command(url: str, script: str, args: list[str], duration: int,
                connections: int) -> list[str]:
    threads = min(connections, WORKERS)
    return ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
            "-s", script, url, "--", *args, str(threads)]


def wrk(url: str, script: str, args: list[str], duration: int, connections: int) -> dict:
    done = subprocess.run(wrk_command(url, script, args, duration, connections), cwd=ROOT,
                          capture_output=True, text=True)
    return wrk_figures(done.returncode, done.stdout, done.stderr)


def wrk_figures(returncode: int, output: str, errors: str = "") -> dict:
    if returncode != 0:
        raise RuntimeError(f"wrk failed: {output}\n{errors}")
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for percentile in ("50", "99"):
        value, unit = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s)", output).groups()
        figures[f"p{percentile}"] = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    figures["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    for key in ("SAVED", "FAILED", "SUBMITTED"):
        found = re.search(rf"^{key} (\d+)$", output, re.M)
        if found:
            figures[key.lower()] = int(found.group(1))
    socket_errors = re.search(r"Socket errors: (.*)", output)
    figures["socket_errors"] = socket_errors.group(1) if socket_errors else "none"
    # wrk leaves a request that timed out (2 s) out of its percentiles.
    timeouts = re.search(r"timeout (\d+)", figures["socket_errors"])
    figures["timeouts"] = int(timeouts.group(1)) if timeouts else 0
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
    analyse(database_url)
    return pairs


def analyse(database_url: str) -> None:
    """Statistics and, on PostgreSQL, the visibility map for the rows just loaded, as
    autovacuum gives them a minute after a bulk load: without them the first pages measured
    would depend on whether autovacuum happened to have run yet."""
    from sqlalchemy import create_engine

    engine = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql("VACUUM ANALYZE" if engine.dialect.name == "postgresql"
                                   else "ANALYZE")
    engine.dispose()


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
    if name.startswith("postgresql"):  # where the database's time goes, pg_stat_statements
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
        rows.append((name, f"autosave ({args.candidates:,} candidates)", saves, lost))
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
    parser.add_argument("--instances", type=int, choices=(1, 2), default=1,
                        help="2: two servers of one worker against one server of two, on "
                             "PostgreSQL and Redis (bench/load_instances.py)")
    parser.add_argument("--statements", action="store_true",
                        help="run PostgreSQL on a private server with pg_stat_statements "
                             "loaded, to print the top queries (bench/private_postgres.py)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: run `apt-get install wrk` and try again.")
        return 1
    if args.instances == 2:
        from bench.load_instances import run_instances  # it builds on this module

        return run_instances(args)
    rows = []
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            if backend == "sqlite":
                rows += run_backend(backend, f"sqlite:///{work / 'bench.sqlite3'}", work, args)
            elif backend in NAMES:
                rows += with_postgres(work, args, backend)
            else:
                print(f"unknown backend {backend!r}: choose from {', '.join(NAMES)}")
                return 1
    return 0 if report(rows) else 1


NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL",
         "postgresql-socket": "PostgreSQL, Unix socket"}
BASELINE = "baseline: bare Flask, 50-row table"


def report(rows: list[tuple]) -> bool:
    """The table (each page beside the baseline measured in the same run, and PostgreSQL
    beside SQLite), what went wrong, and the goals; False if a save was lost or failed."""
    backends = list(dict.fromkeys(row[0] for row in rows))
    labels = list(dict.fromkeys(row[1] for row in rows))
    found = {(backend, label): (figures, lost) for backend, label, figures, lost in rows}
    base = {b: found[b, BASELINE][0]["rps"] for b in backends if (b, BASELINE) in found}
    # Each PostgreSQL connection's throughput over SQLite's, page by page.
    servers = [b for b in backends if b.startswith("postgresql") and "sqlite" in backends]
    ratios = {"postgresql": "PG/SQLite", "postgresql-socket": "socket/SQLite"}
    print()
    print(f"{'':36}" + "".join(f"{NAMES.get(b, b):^38}" for b in backends))
    print(f"{'page':36}" + f"{'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'× base':>8}   "
          * len(backends) + "".join(f"{ratios[b]:>14}" for b in servers))
    for label in labels:
        line = f"{label:36}"
        for backend in backends:
            figures = found.get((backend, label), (None,))[0]
            if figures is None:
                line += f"{'-':>35}   "
                continue
            ratio = figures["rps"] / base[backend] if base.get(backend) else float("nan")
            line += (f"{figures['rps']:8.0f} {figures['p50']:8.1f} {figures['p99']:8.1f} "
                     f"{ratio:8.2f}   ")
        for server in servers:
            if (server, label) in found and ("sqlite", label) in found:
                line += f"{found[server, label][0]['rps'] / found['sqlite', label][0]['rps']:14.2f}"
            else:
                line += f"{'-':>14}"
        print(line)
    ok = True
    print()
    for backend, label, figures, lost in rows:
        notes = []
        if lost is not None:
            notes.append(f"saved {figures.get('saved', 0)}, failed {figures.get('failed', 0)}, "
                         f"lost {lost}")
            ok = ok and lost == 0 and figures.get("failed", 0) == 0
        if figures["non_2xx"] or figures["socket_errors"] != "none":
            notes.append(f"non-2xx {figures['non_2xx']}, socket errors "
                         f"{figures['socket_errors']}")
        if notes:
            print(f"{NAMES.get(backend, backend)}, {label}: {'; '.join(notes)}")
    goals(backends, found, base)
    return ok


def goals(backends, found, base) -> None:
    """Issue 19's goals, each with what this run measured."""
    def rps(backend, label):
        return found[backend, label][0]["rps"] if (backend, label) in found else None

    def p99(backend, label):
        return found[backend, label][0]["p99"] if (backend, label) in found else None

    checks = []
    pages = [label for label in dict.fromkeys(label for _, label in found) if label != BASELINE]
    for server in (b for b in backends if b.startswith("postgresql") and "sqlite" in backends):
        for label in pages:
            pg, lite = rps(server, label), rps("sqlite", label)
            if pg and lite:
                checks.append((f"{NAMES[server]} at least as fast as SQLite: {label}",
                               pg >= lite, f"{pg / lite:.2f}×"))
    for backend in backends:
        name = NAMES.get(backend, backend)
        page = rps(backend, "candidate's test page")
        if page and base.get(backend):
            checks.append((f"{name}: test page at 70% or more of the baseline",
                           page >= 0.7 * base[backend], f"{page / base[backend]:.0%}"))
        for label in pages:
            if label.startswith("autosave"):
                figures, lost = found[backend, label]
                checks.append((f"{name}: autosave p99 under 100 ms, none lost",
                               figures["p99"] < 100 and lost == 0 and not figures.get("failed"),
                               f"{figures['p99']:.0f} ms, lost {lost}"))
        for label in ("board, 10,000 candidates", "position dashboard"):
            if p99(backend, label) is not None:
                figures = found[backend, label][0]
                # A timed-out request is not in wrk's percentiles, so any timeout fails it.
                late = figures.get("timeouts", 0)
                checks.append((f"{name}: {label} p99 under 150 ms",
                               p99(backend, label) < 150 and not late and figures["requests"],
                               f"{p99(backend, label):.0f} ms"
                               + (f", {late} timed out after 2 s" if late else "")))
    print("\nGoals (issue 19; figures from this run, noisy on a shared machine):")
    for what, met, figure in checks:
        print(f"  {'met    ' if met else 'NOT met'}  {what}: {figure}")


@contextmanager
def temporary_postgres(admin_url: str = ADMIN_URL):
    """A new, empty PostgreSQL database on the benchmark's server (or the one at admin_url),
    dropped afterwards; yields its URL (an exception if the server cannot be reached)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"hiring_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def socket_url(url: str) -> str:
    """The same database reached through the server's Unix-domain socket instead of TCP, as
    an app on the database's own machine can connect (README, "Running on PostgreSQL")."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    probe = create_engine(url, poolclass=NullPool)
    with probe.connect() as connection:
        folders = connection.scalar(text("SHOW unix_socket_directories"))
        port = connection.scalar(text("SHOW port"))
    probe.dispose()
    folder = next((f.strip() for f in folders.split(",") if f.strip().startswith("/")), None)
    if folder is None:
        raise RuntimeError(f"the server listens on no Unix-domain socket ({folders!r})")
    return make_url(url).set(host=None, port=int(port)).update_query_dict(
        {"host": folder}).render_as_string(hide_password=False)


def with_postgres(work: Path, args, backend: str = "postgresql") -> list[tuple]:
    with ExitStack() as stack:
        try:
            admin_url = ADMIN_URL
            if args.statements:
                from bench.private_postgres import private_server

                admin_url = stack.enter_context(private_server(ADMIN_URL))
                print(f"[postgresql] a private server with pg_stat_statements: {admin_url}")
            url = stack.enter_context(temporary_postgres(admin_url))
            if backend == "postgresql-socket":
                url = socket_url(url)
        except Exception as error:  # noqa: BLE001 - report and carry on with the other backends
            print(f"[{backend}] skipped: {error.__class__.__name__}: {error}")
            return []
        return run_backend(backend, url, work, args)


if __name__ == "__main__":
    sys.exit(main())
