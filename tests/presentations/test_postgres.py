"""The final presentation's scheduling, scoring, funnel step and validity scores on
PostgreSQL."""

from datetime import UTC, datetime, timedelta

import pytest

from hiring.auth.services import create_user
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.interviews import services as interviews
from hiring.positions.models import Position
from hiring.presentations import services
from hiring.reports import scores
from hiring.reports import services as reports

pytestmark = pytest.mark.postgres


def test_a_presentation_is_scheduled_scored_and_reported_on_postgres(pg_app):
    with pg_app.app_context():
        position = Position(title="Account Executive", status="open")
        db.session.add(position)
        db.session.flush()
        candidate = Candidate(position_id=position.id, name="Rosa Lind",
                              email="rosa@example.com", stage="decision")
        db.session.add(candidate)
        manager = create_user("max@example.test", "manager", "a long password here", "Max")
        panel = [create_user(f"{n}@example.test", "interviewer", "a long password here", n)
                 for n in ("ana", "ben")]
        presentation = services.schedule_presentation(
            candidate, panel=panel, scheduled_at=datetime.now(UTC) - timedelta(hours=1),
            minutes=30, location="Boardroom", actor=manager)
        for user, levels in zip(panel, ((4, 4, 4, 4, 4), (4, 4, 2, 4, 4)), strict=True):
            card = interviews.scorecard_for(presentation, user)
            rated = [q for q in presentation.questions if q.rated]
            interviews.save_scorecard(
                card, {q.id: interviews.RatingInput(p) for q, p in zip(rated, levels,
                                                                          strict=True)},
                recommendation="yes", notes="", submit=True, actor=user)
        db.session.commit()
        row = {r.stage: r for r in reports.funnel_of(position).rows}["presentation"]
        assert (row.reached, row.advanced) == (1, 1)
        steps = {s.step: s for s in scores.step_scores(position.id)}
        # Full marks but 3 of 4 on one criterion weighing 2 of 10: 100 - 2/3 * 2/10 * 100.
        assert steps["presentation"].scores[candidate.id] == pytest.approx(280 / 3)
        assert scores.interview_scores(position.id) == {}
