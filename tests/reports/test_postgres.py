"""The funnel's database work (JSON stage entries, day numbers, window functions) and the
adverse-impact query on PostgreSQL."""

import pytest
from sqlalchemy import update

from hiring.candidates.models import ScreenOut
from hiring.db import db, utcnow
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
        # Another position's screen-outs, and one of this position's taken back (the
        # candidate back in Writing), stay out of its counts.
        other = Position(title="Sales Development", status="open")
        db.session.add(other)
        db.session.flush()
        for i in range(5):
            add_candidate(other.id, 1000 + i, ["writing", "research"], "research")
        back = add_candidate(position.id, 2000, ["writing"], "writing")
        db.session.flush()
        db.session.execute(update(ScreenOut).where(ScreenOut.candidate_id == back.id)
                           .values(reversed_at=utcnow()))
        back.stage = "writing"
        db.session.commit()
        funnel = services.funnel_of(position)
        rows = {row.stage: row for row in funnel.rows}
        assert (rows["writing"].reached, rows["writing"].advanced,
                rows["writing"].screened_out) == (121, 60, 60)
        assert rows["applied"].median_days == pytest.approx(3.0)
        assert rows["writing"].median_days == pytest.approx(3.0)
        assert dict(funnel.reasons) == {"Writing test below the bar": 60}
        writing = next(r for r in services.adverse_impact(position, [("sex",)])
                       if r.stage == "writing")
        female = next(g for g in writing.groups if g.group == ("Female",))
        assert female.impact_ratio == pytest.approx(0.5)
