"""Where PostgreSQL's time went: `pg_stat_statements`' top queries, when the server has it.

The extension needs `shared_preload_libraries = 'pg_stat_statements'` in the server's
configuration (and a restart); the benchmarks never change the server. Without it they say
so and print their own per-statement timings instead.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import text

TOP = 15


def statements_status(engine) -> str | None:
    """None when pg_stat_statements can be read in this database, else why not."""
    with engine.connect() as connection:
        loaded = connection.scalar(text("SHOW shared_preload_libraries")) or ""
        if "pg_stat_statements" not in loaded:
            return ("pg_stat_statements is not loaded on this server "
                    f"(shared_preload_libraries = '{loaded}')")
        try:
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"))
            connection.commit()
        except Exception as error:  # e.g. not allowed to create extensions here
            return f"pg_stat_statements cannot be created here: {error}".splitlines()[0]
    return None


def reset_statements(engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_stat_statements_reset()"))
        connection.commit()


def print_top_statements(engine, status: str | None, own: dict | None = None,
                         top: int = TOP) -> None:
    """The statements this database spent most time on; or, when the extension is not
    there, `own` ({page: [statement with .sql and .ms]}) summed per statement text."""
    if status is None:
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT calls, total_exec_time + total_plan_time, mean_exec_time, plans, "
                "mean_plan_time, rows, shared_blks_hit, shared_blks_read, query "
                "FROM pg_stat_statements "
                "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "ORDER BY total_exec_time + total_plan_time DESC LIMIT :top"),
                {"top": top}).all()
        # Planning is counted only where the server tracks it (track_planning, as the
        # private server does); a statement run prepared with a generic plan is not planned.
        print(f"pg_stat_statements, top {len(rows)} by total time (running and planning):")
        print(f"{'calls':>7} {'total ms':>10} {'run ms':>8} {'plans':>7} {'plan ms':>8} "
              f"{'rows':>8} {'hit':>9} {'read':>7}  query")
        for calls, total, mean, plans, plan, count, hit, read, query in rows:
            print(f"{calls:7} {total:10.1f} {mean:8.3f} {plans:7} {plan:8.3f} {count:8} "
                  f"{hit:9} {read:7}  {' '.join(query.split())[:150]}")
        return
    print(f"{status}; the script's own timings per statement instead.")
    if not own:
        return
    summed: dict[str, list[float]] = defaultdict(list)
    for statements in own.values():
        for statement in statements:
            summed[" ".join(statement.sql.split())].append(statement.ms)
    ranked = sorted(summed.items(), key=lambda item: sum(item[1]), reverse=True)[:top]
    print(f"{'calls':>7} {'total ms':>10} {'mean ms':>9}  query")
    for query, times in ranked:
        print(f"{len(times):7} {sum(times):10.1f} {sum(times) / len(times):9.2f}  {query[:150]}")
