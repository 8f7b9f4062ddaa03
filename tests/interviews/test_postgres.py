"""The interview queries on PostgreSQL: outstanding scorecards, debrief, calibration, kit."""

import pytest

from hiring.auth.models import User
from hiring.db import db
from hiring.interviews import services
from hiring.interviews.models import Interview
from hiring.positions.models import Position

pytestmark = pytest.mark.postgres


@pytest.fixture
def app_config(postgres_database):
    return {"SQLALCHEMY_DATABASE_URI": postgres_database}


def test_scoring_debrief_and_calibration_on_postgres(app, setup, schedule, score,
                                                     make_candidate):
    second = make_candidate(position_id=setup.position_id, stage="interview")
    first = schedule("ana", "ben", hours_ago=5)
    other = schedule("ana", "ben", hours_ago=2, candidate_id=second)
    score(first, "ana", [4, 3, 5])
    score(first, "ben", [2, 3, 4])
    score(other, "ana", [3, 3, 3], submit=False)
    with app.app_context():
        ana = db.session.get(User, setup.users["ana"])
        ben = db.session.get(User, setup.users["ben"])
        assert [i.id for i in services.outstanding_scorecards(ana)] == [other]
        assert [i.id for i in services.outstanding_scorecards(ben)] == [other]
        result = services.debrief(db.session.get(Interview, first))
        assert [r.spread for r in result.rows] == [2, 1, 0]
        calibration = services.calibration(db.session.get(Position, setup.position_id))
        assert calibration.alpha.ratings == 6
        assert services.kit_context(db.session.get(Interview, first))["exercises"] == []
