"""The funnel reads the stage history (stage_entry) written beside the audit log: moves made
through the services give the same figures as the history the migration fills in from the
audit log, and erasure takes a candidate's history with them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import delete, func, select

from hiring.audit import AuditEvent
from hiring.db import db

MIGRATION = (Path(__file__).resolve().parents[2] / "migrations" / "versions"
             / "99b607b0b5f3_stage_history.py")


def _backfill():
    spec = importlib.util.spec_from_file_location("stage_history_migration", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.backfill


def _pipeline(position):
    """Moves, screen-outs (one reversed) and an erasure, all through the services."""
    from hiring.candidates import services

    people = [services.add_candidate(position, name=f"Person {n}", email=f"p{n}@example.com")
              for n in range(8)]
    paths = [["writing", "research", "interview"], ["writing"], ["writing", "research"],
             [], ["writing", "research", "interview", "decision"], ["writing"], ["writing"],
             ["writing", "research"]]
    for person, path in zip(people, paths, strict=True):
        for stage in path:
            services.move_candidate(person, stage, None)
    services.screen_out(people[1], "withdrew", "", None)
    services.screen_out(people[5], "other", "Moved abroad", None)
    services.reverse_screen_out(people[5], "Came back", None)
    services.move_candidate(people[5], "research", None)
    services.screen_out(people[6], "withdrew", "", None)
    services.erase_candidate(people[7], None)
    db.session.commit()
    return people


def _funnel(app, position_id):
    from hiring.positions.models import Position
    from hiring.reports.services.pipeline import funnel_of, stays_cache

    stays_cache().clear()
    return funnel_of(db.session.get(Position, position_id))


def test_history_from_the_services_and_from_the_audit_log_give_one_funnel(
        app, make_position):
    from hiring.candidates.models import StageEntry
    from hiring.positions.models import Position

    position_id = make_position()
    with app.test_request_context():
        people = _pipeline(db.session.get(Position, position_id))
        live = _funnel(app, position_id)
        written = db.session.execute(select(
            StageEntry.candidate_id, StageEntry.stage, StageEntry.from_stage, StageEntry.at)
            .order_by(StageEntry.id)).all()
        # Arrival, moves, screen-outs and the reversal: one entry each; none of the erased.
        assert len(written) == 8 - 1 + 14 - 2 + 3 + 1 + 1
        assert people[7].id not in {row.candidate_id for row in written}
        assert ({row.stage for row in written if row.candidate_id == people[5].id}
                == {"applied", "writing", "screened_out", "research"})

        db.session.execute(delete(StageEntry))
        assert _backfill()(db.session.connection()) == len(written)
        rebuilt = db.session.execute(select(
            StageEntry.candidate_id, StageEntry.stage, StageEntry.from_stage, StageEntry.at)
            .order_by(StageEntry.id)).all()
        assert rebuilt == written
        assert _funnel(app, position_id) == live
    rows = {row.stage: row for row in live.rows}
    # 7 candidates left: one never moved, one screened out at writing for good, one back.
    assert rows["applied"].reached == 7 and rows["writing"].reached == 6
    assert rows["research"].reached == 4 and rows["interview"].reached == 2
    assert rows["decision"].reached == 1
    assert rows["writing"].screened_out == 2


def test_erasure_keeps_the_audit_entries_and_removes_the_history(app, make_position):
    from hiring.candidates import services
    from hiring.candidates.models import StageEntry
    from hiring.positions.models import Position

    position_id = make_position()
    with app.test_request_context():
        person = services.add_candidate(db.session.get(Position, position_id), name="Eve Erased",
                                        email="eve@example.com")
        services.move_candidate(person, "writing", None)
        db.session.commit()
        candidate_id = person.id
        services.erase_candidate(person, None)
        db.session.commit()
        assert db.session.scalar(select(func.count()).select_from(StageEntry).where(
            StageEntry.candidate_id == candidate_id)) == 0
        assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.candidate_id == candidate_id,
            AuditEvent.action == "candidate.stage_changed")) == 1


def test_the_cached_funnel_follows_each_move(
        app, make_position):
    from hiring.candidates import services
    from hiring.positions.models import Position
    from hiring.reports.services.pipeline import funnel_of

    position_id = make_position()
    with app.test_request_context():
        position = db.session.get(Position, position_id)
        first = services.add_candidate(position, name="Ann", email="ann@example.com")
        second = services.add_candidate(position, name="Bo", email="bo@example.com")
        services.move_candidate(first, "writing", None)
        db.session.commit()
        before = {row.stage: row.reached for row in funnel_of(position).rows}
        # One leaves Writing for Research, the other arrives in Writing.
        services.move_candidate(first, "research", None)
        services.move_candidate(second, "writing", None)
        db.session.commit()
        after = {row.stage: row.reached for row in funnel_of(position).rows}
    assert (before["writing"], before["research"]) == (1, 0)
    assert (after["writing"], after["research"]) == (2, 1)


def test_a_move_in_another_position_leaves_the_kept_stays_standing(app, make_position):
    from hiring.candidates import services
    from hiring.positions.models import Position
    from hiring.reports.services.pipeline import funnel_of, stays_cache

    here_id, there_id = make_position(), make_position()
    with app.test_request_context():
        here, there = db.session.get(Position, here_id), db.session.get(Position, there_id)
        ann = services.add_candidate(here, name="Ann", email="ann@example.com")
        bo = services.add_candidate(there, name="Bo", email="bo@example.com")
        services.move_candidate(ann, "writing", None)
        db.session.commit()
        stays_cache().clear()
        funnel_of(here)
        kept = stays_cache()[here_id][1]
        services.move_candidate(bo, "writing", None)
        db.session.commit()
        funnel_of(here)
        assert stays_cache()[here_id][1] is kept
        # A move here works them out again.
        services.move_candidate(ann, "research", None)
        db.session.commit()
        after = {row.stage: row.reached for row in funnel_of(here).rows}
        assert stays_cache()[here_id][1] is not kept
    assert (after["writing"], after["research"]) == (1, 1)
