"""flask --app app demo load --scale N: realistic records in bulk, usable by every page."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from hiring.db import db


def _scale(app, runner, count: int):
    result = runner.invoke(args=["demo", "load", "--scale", str(count)])
    assert result.exit_code == 0, result.output
    return result.output


def _check(app, count: int):
    from hiring.assessments.models import Review, Submission
    from hiring.candidates.models import STAGES, Candidate
    from hiring.interviews.models import Rating, Scorecard

    with app.app_context():
        scaled = select(Candidate).where(Candidate.email.like("scale%"))
        stages = dict(db.session.execute(
            select(Candidate.stage, func.count()).where(Candidate.email.like("scale%"))
            .group_by(Candidate.stage)).all())
        assert sum(stages.values()) == count
        assert set(stages) <= set(STAGES) and len(stages) >= 6
        ids = select(scaled.subquery().c.id)
        submissions = db.session.scalar(select(func.count(Submission.id)).where(
            Submission.candidate_id.in_(ids)))
        past_applied = count - stages.get("applied", 0)
        assert 0 < submissions <= past_applied
        assert db.session.scalar(select(func.count(Review.id))) > 0
        assert db.session.scalar(select(func.count(Scorecard.id))) > 0
        assert db.session.scalar(select(func.count(Rating.id))) >= \
            3 * db.session.scalar(select(func.count(Scorecard.id)))


def test_scale_data_is_complete_and_consistent_on_sqlite(app, runner, login_as, client):
    output = _scale(app, runner, 600)
    assert "Generated in" in output and "600 candidate" in output
    _check(app, 600)
    with app.app_context():
        problems = db.session.execute(text("PRAGMA foreign_key_check")).all()
        assert problems == []
    login_as("manager")
    with app.app_context():
        from hiring.positions.models import Position

        position_id = db.session.scalar(select(Position.id).where(
            Position.title.like("Account Executive, Territory%")))
    assert client.get(f"/candidates/positions/{position_id}/board").status_code == 200
    assert client.get(f"/reports/positions/{position_id}").status_code == 200


def test_scale_can_be_added_twice(app, runner):
    _scale(app, runner, 50)
    _scale(app, runner, 50)
    _check(app, 100)


def test_scale_without_interviewers_explains_itself(app, runner, make_user):
    make_user("manager")
    from hiring.scale import generate

    with app.app_context(), pytest.raises(ValueError, match="Load the demo data first"):
        generate(10)


@pytest.mark.postgres
def test_scale_data_on_postgresql(pg_app):
    runner = pg_app.test_cli_runner()
    _scale(pg_app, runner, 300)
    _check(pg_app, 300)
    with pg_app.app_context():
        from hiring.candidates.models import Candidate

        # Sequences moved past the explicit ids: an ordinary insert still works.
        candidate = Candidate(position_id=1, name="After Scale", email="after@example.com")
        db.session.add(candidate)
        db.session.commit()
        assert candidate.id > 300
