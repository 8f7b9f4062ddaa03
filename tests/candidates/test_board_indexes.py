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
