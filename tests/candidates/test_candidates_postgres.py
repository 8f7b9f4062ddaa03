"""The same board, erasure and purge on PostgreSQL."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from hiring.candidates import services
from hiring.candidates.models import Candidate, Note
from hiring.db import db, utcnow
from hiring.positions.models import Position

pytestmark = pytest.mark.postgres


def test_board_erasure_and_purge_on_postgres(pg_app):
    with pg_app.app_context():
        position = Position(title="Inside Sales", status="open")
        db.session.add(position)
        db.session.flush()
        old = utcnow() - timedelta(days=300)
        people = [Candidate(position_id=position.id, name=f"Pat {i}", email=f"pat{i}@example.com",
                            stage="applied" if i % 2 else "writing", last_activity_at=old)
                  for i in range(6)]
        db.session.add_all(people)
        db.session.flush()
        services.add_note(people[0], "Pat 0 sounded keen", None)
        db.session.commit()

        counts = {c.stage.value: c.count for c in services.board(position.id, search="PAT")}
        assert (counts["applied"], counts["writing"]) == (3, 3)

        services.erase_candidate(people[0], "cli")
        db.session.commit()
        assert db.session.scalars(select(Note)).first() is None

        erased = services.purge(timedelta(days=180), dry_run=False)
        db.session.commit()
        assert len(erased) == 5
        assert db.session.scalars(select(Candidate)).first() is None
