"""The board's per-stage queries read an index in sort order instead of sorting the position."""

import pytest
from sqlalchemy import select, text

from hiring.candidates.models import Candidate
from hiring.candidates.services import SORTS
from hiring.db import db


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_board_sorts_use_an_index(app, sort):
    with app.app_context():
        query = (select(Candidate).where(Candidate.position_id == 1, Candidate.stage == "applied")
                 .order_by(*SORTS[sort]).limit(10))
        sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(row[3] for row in db.session.execute(text("EXPLAIN QUERY PLAN " + sql)))
        assert "USING INDEX ix_candidate_position_stage" in plan, plan
        assert "TEMP B-TREE" not in plan, plan


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_the_board_statement_reads_each_stage_from_an_index(app, sort):
    """The board's one statement for every column (SQLite's form, a UNION of one part per
    stage): each stage's part is an index read in sort order; only the page's few rows are
    sorted at the end."""
    from sqlalchemy import event

    from hiring.candidates.models import STAGES
    from hiring.candidates.services import board

    sent = []
    with app.app_context():
        event.listen(db.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, parameters, *a: sent.append(
                         (statement, parameters)))
        board(1, sort=sort)
        statement, parameters = sent[-1]
        plan = [row[3] for row in db.session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters)]
    indexed = [step for step in plan if "INDEX ix_candidate_position_stage" in step
               and "(position_id=? AND stage=?)" in step]
    assert len(indexed) == len(STAGES), plan
    assert sum("TEMP B-TREE" in step for step in plan) == 1, plan


def _board_sent(app, **options):
    from sqlalchemy import event

    from hiring.candidates.services import board

    sent = []

    def grab(conn, cursor, statement, parameters, *args):
        sent.append((statement, parameters))

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", grab)
        try:
            columns = board(1, **options)
        finally:
            event.remove(db.engine, "before_cursor_execute", grab)
        statement, parameters = sent[-1]
        plan = [row[3] for row in db.session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters)]
    return columns, statement, plan


def test_sorted_by_name_the_names_come_from_the_index_and_the_page_size_is_in_the_text(app):
    """Sorted by name, the index the pages are read from holds the names: no candidate row is
    looked up. The size and offset are part of the statement's text (a database then plans it
    once for every position)."""
    _, statement, plan = _board_sent(app, sort="name", per_column=7)
    assert not any("SEARCH candidate USING INTEGER PRIMARY KEY" in step for step in plan), plan
    assert "LIMIT 7 OFFSET 0" in statement
    _, statement, plan = _board_sent(app, sort="activity", per_column=7)
    assert any("SEARCH candidate USING INTEGER PRIMARY KEY" in step for step in plan), plan
    _, statement, _ = _board_sent(app, stage="applied", page=3, per_page=5)
    assert "LIMIT 5 OFFSET 10" in statement
