"""Time the position board with 10,000 candidates on one position (SQLite): median server time.

Run: .venv/bin/python bench/bench_board.py
Each page is requested through the app (routing, access check, queries, template), as a
signed-in manager; the database is a temporary SQLite file like the one under instance/.
"""

import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CANDIDATES = 10_000
RUNS = 30
PASSWORD = "bench-password-long"
# Most candidates sit early in the pipeline, as in real hiring.
STAGE_WEIGHTS = {"applied": 40, "writing": 25, "research": 12, "interview": 6, "decision": 2,
                 "hired": 1, "onboarding": 1, "screened_out": 13}


def build(directory: Path):
    from hiring import create_app
    from hiring.auth.services import create_user
    from hiring.candidates.models import Candidate
    from hiring.db import db
    from hiring.positions.models import Position

    app = create_app({"SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False,
                      "INSTANCE_PATH": str(directory / "instance"),
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{directory / 'bench.sqlite3'}",
                      "LOGIN_RATE_LIMIT": "1000 per minute",
                      "RATELIMIT_STORAGE_URI": "memory://"})
    rng = random.Random(7)
    stages = list(STAGE_WEIGHTS)
    weights = list(STAGE_WEIGHTS.values())
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with app.app_context():
        db.create_all()
        create_user("bench@example.test", "manager", PASSWORD)
        position = Position(title="Account Executive", status="open")
        db.session.add(position)
        db.session.flush()
        db.session.execute(Candidate.__table__.insert(), [
            {"position_id": position.id, "name": f"{rng.choice('ABCDEFGHIJKLMNOPRSTW')}"
             f"{rng.randrange(10**6):06d} Candidate", "email": f"c{i}@example.com",
             "phone": "", "source": "", "notes": "", "legal_hold": False,
             "stage": rng.choices(stages, weights)[0],
             "created_at": start + timedelta(minutes=i),
             "last_activity_at": start + timedelta(minutes=rng.randrange(200_000))}
            for i in range(CANDIDATES)])
        db.session.commit()
        position_id = position.id
    return app, position_id


def median_ms(client, url: str) -> float:
    client.get(url)  # warm the template and statement caches
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app, position_id = build(Path(tmp))
        client = app.test_client()
        client.post("/login", data={"email": "bench@example.test", "password": PASSWORD})
        base = f"/candidates/positions/{position_id}/board"
        cases = [
            ("board, every stage, by name", base),
            ("board, by latest activity", base + "?sort=activity"),
            ("one stage, page 20, by name", base + "?stage=applied&page=20"),
            ("search 'A12'", base + "?q=A12"),
        ]
        print(f"{CANDIDATES:,} candidates on one position, SQLite, median of {RUNS} requests")
        worst = 0.0
        for label, url in cases:
            ms = median_ms(client, url)
            worst = max(worst, ms)
            print(f"  {label:32} {ms:7.1f} ms")
        print(f"slowest median: {worst:.1f} ms (budget 100 ms)")


if __name__ == "__main__":
    main()
