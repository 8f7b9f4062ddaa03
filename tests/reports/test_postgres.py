"""The funnel's database work (JSON stage entries, day numbers, window functions) and the
adverse-impact query on PostgreSQL."""

import pytest

from hiring.db import db
from hiring.positions.models import Position
from hiring.reports import services
from hiring.reports.models import SelfIdentification
from tests.reports.helpers import add_candidate

pytestmark = pytest.mark.postgres


def test_funnel_and_adverse_impact_on_postgres(pg_app):
    with pg_app.app_context():
        position = Position(title="Account Executive", status="open")
        db.session.add(position)
        db.session.flush()
        n = 0
        for sex, went_on, total in (("male", 48, 80), ("female", 12, 40)):
            for i in range(total):
                n += 1
                if i < went_on:
                    c = add_candidate(position.id, n, ["writing", "research"], step_days=3)
                else:
                    c = add_candidate(position.id, n, ["writing"], "writing", step_days=3)
                db.session.add(SelfIdentification(candidate_id=c.id, sex=sex))
        db.session.commit()
        funnel = services.funnel_of(position)
        rows = {row.stage: row for row in funnel.rows}
        assert (rows["writing"].reached, rows["writing"].advanced,
                rows["writing"].screened_out) == (120, 60, 60)
        assert rows["applied"].median_days == pytest.approx(3.0)
        assert rows["writing"].median_days == pytest.approx(3.0)
        assert dict(funnel.reasons) == {"Writing test below the bar": 60}
        writing = next(r for r in services.adverse_impact(position, [("sex",)])
                       if r.stage == "writing")
        female = next(g for g in writing.groups if g.group == ("Female",))
        assert female.impact_ratio == pytest.approx(0.5)
