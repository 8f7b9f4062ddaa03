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


def test_board_sorts_pages_and_counts_on_postgres(pg_app):
    """PostgreSQL reads each column's page through LATERAL: the same columns as SQLite's."""
    with pg_app.app_context():
        position = Position(title="Inside Sales", status="open")
        db.session.add(position)
        db.session.flush()
        now = utcnow()
        for i, name in enumerate(["Cleo", "Abel", "Bea", "Abel"]):
            db.session.add(Candidate(position_id=position.id, name=name,
                                     email=f"c{i}@example.com", stage="applied",
                                     last_activity_at=now - timedelta(days=i % 2)))
        db.session.add(Candidate(position_id=position.id, name="Dan", email="d@example.com",
                                 stage="hired", last_activity_at=now))
        db.session.commit()
        ids = dict(db.session.execute(select(Candidate.email, Candidate.id)).all())

        columns = {c.stage.value: c for c in services.board(position.id, per_column=3)}
        assert {s: c.count for s, c in columns.items() if c.count} == {"applied": 4, "hired": 1}
        assert [c.id for c in columns["applied"].candidates] == [
            ids["c1@example.com"], ids["c3@example.com"], ids["c2@example.com"]]
        assert columns["writing"].candidates == [] and columns["writing"].count == 0
        newest = services.board(position.id, sort="newest", per_column=2)
        assert [c.name for c in newest[0].candidates] == ["Abel", "Bea"]
        active = services.board(position.id, sort="activity", per_column=4)
        assert [c.name for c in active[0].candidates] == ["Bea", "Cleo", "Abel", "Abel"]
        (second,) = services.board(position.id, stage="applied", page=2, per_page=3)
        assert (second.count, [c.name for c in second.candidates]) == (4, ["Cleo"])
        (beyond,) = services.board(position.id, stage="applied", page=3, per_page=3)
        assert (beyond.count, beyond.candidates) == (4, [])
        (found,) = services.board(position.id, stage="applied", search="ABE")
        assert (found.count, [c.name for c in found.candidates]) == (2, ["Abel", "Abel"])


def test_the_board_reads_names_sorted_by_name_from_its_index_on_postgres(pg_app):
    """Sorted by name, PostgreSQL reads each page's names from the index too, and the page
    size is in the statement's text, so one plan serves every position."""
    from sqlalchemy import event

    with pg_app.app_context():
        position = Position(title="Inside Sales", status="open")
        db.session.add(position)
        db.session.flush()
        for i in range(30):
            db.session.add(Candidate(position_id=position.id, name=f"Pat {i:02}",
                                     email=f"p{i}@example.com", stage="applied"))
        db.session.commit()
        sent = []

        def grab(conn, cursor, statement, parameters, *args):
            sent.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", grab)
        try:
            columns = services.board(position.id, per_column=4)
        finally:
            event.remove(db.engine, "before_cursor_execute", grab)
        assert [c.name for c in columns[0].candidates] == ["Pat 00", "Pat 01", "Pat 02",
                                                           "Pat 03"]
        statement, parameters = sent[-1]
        assert "LIMIT 4" in statement and "OFFSET 0" in statement
        connection = db.session.connection()
        connection.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(row[0] for row in connection.exec_driver_sql(
            "EXPLAIN " + statement, parameters))
        db.session.rollback()
    # The names come with each page's index read (which index depends on the table's size):
    # no candidate is looked up by its key afterwards.
    assert "Index" in plan and "on candidate" in plan, plan
    assert "pk_candidate" not in plan, plan
