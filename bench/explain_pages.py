"""Every SQL statement of the hot pages, counted per page, with the plans of the slowest.

Point it at a database that holds the demo data and scale candidates, e.g. on PostgreSQL:

    createdb -h 127.0.0.1 -U postgres hiring_scale
    export DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/hiring_scale
    flask --app app db upgrade && flask --app app demo load --scale 100000
    .venv/bin/python bench/explain_pages.py [--explain 3] [--runs 1]

It signs in with the Flask test client as the demo manager, requests the board of the
busiest position (by name, by activity, newest first, a search, a deep page of one stage),
the position dashboard, the reports index, a candidate's page, the audit log (first, and
20,000 entries back by its cursor) and the outbox, then, as a candidate, the writing test
page and an autosave. For each page it prints how many statements ran and the slowest of
them; on PostgreSQL it runs `EXPLAIN (ANALYZE, BUFFERS)` of the --explain slowest
statements of each page (inside a transaction that is rolled back), and prints
`pg_stat_statements`' top queries when the server has the extension loaded
(`shared_preload_libraries`), or says why not.

Times on a loaded machine say little; read the counts and the plans.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, func, select  # noqa: E402

from bench.pgstats import print_top_statements, reset_statements, statements_status  # noqa: E402
from hiring import create_app  # noqa: E402
from hiring.assessments.models import Submission  # noqa: E402
from hiring.audit import AuditEvent  # noqa: E402
from hiring.candidates.invitations import create_invitation  # noqa: E402
from hiring.candidates.models import Candidate  # noqa: E402
from hiring.db import db  # noqa: E402


@dataclass
class Statement:
    sql: str
    parameters: object
    ms: float


@dataclass
class Recorder:
    page: str | None = None
    pages: dict[str, list[Statement]] = field(default_factory=lambda: defaultdict(list))

    def attach(self, engine) -> None:
        @event.listens_for(engine, "before_cursor_execute")
        def before(conn, cursor, statement, parameters, context, executemany):
            conn.info.setdefault("started", []).append(time.perf_counter())

        @event.listens_for(engine, "after_cursor_execute")
        def after(conn, cursor, statement, parameters, context, executemany):
            started = conn.info["started"].pop()
            if self.page is not None:
                self.pages[self.page].append(Statement(
                    statement, parameters, (time.perf_counter() - started) * 1000))


def busiest_position() -> tuple[int, int]:
    return db.session.execute(
        select(Candidate.position_id, func.count()).group_by(Candidate.position_id)
        .order_by(func.count().desc(), Candidate.position_id).limit(1)).one()


def staff_pages(position_id: int, candidate_id: int, search: str,
                deep_entry: int) -> list[tuple[str, str]]:
    board = f"/candidates/positions/{position_id}/board"
    return [
        ("board, by name", board),
        ("board, by activity", f"{board}?sort=activity"),
        ("board, newest", f"{board}?sort=newest"),
        ("board, search", f"{board}?q={search}"),
        ("board, applied page 40", f"{board}?stage=applied&page=40"),
        ("position dashboard", f"/reports/positions/{position_id}"),
        ("reports index", "/reports/"),
        ("candidate page", f"/candidates/{candidate_id}"),
        ("audit log", "/candidates/audit"),
        ("audit log, 20,000 back", f"/candidates/audit?before={deep_entry}"),
        ("audit log, one candidate", f"/candidates/audit?candidate={candidate_id}"),
        ("audit log, one action", "/candidates/audit?action=candidate.stage_changed"),
        ("outbox", "/candidates/outbox"),
    ]


def candidate_pages(app, client, recorder: Recorder, runs: int) -> None:
    """The writing test page and one autosave of a fresh applicant of the busiest position."""
    with app.app_context():
        position_id, _ = busiest_position()
        candidate = db.session.scalar(select(Candidate).where(
            Candidate.position_id == position_id, Candidate.stage == "applied")
            .order_by(Candidate.id.desc()).limit(1))
        _, token = create_invitation(candidate, "writing", None, 14)
        candidate_id = candidate.id
        db.session.commit()
    client.get(f"/i/{token}")
    client.post("/assessments/take/writing/begin")
    for _ in range(runs):
        recorder.page = "test page"
        response = client.get("/assessments/take/writing")
        recorder.page = None
        assert response.status_code == 200, response.status_code
    with app.app_context():  # a save must be newer than the last (a rerun reuses the person)
        last = db.session.scalar(select(Submission.seq).where(
            Submission.candidate_id == candidate_id, Submission.step == "writing")) or 0
    for seq in range(last + 1, last + runs + 1):
        recorder.page = "autosave"
        response = client.post("/assessments/take/writing/save",
                               json={"seq": seq, "text": f"Dear Ms. Okafor, draft {seq}."})
        recorder.page = None
        assert response.status_code == 200, response.get_data(as_text=True)


def explain(app, statement: Statement) -> list[str]:
    """The plan of one statement, executed and rolled back."""
    with app.app_context():
        connection = db.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql, statement.parameters)
            return [row[0] for row in cursor.fetchall()]
        finally:
            connection.rollback()
            connection.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--explain", type=int, default=2,
                        help="plans of this many slowest statements per page (PostgreSQL)")
    parser.add_argument("--runs", type=int, default=1, help="requests per page")
    parser.add_argument("--search", default="ava")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("give --database-url or set DATABASE_URL")
    app = create_app({"SQLALCHEMY_DATABASE_URI": args.database_url, "SECRET_KEY": "bench",
                      "WTF_CSRF_ENABLED": False, "LOGIN_RATE_LIMIT": "1000 per minute",
                      "INSTANCE_PATH": os.environ.get("HIRING_INSTANCE_PATH", "/tmp/bench")})
    recorder = Recorder()
    postgres = args.database_url.startswith("postgresql")
    with app.app_context():
        recorder.attach(db.engine)
        position_id, size = busiest_position()
        candidate_id = db.session.scalar(select(Candidate.id).where(
            Candidate.position_id == position_id, Candidate.stage == "interview")
            .order_by(Candidate.id).limit(1))
        total = db.session.scalar(select(func.count(Candidate.id)))
        deep_entry = max((db.session.scalar(select(func.max(AuditEvent.id))) or 0) - 20_000, 1)
        stats = statements_status(db.engine) if postgres else "not PostgreSQL"
        if stats is None:
            reset_statements(db.engine)
    print(f"{total:,} candidates; busiest position {position_id} has {size:,}")
    staff = app.test_client()
    response = staff.post("/login", data={"email": "manager@demo.test",
                                          "password": "demo-password"})
    assert response.status_code in (302, 303), "sign-in failed: load the demo data"
    for label, url in staff_pages(position_id, candidate_id, args.search, deep_entry):
        for _ in range(args.runs):
            recorder.page = label
            response = staff.get(url)
            recorder.page = None
            assert response.status_code == 200, (url, response.status_code)
    candidate_pages(app, app.test_client(), recorder, args.runs)

    print(f"\n{'page':28} {'statements':>10} {'ms (all)':>9} {'slowest ms':>10}")
    for label, statements in recorder.pages.items():
        count = len(statements) // args.runs
        print(f"{label:28} {count:10} {sum(s.ms for s in statements) / args.runs:9.1f} "
              f"{max(s.ms for s in statements):10.1f}")
    for label, statements in recorder.pages.items():
        print(f"\n== {label}: slowest statements")
        repeated = Counter(" ".join(s.sql.split()) for s in statements).most_common(3)
        for sql, times in repeated:
            if times > args.runs:
                print(f"  ran {times // args.runs} times: {sql[:200]}")
        slowest = sorted(statements, key=lambda s: s.ms, reverse=True)
        for statement in slowest[:5]:
            print(f"  {statement.ms:8.1f} ms  {' '.join(statement.sql.split())[:220]}")
        if postgres:
            for statement in slowest[:args.explain]:
                print(f"\n  EXPLAIN (ANALYZE, BUFFERS) {' '.join(statement.sql.split())[:160]}")
                for line in explain(app, statement):
                    print(f"    {line}")
    if postgres:
        print()
        with app.app_context():
            print_top_statements(db.engine, stats, own=recorder.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
