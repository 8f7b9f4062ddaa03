from datetime import UTC, datetime, timedelta

import pytest

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.positions.models import Position
from hiring.reports import funnel as fn
from hiring.reports import scores
from hiring.reports import services as reports


def test_the_presentation_step_counts_who_took_it_by_where_they_are_now():
    row = fn.happened_step("presentation", {"interview": 2, "decision": 3, "hired": 1,
                                            "screened_out": 1})
    assert (row.reached, row.current, row.advanced, row.screened_out) == (7, 2, 4, 1)
    assert row.conversion == pytest.approx(4 / 5)


def test_the_funnel_shows_the_presentation_after_the_interview_only_once_it_happened(
        app, setup, present, make_candidate):
    # A candidate who went on to the decision without presenting does not count at it.
    make_candidate(position_id=setup.position_id, stage="decision")
    present("ana", "ben", hours_ago=-24)  # tomorrow: not given yet
    with app.app_context():
        funnel = reports.funnel_of(db.session.get(Position, setup.position_id))
        stages = [row.stage for row in funnel.rows]
        assert stages[stages.index("interview") + 1] == "presentation"
        assert {r.stage: r for r in funnel.rows}["presentation"].reached == 0
        from hiring.interviews.models import Interview

        presentation = db.session.scalars(db.select(Interview)).one()
        presentation.scheduled_at = datetime.now(UTC) - timedelta(hours=1)
        db.session.commit()
        funnel = reports.funnel_of(db.session.get(Position, setup.position_id))
        row = {r.stage: r for r in funnel.rows}["presentation"]
        assert (row.reached, row.current) == (1, 1)


def test_the_presentation_score_is_a_step_in_validity_apart_from_the_interview(
        app, setup, present, score):
    presentation_id = present("ana", "ben")
    score(presentation_id, "ana", [4, 4, 4, 4, 4])
    score(presentation_id, "ben", [4, 4, 4, 4, 4])
    with app.app_context():
        db.session.get(Candidate, setup.candidate_id).stage = "hired"
        db.session.commit()
        steps = {s.step: s for s in scores.step_scores(setup.position_id, hires_only=True)}
        assert steps["presentation"].scores == {setup.candidate_id: 100.0}
        assert steps["presentation"].threshold == 65
        # The criteria's levels do not leak into the interview's mean points per question.
        assert "interview" not in steps
        assert scores.interview_scores(setup.position_id) == {}
        rows = scores.validity_rows(setup.position_id)
        assert (setup.candidate_id, "Final presentation", 100.0) in rows
        reports.record_outcome(db.session.get(Candidate, setup.candidate_id), 90, 3, 4, None)
        report = reports.validity_report(db.session.get(Position, setup.position_id), 90, rows)
        assert report["by_key"]["Final presentation"].n == 1
