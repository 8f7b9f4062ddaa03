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
