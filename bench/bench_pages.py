"""Server time of every page at scale: 100,000 candidates on SQLite (or --scale N).

Builds the demo data plus N scale candidates once (kept in bench/out/ for the next run),
then, in-process, signs in as an admin and as an interviewer and requests every GET page
that takes no argument or a position id (the busiest position), printing the median of
--runs requests per page, slowest first.

    .venv/bin/python bench/bench_pages.py [--scale 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"


def build(scale: int) -> Path:
    from hiring import create_app
    from hiring.db import db
    from hiring.demo import load_demo
    from hiring.scale import generate

    folder = OUT / f"pages-{scale}"
    database = folder / "hiring.sqlite3"
    if database.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{database}",
                      "INSTANCE_PATH": str(folder), "SECRET_KEY": "bench"})
    started = time.perf_counter()
    with app.app_context():
        db.create_all()
        load_demo()
        db.session.commit()
        done = 0

        def progress(step: int) -> None:
            nonlocal done
            done += step
            print(f"\r  generated {done:,} / {scale:,} candidates", end="", flush=True)

        generate(scale, progress=progress)
        db.session.commit()
        db.engine.dispose()
    print(f"\n  built in {time.perf_counter() - started:.0f} s")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import func, select

    from hiring import create_app
    from hiring.candidates.models import Candidate
    from hiring.db import db

    folder = build(args.scale)
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'hiring.sqlite3'}",
                      "INSTANCE_PATH": str(folder), "SECRET_KEY": "bench",
                      "LOGIN_RATE_LIMIT": "1000 per minute"})
    with app.app_context():
        busiest, size = db.session.execute(
            select(Candidate.position_id, func.count()).group_by(Candidate.position_id)
            .order_by(func.count().desc()).limit(1)).one()
        total = db.session.scalar(select(func.count(Candidate.id)))
    print(f"{total:,} candidates; busiest position {busiest} has {size:,}")
    rows = []
    for email in ("admin@demo.test", "interviewer1@demo.test"):
        client = app.test_client()
        with app.test_request_context():
            pass
        app.config["WTF_CSRF_ENABLED"] = False
        client.post("/login", data={"email": email, "password": "demo-password"})
        for rule in app.url_map.iter_rules():
            if "GET" not in rule.methods or rule.endpoint == "static":
                continue
            arguments = set(rule.arguments)
            if arguments - {"position_id"}:
                continue
            url = rule.build({"position_id": busiest}, append_unknown=False)[1] \
                if arguments else rule.rule
            times, status = [], None
            for _ in range(args.runs):
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                status = response.status_code
                response.close()
            if status == 200:
                rows.append((statistics.median(times), email.split("@")[0], url))
            print(f"  {statistics.median(times):9.1f} ms  {status}  {url}", flush=True)
    print(f"\n{'median ms':>10}  {'as':12} page")
    for median, who, url in sorted(rows, reverse=True):
        flag = "  <- over 200 ms" if median > 200 else ""
        print(f"{median:10.1f}  {who:12} {url}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
