"""Lists sent to PostgreSQL as the text of an array literal (hiring.db.array_parameter) arrive
as the same list, whatever their strings hold; `among` and `among_parameter` select by them."""

from __future__ import annotations

import pytest
from sqlalchemy import Integer, String, create_engine, func, select
from sqlalchemy.dialects import postgresql

from hiring.db import ArrayText, array_parameter

TRICKY = ["applied", "", "NULL", 'say "hi"', "back\\slash", "a,b", "{x}", " spaced ", "é"]


def _text(value):
    return ArrayText().process_bind_param(value, postgresql.dialect())


def test_ids_and_names_become_the_text_of_an_array():
    assert _text([3, 1, 2]) == "{3,1,2}"
    assert _text([]) == "{}"
    assert _text(None) is None
    assert _text(iter([7])) == "{7}"
    assert _text(["a", 'b"c', "d\\e"]) == '{"a","b\\"c","d\\\\e"}'


@pytest.mark.parametrize("bad", [[1.5], [True], [None], [b"x"]])
def test_anything_but_ids_and_names_is_refused(bad):
    with pytest.raises(TypeError):
        _text(bad)


@pytest.mark.postgres
def test_postgresql_reads_back_the_same_list(postgres_database):
    engine = create_engine(postgres_database)
    with engine.connect() as connection:
        names = connection.scalars(select(func.unnest(array_parameter("names", String())))
                                   .params(names=TRICKY)).all()
        ids = connection.scalars(select(func.unnest(array_parameter("ids", Integer())))
                                 .params(ids=[5, 0, -2, 10**9])).all()
        empty = connection.scalars(select(func.unnest(array_parameter("ids", Integer())))
                                   .params(ids=[])).all()
    engine.dispose()
    assert names == TRICKY
    assert ids == [5, 0, -2, 10**9]
    assert empty == []


def test_the_text_goes_untyped_so_the_cast_types_the_parameter():
    """`CAST(%(ids)s AS INTEGER[])`: with a VARCHAR cast inside, PostgreSQL would read the
    array's text again for every row a scan filters."""
    from sqlalchemy.dialects.postgresql import psycopg

    sql = str(select(func.unnest(array_parameter("ids", Integer())))
              .compile(dialect=psycopg.dialect()))
    assert "CAST(%(ids)s AS INTEGER[])" in sql
    assert "VARCHAR" not in sql


@pytest.mark.postgres
def test_postgresql_reads_the_array_once_and_selects_by_it(postgres_database):
    from sqlalchemy import Column, MetaData, Table, text

    from hiring.db import among_parameter

    table = Table("numbers", MetaData(), Column("n", Integer, primary_key=True))
    engine = create_engine(postgres_database)
    query = select(table.c.n).where(among_parameter(table.c.n, "ids", "postgresql")).order_by(
        table.c.n)
    with engine.connect() as connection:
        table.create(connection)
        connection.execute(table.insert(), [{"n": n} for n in range(200)])
        connection.execute(text("SET enable_indexscan = off"))
        connection.execute(text("SET enable_bitmapscan = off"))
        # Run more often than psycopg's threshold, so the prepared statement is used too.
        found = [connection.scalars(query, {"ids": ids}).all()
                 for ids in ([3, 1, 2], [], [199, 0], *[[n] for n in range(8)])]
        sql = str(query.compile(engine))
        plan = "\n".join(connection.scalars(text("EXPLAIN (VERBOSE) " + sql.replace(
            "%(ids)s", "'{4,5}'"))))
        connection.rollback()
    engine.dispose()
    assert found[:3] == [[1, 2, 3], [], [0, 199]]
    assert found[3:] == [[n] for n in range(8)]
    assert "Seq Scan" in plan
    assert "cstring" not in plan, plan  # a constant array, not a cast run on every row
