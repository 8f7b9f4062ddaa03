"""The load benchmark's reading of wrk's output and its goals, and the private PostgreSQL
server it can start to read pg_stat_statements (bench/bench_load.py, bench/private_postgres.py).
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from bench.bench_load import BASELINE, goals, report, socket_url, wrk_figures
from bench.private_postgres import private_server, unavailable
from tests.conftest import POSTGRES_URL, missing_service

WRK = """Running 10s test @ http://127.0.0.1:8000/board
  2 threads and 16 connections
  Latency Distribution
     50%   80.00ms
     75%  100.00ms
     90%  120.00ms
     99%  140.00ms
  {requests} requests in 10.00s, 1.00MB read
  Socket errors: connect 0, read 0, write 0, timeout {timeouts}
Requests/sec:    {rps}
"""


def board(timeouts: int, requests: int = 1000) -> dict:
    return wrk_figures(0, WRK.format(requests=requests, timeouts=timeouts, rps=requests / 10))


def printed_goals(capsys, figures: dict) -> str:
    found = {("sqlite", "board, 10,000 candidates"): (figures, None),
             ("sqlite", BASELINE): (wrk_figures(0, WRK.format(requests=8000, timeouts=0,
                                                               rps=800)), None)}
    goals(["sqlite"], found, {"sqlite": 800})
    return capsys.readouterr().out


def test_timeouts_are_read_from_wrk():
    assert board(0)["timeouts"] == 0
    assert board(7)["timeouts"] == 7
    assert board(7)["p99"] == 140


def test_a_p99_goal_is_met_only_without_timeouts(capsys):
    assert "met      SQLite: board, 10,000 candidates p99 under 150 ms: 140 ms" in \
        printed_goals(capsys, board(0))
    # wrk leaves timed-out requests out of its percentiles: 140 ms is not the truth then.
    out = printed_goals(capsys, board(3))
    assert "NOT met  SQLite: board, 10,000 candidates p99 under 150 ms: 140 ms, 3 timed out" \
        in out


def page(rps: float) -> dict:
    return wrk_figures(0, WRK.format(requests=int(rps * 10), timeouts=0, rps=rps))


def test_each_postgresql_connection_is_set_beside_sqlite(capsys):
    rows = [(backend, label, page(rps), None)
            for backend, figures in (("sqlite", (500, 1000)), ("postgresql", (450, 900)),
                                     ("postgresql-socket", (520, 950)))
            for label, rps in zip(("candidate's test page", BASELINE), figures, strict=True)]
    assert report(rows)
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("page"))
    assert header.endswith("PG/SQLite socket/SQLite")
    test_page = next(line for line in out.splitlines() if line.startswith("candidate's"))
    assert test_page.split()[-2:] == ["0.90", "1.04"]
    assert "NOT met  PostgreSQL at least as fast as SQLite: candidate's test page: 0.90×" in out
    assert ("met      PostgreSQL, Unix socket at least as fast as SQLite: candidate's test "
            "page: 1.04×") in out


@pytest.mark.postgres
@pytest.mark.slow
def test_the_private_server_loads_pg_stat_statements():
    why = unavailable()
    if why:
        missing_service(why)
    try:
        server = private_server(POSTGRES_URL)
        admin_url = server.__enter__()
    except RuntimeError as error:
        missing_service(str(error))
    try:
        engine = create_engine(admin_url, poolclass=NullPool)
        with engine.connect() as connection:
            assert "pg_stat_statements" in connection.scalar(text("SHOW shared_preload_libraries"))
            connection.execute(text("CREATE EXTENSION pg_stat_statements"))
            connection.execute(text("SELECT 42"))
            calls = connection.scalar(text(
                "SELECT sum(calls) FROM pg_stat_statements WHERE query LIKE 'SELECT $1%'"))
            assert calls >= 1
        engine.dispose()
        # The same server through its Unix-domain socket: no TCP address on the connection.
        local = create_engine(socket_url(admin_url), poolclass=NullPool)
        with local.connect() as connection:
            assert connection.scalar(text("SELECT inet_server_addr()")) is None
            assert connection.scalar(text("SELECT current_database()")) == "postgres"
        local.dispose()
    finally:
        server.__exit__(None, None, None)
    # Stopped and gone: nothing listens on its port any more.
    with pytest.raises(OperationalError):
        create_engine(admin_url, poolclass=NullPool,
                      connect_args={"connect_timeout": 2}).connect()
