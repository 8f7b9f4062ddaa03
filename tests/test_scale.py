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
        # The counts per stage the database keeps followed the bulk load (COPY on PostgreSQL).
        from hiring.candidates.stage_counts import drifted

        assert drifted() == []
        ids = select(scaled.subquery().c.id)
        submissions = db.session.scalar(select(func.count(Submission.id)).where(
            Submission.candidate_id.in_(ids)))
        past_applied = count - stages.get("applied", 0)
        assert 0 < submissions <= past_applied
        assert db.session.scalar(select(func.count(Review.id))) > 0
        assert db.session.scalar(select(func.count(Scorecard.id))) > 0
        assert db.session.scalar(select(func.count(Rating.id))) >= \
            3 * db.session.scalar(select(func.count(Scorecard.id)))


def _report(output: str) -> dict[str, tuple[int, float, int]]:
    """The generator's table: {table: (rows, seconds, rows a second)}."""
    found = {}
    for line in output.splitlines():
        parts = line.rsplit(None, 3)
        if len(parts) == 4 and parts[1].replace(",", "").isdigit():
            found[parts[0].strip()] = (int(parts[1].replace(",", "")), float(parts[2]),
                                       int(parts[3].replace(",", "")))
    return found


def _check_report(app, output: str, count: int) -> None:
    from hiring.audit import AuditEvent
    from hiring.candidates.models import StageEntry

    report = _report(output)
    assert report["candidate"][0] == count
    assert "Generated in" in output and f"{count:,} candidates (" in output
    with app.app_context():
        for table, (rows, seconds, per_second) in report.items():
            if table == "all tables (writing)":
                continue
            assert rows <= db.session.scalar(text(f'SELECT count(*) FROM "{table}"'))
            assert seconds >= 0 and (per_second > 0 or seconds == 0)
        assert report["all tables (writing)"][0] == sum(
            rows for table, (rows, _, _) in report.items() if table != "all tables (writing)")
        # Every stage move of the scale data is in the stage history, at the same moment.
        moves = db.session.execute(select(AuditEvent.candidate_id, AuditEvent.at).where(
            AuditEvent.actor_label == "scale").order_by(AuditEvent.id)).all()
        entries = db.session.execute(select(StageEntry.candidate_id, StageEntry.at).where(
            StageEntry.candidate_id.in_({cid for cid, _ in moves})).order_by(
            StageEntry.id)).all()
        assert moves and entries == moves and report["stage_entry"][0] == len(moves)


def test_scale_data_is_complete_and_consistent_on_sqlite(app, runner, login_as, client):
    output = _scale(app, runner, 600)
    _check_report(app, output, 600)
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
    output = _scale(pg_app, runner, 300)
    _check_report(pg_app, output, 300)
    _check(pg_app, 300)
    with pg_app.app_context():
        from hiring.candidates.models import Candidate

        # Sequences moved past the explicit ids: an ordinary insert still works.
        candidate = Candidate(position_id=1, name="After Scale", email="after@example.com")
        db.session.add(candidate)
        db.session.commit()
        assert candidate.id > 300
