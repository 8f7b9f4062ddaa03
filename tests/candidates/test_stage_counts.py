"""The counts per stage the database keeps (hiring.candidates.stage_counts) stay equal to the
candidates themselves, whichever way candidates come, move and go, on both databases; the board
and the dashboard show them."""

from __future__ import annotations

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import delete, insert, select, update

from hiring import create_app
from hiring.candidates.models import Candidate
from hiring.candidates.services import records, screening
from hiring.candidates.services.board import board, stage_counts
from hiring.candidates.services.intake import add_candidate, import_candidates
from hiring.candidates.stage_counts import PositionStageCount, drifted, recount
from hiring.db import db
from hiring.positions.models import Position
from hiring.reports.services import pipeline
from tests.conftest import base_config


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app_config(request):
    if request.param == "sqlite":
        return {}
    return {"SQLALCHEMY_DATABASE_URI": request.getfixturevalue("postgres_database")}


def kept(position_id: int) -> dict[str, int]:
    return {row.stage: row.n for row in db.session.scalars(select(PositionStageCount).where(
        PositionStageCount.position_id == position_id)) if row.n}


def test_every_way_a_candidate_comes_moves_and_goes_keeps_the_counts(app, make_position,
                                                                    make_user):
    first, second = make_position(), make_position(title="SDR")
    manager = make_user("manager")
    with app.app_context():
        from hiring.auth.models import User

        actor = db.session.get(User, manager)
        position = db.session.get(Position, first)
        ann = add_candidate(position, name="Ann Lee", email="ann@example.com", actor=actor)
        bob = add_candidate(position, name="Bob Ray", email="bob@example.com", actor=actor)
        import_candidates(position, "name,email\nCy Dee,cy@example.com\nDi Fox,di@example.com\n",
                          actor)
        db.session.commit()
        assert kept(first) == {"applied": 4}

        screening.move_candidate(ann, "writing", actor)
        db.session.commit()
        assert kept(first) == {"applied": 3, "writing": 1}

        screening.screen_out(bob, "withdrew", "Took another offer.", actor)
        db.session.commit()
        assert kept(first) == {"applied": 2, "writing": 1, "screened_out": 1}
        screening.reverse_screen_out(bob, "Came back.", actor)
        db.session.commit()
        assert kept(first) == {"applied": 3, "writing": 1}

        records.erase_candidate(ann, actor)
        db.session.commit()
        assert kept(first) == {"applied": 3}

        # Plain SQL, in bulk: inserts of many rows, a move of many, a move to another
        # position, a delete of many.
        db.session.execute(insert(Candidate), [
            {"position_id": second, "name": f"Bulk {i}", "email": f"bulk{i}@example.com",
             "stage": "writing" if i % 3 else "interview"} for i in range(30)])
        assert kept(second) == {"writing": 20, "interview": 10}
        db.session.execute(update(Candidate).where(Candidate.position_id == second,
                                                   Candidate.stage == "interview")
                           .values(stage="offer"))
        assert kept(second) == {"writing": 20, "offer": 10}
        db.session.execute(update(Candidate).where(Candidate.name == "Bulk 1")
                           .values(position_id=first))
        assert kept(first) == {"applied": 3, "writing": 1}
        assert kept(second) == {"writing": 19, "offer": 10}
        # A change to anything but the stage or the position leaves the counts alone.
        db.session.execute(update(Candidate).values(notes="seen"))
        db.session.execute(delete(Candidate).where(Candidate.position_id == second,
                                                   Candidate.stage == "writing"))
        assert kept(second) == {"offer": 10}
        db.session.commit()
        assert drifted() == []


def test_a_move_rolled_back_leaves_the_counts_as_they_were(app, make_candidate):
    candidate_id = make_candidate(stage="applied")
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        position_id = candidate.position_id
        candidate.stage = "writing"
        db.session.flush()
        assert kept(position_id) == {"writing": 1}
        db.session.rollback()
        assert kept(position_id) == {"applied": 1}


def test_deleting_a_position_takes_its_candidates_out_of_the_counts(app, make_candidate,
                                                                   make_position):
    position_id = make_position()
    for _ in range(3):
        make_candidate(position_id=position_id)
    with app.app_context():
        db.session.execute(delete(Position).where(Position.id == position_id))
        db.session.commit()
        assert kept(position_id) == {}
        assert drifted() == []


def test_drift_is_found_and_a_recount_mends_it(app, make_candidate):
    candidate_id = make_candidate(stage="offer")
    with app.app_context():
        position_id = db.session.get(Candidate, candidate_id).position_id
        db.session.execute(update(PositionStageCount).values(n=PositionStageCount.n + 5))
        assert drifted() == [(position_id, "offer", 6, 1)]
        recount()
        assert drifted() == []
        assert kept(position_id) == {"offer": 1}


def test_the_board_and_the_dashboard_show_the_kept_counts(app, client, login_as,
                                                           make_candidate, make_position):
    position_id = make_position()
    for stage in ("applied", "applied", "writing", "offer"):
        make_candidate(position_id=position_id, stage=stage)
    with app.app_context():
        # Kept counts are what the pages show: make them say something the rows do not.
        db.session.execute(update(PositionStageCount).where(
            PositionStageCount.stage == "offer").values(n=7))
        db.session.commit()
        columns = {c.stage.value: c.count for c in board(position_id)}
        assert columns["applied"] == 2 and columns["writing"] == 1 and columns["offer"] == 7
        assert stage_counts(position_id)["offer"] == 7
        assert pipeline._counts(position_id).stages == {"applied": 2, "writing": 1, "offer": 7}
        # A search counts the matching rows themselves.
        assert stage_counts(position_id, search="Candidate")["offer"] == 1
        assert {c.stage.value: c.count for c in board(
            position_id, search="Candidate")}["offer"] == 1
        recount()
        db.session.commit()
    login_as("manager")
    assert client.get(f"/reports/positions/{position_id}").status_code == 200
    assert client.get(f"/candidates/positions/{position_id}/board").status_code == 200


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql",
                                                         marks=pytest.mark.postgres)])
def test_migrations_count_the_candidates_already_there_and_keep_counting(tmp_path, request,
                                                                         database):
    url = request.getfixturevalue("postgres_database") if database == "postgresql" else None
    app = create_app(base_config(tmp_path, url))
    with app.app_context():
        upgrade(revision="a7c3e9f2b8d4")  # the revision before the counts
        # Only the columns that schema has (the model has gained some since).
        position_id = db.session.scalar(insert(Position).values(title="AE", status="open")
                                        .returning(Position.id))
        db.session.add_all([Candidate(position_id=position_id, name=f"C {i}",
                                      email=f"c{i}@example.com", stage=stage)
                            for i, stage in enumerate(("applied", "applied", "interview"))])
        db.session.commit()
        upgrade()
        assert kept(position_id) == {"applied": 2, "interview": 1}
        db.session.execute(update(Candidate).where(Candidate.stage == "applied")
                           .values(stage="writing"))
        db.session.commit()
        assert kept(position_id) == {"writing": 2, "interview": 1}
        db.session.remove()
        downgrade(revision="a7c3e9f2b8d4")
        # No trigger is left behind to write to the table that is gone.
        db.session.execute(update(Candidate).values(stage="offer"))
        db.session.commit()
        db.engine.dispose()
