"""Several app instances against one PostgreSQL and one Redis (bench_load.py --instances 2).

Two runs on the same database, each with fresh candidates, driven the same way for
--duration seconds by two wrk processes at once (--connections split between them):
  - autosaves: a quarter of the candidates saving their writing test over and over;
  - finishing: another quarter, each saving its letter, handing it in (the analysis runs),
    then reading its test page (the receipt) on every later turn.
First one gunicorn server of two workers takes both streams; then two servers of one worker
each on two ports take one stream each. Every session is opened through the first server,
so in the second run the finishing candidates use on the second server a session made on the
first: nothing but caches may live in an instance. Afterwards the database must hold every
save and every hand-in the servers acknowledged.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from bench.bench_load import (
    ROOT,
    check_saves,
    prepare_database,
    temporary_postgres,
    wrk_command,
    wrk_figures,
)
from tests.faults.harness import CandidateBrowser, Server, app_environment, submission_rows

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
MODES = ("one server, two workers", "two servers, one worker each")


def redis_status() -> str | None:
    """None when Redis answers at REDIS_URL, else why not."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        return f"Redis is not reachable at {REDIS_URL}: {error}"
    return None


def open_sessions(server_url: str, pairs, path: Path) -> Path:
    with path.open("w") as handle:
        for _, token in pairs:
            browser = CandidateBrowser(server_url, token)
            cookie = "; ".join(f"{c.name}={c.value}" for c in browser.cookies)
            handle.write(f"{cookie}\t{browser.csrf}\n")
    return path


def drive(streams, duration: int, connections: int) -> list[dict]:
    """Run wrk for every (url, script, sessions file) at once; their figures, in order."""
    running = [subprocess.Popen(wrk_command(url, script, [str(sessions)], duration, connections),
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
               for url, script, sessions in streams]
    figures = []
    for process in running:
        output, errors = process.communicate()
        figures.append(wrk_figures(process.returncode, output, errors))
    return figures


def handed_in_lost(database_url: str, pairs, figures: dict) -> int:
    """Hand-ins acknowledged by a server but not stored."""
    rows = submission_rows(database_url)
    stored = sum(1 for candidate_id, _ in pairs if rows[candidate_id][2] is not None)
    return max(0, figures.get("submitted", 0) - stored)


def run_mode(mode: str, database_url: str, env: dict, work: Path, pairs, args) -> dict:
    savers, finishers = pairs[:len(pairs) // 2], pairs[len(pairs) // 2:]
    one_server = mode == MODES[0]
    servers = [Server(env, workers=2 if one_server else 1,
                      log=work / f"gunicorn-{n}-{'one' if one_server else 'two'}.log")
               for n in range(1 if one_server else 2)]
    try:
        for server in servers:
            server.start()
        first, second = servers[0], servers[-1]
        print(f"[{mode}] opening {len(pairs)} candidate sessions on the first server ...",
              flush=True)
        saving = open_sessions(first.url, savers, work / "saving.tsv")
        finishing = open_sessions(first.url, finishers, work / "finishing.tsv")
        print(f"[{mode}] autosaves and hand-ins for {args.duration} s ...", flush=True)
        saves, finished = drive([(first.url, "bench/lua/autosave.lua", saving),
                                 (second.url, "bench/lua/handin.lua", finishing)],
                                args.duration, max(1, args.connections // 2))
    finally:
        for server in servers:
            server.stop()
    return {"saves": saves, "finished": finished,
            "lost saves": check_saves(database_url, savers, saves),
            "lost hand-ins": handed_in_lost(database_url, finishers, finished)}


def run_instances(args) -> int:
    status = redis_status()
    if status is not None:
        print(f"{status}: several instances are measured with PostgreSQL and Redis.")
        return 1
    with tempfile.TemporaryDirectory() as folder, temporary_postgres() as database_url:
        work = Path(folder)
        instance = work / "instance"
        print(f"[instances] preparing {args.candidates:,} candidates and a board of 10,000 ...",
              flush=True)
        pairs = prepare_database(database_url, instance, args.candidates)
        env = app_environment(database_url, instance)
        env["REDIS_URL"] = REDIS_URL
        half = len(pairs) // 2
        results = {mode: run_mode(mode, database_url, env, work, part, args)
                   for mode, part in zip(MODES, (pairs[:half], pairs[half:]), strict=True)}
    return report(results)


def report(results: dict) -> int:
    print()
    print(f"{'PostgreSQL + Redis':32} {'autosave req/s':>14} {'p99 ms':>7} "
          f"{'finishing req/s':>15} {'p99 ms':>7} {'total req/s':>11}  lost / failed")
    totals, ok = {}, True
    for mode, result in results.items():
        saves, finished = result["saves"], result["finished"]
        totals[mode] = saves["rps"] + finished["rps"]
        failed = saves.get("failed", 0) + finished.get("failed", 0)
        lost = result["lost saves"] + result["lost hand-ins"]
        ok = ok and lost == 0 and failed == 0
        print(f"{mode:32} {saves['rps']:14.0f} {saves['p99']:7.1f} {finished['rps']:15.0f} "
              f"{finished['p99']:7.1f} {totals[mode]:11.0f}  {lost} / {failed} "
              f"({saves.get('saved', 0)} saves, {finished.get('submitted', 0)} hand-ins)")
    ratio = totals[MODES[1]] / totals[MODES[0]]
    print(f"\nTwo servers of one worker serve {ratio:.0%} of what one server of two workers "
          f"serves (goal: 90% or more, nothing lost): {'met' if ratio >= 0.9 and ok else 'NOT met'}"
          " (noisy on a shared machine).")
    return 0 if ok else 1
