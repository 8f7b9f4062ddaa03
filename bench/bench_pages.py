"""Server time of every list and report page at scale, in process, median and p90.

SQLite (default): builds the demo data plus N scale candidates once (kept in bench/out/ for
the next run). PostgreSQL (--postgres): creates a database of its own on the server of
ADMIN_URL (CREATE DATABASE hiring_pages_<random>), brings it to the newest migration, loads
the demo data and N scale candidates, prints the generator's own report (rows, seconds and
rows per second per table), and drops the database at the end; --database-url reuses a
database that already holds the data (nothing is created or dropped).

Then, signed in as the demo manager (--as to change), it requests every GET page that
takes no argument or a position id (the busiest position), the board's searches, sorts and
deep stage pages, the audit log (filtered, and deep by its "after id" cursor), and the API's
lists (first and deep pages, by page number and by cursor), --runs times each, and prints
median and p90 per page, slowest first, flagging pages over --limit ms (300).

    .venv/bin/python bench/bench_pages.py --postgres --scale 100000 [--runs 7]
    .venv/bin/python bench/bench_pages.py [--scale 100000]          # SQLite

Times on a shared machine are noisy: read the medians, and rerun before believing one.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
sys.path.insert(0, str(ROOT))


def _generate(app, scale: int) -> None:
    from hiring.db import db
    from hiring.demo import load_demo
    from hiring.scale import generate

    with app.app_context():
        load_demo()
        db.session.commit()
        done = 0

        def progress(step: int) -> None:
            nonlocal done
            done += step
            print(f"\r  generated {done:,} / {scale:,} candidates", end="", flush=True)

        report = generate(scale, progress=progress)
        db.session.commit()
        print()
        for line in report.lines():
            print(f"  {line}")
        db.engine.dispose()


def build_sqlite(scale: int) -> str:
    from hiring import create_app
    from hiring.db import db

    folder = OUT / f"pages-{scale}"
    database = folder / "hiring.sqlite3"
    url = f"sqlite:///{database}"
    if database.exists():
        return url
    folder.mkdir(parents=True, exist_ok=True)
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "INSTANCE_PATH": str(folder),
                      "SECRET_KEY": "bench"})
    with app.app_context():
        db.create_all()
    _generate(app, scale)
    return url


@contextlib.contextmanager
def postgres_database(scale: int):
    """A new database holding the demo data and `scale` candidates, dropped afterwards."""
    from flask_migrate import upgrade
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from hiring import create_app

    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"hiring_pages_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench",
                          "INSTANCE_PATH": str(OUT / "pages-pg")})
        with app.app_context():
            upgrade(directory=str(ROOT / "migrations"))
        _generate(app, scale)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _pages(app, client, position_id: int) -> list[str]:
    """Every GET page without arguments or with a position id, and the lists' variants."""
    from sqlalchemy import func, select

    from hiring.audit import AuditEvent
    from hiring.auth.api_tokens import create_api_token
    from hiring.candidates.models import Candidate
    from hiring.db import db

    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static" or \
                rule.rule.startswith("/api/"):
            continue
        arguments = set(rule.arguments)
        if arguments - {"position_id"}:
            continue
        urls.append(rule.build({"position_id": position_id}, append_unknown=False)[1]
                    if arguments else rule.rule)
    board = f"/candidates/positions/{position_id}/board"
    with app.app_context():
        newest = db.session.scalar(select(func.max(AuditEvent.id))) or 0
        candidate_id = db.session.scalar(select(Candidate.id).where(
            Candidate.position_id == position_id).order_by(Candidate.id.desc()).limit(1))
        deep_candidate = db.session.scalar(select(Candidate.id).where(
            Candidate.position_id == position_id).order_by(Candidate.id).offset(9_000)
            .limit(1)) or candidate_id
        _, raw = create_api_token("bench", None, scopes=("read:positions", "read:candidates"))
        db.session.commit()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {raw}"
    urls += [
        f"{board}?sort=activity", f"{board}?sort=newest", f"{board}?q=ava",
        f"{board}?q=scale12", f"{board}?stage=applied&page=40",
        f"{board}?stage=screened_out&sort=activity&page=30",
        "/candidates/audit?action=candidate.stage_changed",
        f"/candidates/audit?candidate={candidate_id}",
        f"/candidates/audit?before={max(newest - 50 * 2000, 1)}",
        f"/candidates/audit?action=candidate.stage_changed&before={max(newest // 2, 1)}",
        "/api/v1/positions", f"/api/v1/positions/{position_id}/candidates",
        f"/api/v1/positions/{position_id}/candidates?page=180",
        f"/api/v1/positions/{position_id}/candidates?after={deep_candidate}",
        f"/candidates/{candidate_id}",
    ]
    return urls


def measure(url: str, runs: int, who: str, limit: float) -> int:
    from sqlalchemy import func, select

    from hiring import create_app
    from hiring.candidates.models import Candidate
    from hiring.db import db

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "INSTANCE_PATH": str(OUT / "pages"),
                      "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False,
                      "LOGIN_RATE_LIMIT": "1000 per minute"})
    gc.freeze()  # as app.py does once the portal is built
    with app.app_context():
        busiest, size = db.session.execute(
            select(Candidate.position_id, func.count()).group_by(Candidate.position_id)
            .order_by(func.count().desc(), Candidate.position_id).limit(1)).one()
        total = db.session.scalar(select(func.count(Candidate.id)))
    print(f"{total:,} candidates; busiest position {busiest} has {size:,}; as {who}; "
          f"{runs} runs a page")
    client = app.test_client()
    response = client.post("/login", data={"email": f"{who}@demo.test",
                                           "password": "demo-password"})
    assert response.status_code in (302, 303), "sign-in failed: is the demo data there?"
    rows = []
    for page in _pages(app, client, busiest):
        times, status = [], None
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(page)
            times.append((time.perf_counter() - started) * 1000)
            status = response.status_code
            response.close()
        median = statistics.median(times)
        p90 = statistics.quantiles(times, n=10, method="inclusive")[8] if runs > 1 else median
        print(f"  {median:9.1f} ms  {status}  {page}", flush=True)
        if status == 200:
            rows.append((median, p90, page))
    print(f"\n{'median ms':>10} {'p90 ms':>8}  page")
    for median, p90, page in sorted(rows, reverse=True):
        flag = f"  <- over {limit:.0f} ms" if median > limit else ""
        print(f"{median:10.1f} {p90:8.1f}  {page}{flag}")
    over = sum(1 for median, _, _ in rows if median > limit)
    print(f"\n{len(rows)} pages; {over} with a median over {limit:.0f} ms")
    return over


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--postgres", action="store_true",
                        help="a new PostgreSQL database, dropped at the end")
    parser.add_argument("--database-url", help="measure a database that holds the data")
    parser.add_argument("--as", dest="who", default="manager",
                        choices=("manager", "admin", "interviewer1"))
    parser.add_argument("--limit", type=float, default=300.0)
    args = parser.parse_args()
    if args.database_url:
        measure(args.database_url, args.runs, args.who, args.limit)
    elif args.postgres:
        started = time.perf_counter()
        with postgres_database(args.scale) as url:
            print(f"  database ready in {time.perf_counter() - started:.0f} s")
            measure(url, args.runs, args.who, args.limit)
    else:
        measure(build_sqlite(args.scale), args.runs, args.who, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
