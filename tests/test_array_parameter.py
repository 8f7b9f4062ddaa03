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
