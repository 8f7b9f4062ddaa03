"""Time the position dashboard with 10,000 candidates on one position (SQLite): median server time.

Run: .venv/bin/python bench/bench_dashboard.py
The dashboard is requested through the app (routing, access check, queries, template) as a
signed-in manager. Every candidate has the audit entries of their stage moves, screened-out
candidates a screen-out record, and those past the writing test a scored submission, so the
funnel, time in stage, screen-out reasons and score distributions all have real work to do.
The budget is 200 ms. Time in stage is kept per position until the next audit entry, so the
dashboard is timed both ways: as usual, and right after a stage move (recomputed). The charts
(separate image requests) are timed too. Run it on a quiet machine: the numbers scale with load.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CANDIDATES = 10_000
RUNS = 15
BUDGET_MS = 200
PASSWORD = "bench-password-long"
PATH = ("writing", "research", "interview", "decision", "hired")
# How far candidates get, weighted as in real hiring: most stop early.
REACH_WEIGHTS = {0: 40, 1: 25, 2: 12, 3: 6, 4: 2, 5: 2}
REASONS = ("writing", "research", "outcomes", "incomplete", "withdrew")


def build(directory: Path):
    from hiring import create_app
    from hiring.audit import AuditEvent
    from hiring.auth.services import create_user
    from hiring.candidates.models import Candidate, ScreenOut
    from hiring.db import db
    from hiring.positions.models import Position

    try:
        from hiring.assessments.models import Submission
    except ImportError:  # scores are optional: the dashboard then shows none
        Submission = None

    app = create_app({"SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False,
                      "INSTANCE_PATH": str(directory / "instance"),
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{directory / 'bench.sqlite3'}",
                      "LOGIN_RATE_LIMIT": "1000 per minute",
                      "RATELIMIT_STORAGE_URI": "memory://"})
    rng = random.Random(11)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with app.app_context():
        db.create_all()
        create_user("bench@example.test", "manager", PASSWORD)
        position = Position(title="Account Executive", status="open")
        db.session.add(position)
        db.session.flush()
        candidates, events, screen_outs, submissions = [], [], [], []
        for i in range(1, CANDIDATES + 1):
            reach = rng.choices(list(REACH_WEIGHTS), list(REACH_WEIGHTS.values()))[0]
            created = start + timedelta(minutes=i)
            at, stage = created, "applied"
            for step in PATH[:reach]:
                at += timedelta(hours=rng.randrange(12, 24 * 14))
                events.append({"actor_label": "bench", "action": "candidate.stage_changed",
                               "subject_type": "candidate", "subject_id": i, "candidate_id": i,
                               "at": at, "before": {"stage": stage}, "after": {"stage": step}})
                stage = step
            if reach < len(PATH) and rng.random() < 0.45:
                at += timedelta(hours=rng.randrange(12, 24 * 7))
                reason = rng.choice(REASONS)
                screen_outs.append({"candidate_id": i, "stage": stage, "reason": reason,
                                    "details": "", "at": at, "reversal_note": ""})
                events.append({"actor_label": "bench", "action": "candidate.screened_out",
                               "subject_type": "screen_out", "subject_id": i, "candidate_id": i,
                               "at": at, "before": {"stage": stage},
                               "after": {"stage": "screened_out", "reason": reason}})
                stage = "screened_out"
            candidates.append({"id": i, "position_id": position.id, "name": f"Candidate {i:05d}",
                               "email": f"c{i}@example.com", "phone": "", "source": "",
                               "notes": "", "legal_hold": False, "stage": stage,
                               "created_at": created, "last_activity_at": at})
            if Submission is not None and reach >= 1:
                submissions.append({"candidate_id": i, "step": "writing", "code": f"W{i:07d}",
                                    "rubric_id": "business-writing", "time_limit_minutes": 30,
                                    "text": "", "seq": 0, "late": False, "submitted_how": "",
                                    "needs_reconciliation": False, "disagreements": [],
                                    "screen_out_suggested": False,
                                    "final_score": round(rng.gauss(62, 15), 1)})
        db.session.execute(Candidate.__table__.insert(), candidates)
        db.session.execute(AuditEvent.__table__.insert(), events)
        db.session.execute(ScreenOut.__table__.insert(), screen_outs)
        if submissions:
            db.session.execute(Submission.__table__.insert(), submissions)
        db.session.commit()
        counts = (len(events), len(screen_outs), len(submissions))
        position_id = position.id
    return app, position_id, counts


def median_ms(client, url: str, before=None) -> float:
    client.get(url)  # warm the template and statement caches
    times = []
    for _ in range(RUNS):
        if before is not None:
            before()
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app, position_id, (events, screen_outs, submissions) = build(Path(tmp))
        client = app.test_client()
        client.post("/login", data={"email": "bench@example.test", "password": PASSWORD})
        print(f"{CANDIDATES:,} candidates on one position, {events:,} stage moves, "
              f"{screen_outs:,} screen-outs, {submissions:,} writing scores; SQLite, "
              f"median of {RUNS} requests")
        from hiring.reports import services

        dashboard = f"/reports/positions/{position_id}"

        def clear_cache():
            with app.app_context():
                services.stays_cache().clear()

        cases = [("dashboard", dashboard),
                 ("funnel chart", f"/reports/positions/{position_id}/charts/funnel.svg")]
        if submissions:
            cases.append(("writing score chart",
                          f"/reports/positions/{position_id}/charts/writing.svg"))
        results = {label: median_ms(client, url) for label, url in cases}
        # The worst case: a stage move was just recorded, so time in stage is worked out anew.
        results["dashboard, after a move"] = median_ms(client, dashboard,
                                                       before=clear_cache)
        for label, ms in results.items():
            print(f"  {label:26} {ms:7.1f} ms")
        for label in ("dashboard", "dashboard, after a move"):
            verdict = "within" if results[label] < BUDGET_MS else "OVER"
            print(f"{label}: {results[label]:.1f} ms, {verdict} the {BUDGET_MS} ms budget")
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
