"""On PostgreSQL a cursor's description is built column by column when read
(hiring.db.Cursor): it must say the same as psycopg's own, and rows must arrive as before."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from hiring.db import Cursor, configure_engine

pytestmark = pytest.mark.postgres

QUERY = ("SELECT 1 AS n, 'x'::varchar(12) AS name, now() AS at, 2.5::numeric(6, 2) AS amount, "
         "ARRAY[1, 2] AS ids, NULL::text AS nothing, true AS yes")


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _columns(description):
    return [(c.name, c.type_code, c.display_size, c.internal_size, c.precision, c.scale,
             c.null_ok) for c in description]


def test_the_description_says_what_psycopg_says(postgres_database):
    with psycopg.connect(_dsn(postgres_database)) as plain, \
            psycopg.connect(_dsn(postgres_database), cursor_factory=Cursor) as lazy:
        expected = plain.execute(QUERY).description
        cursor = lazy.execute(QUERY)
        described = cursor.description
        assert len(described) == 7
        assert _columns(described) == _columns(expected)
        assert described[-1].name == "yes" and described[1:3][1].name == "at"
        assert [c.name for c in described[::3]] == ["n", "amount", "yes"]
        with pytest.raises(IndexError):
            described[7]
        assert cursor.fetchone()[1] == "x"
        # Read after the cursor moved on, it still describes the result it was asked of.
        cursor.execute("SELECT 1 AS other")
        assert described[0].name == "n" and cursor.description[0].name == "other"
        # A statement without rows has no description, as with psycopg's own cursor.
        cursor.execute("SET search_path TO public")
        assert cursor.description is None


def test_the_portal_engine_uses_it_and_reads_rows_by_name(postgres_database):
    engine = create_engine(postgres_database)
    configure_engine(engine, busy_timeout_ms=1000)
    try:
        with engine.connect() as connection:
            assert isinstance(connection.connection.dbapi_connection.cursor(), Cursor)
            for _ in range(3):  # the second and third runs read the shape from the cache
                row = connection.execute(text(QUERY)).one()
                assert (row.n, row.name, row.ids, row.nothing, row.yes) == (
                    1, "x", [1, 2], None, True)
                assert list(row._mapping)[:2] == ["n", "name"]
    finally:
        engine.dispose()
