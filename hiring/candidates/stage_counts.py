"""How many candidates each stage of each position holds, kept by the database itself.

The board and the position dashboard open with a count per stage. Counting a position's rows
on every view cost the database 2 to 4 ms at 10,000 candidates, the largest part of both
pages on PostgreSQL. The counts are kept instead, in `position_stage_count`, by triggers on
`candidate`: every path that writes candidates keeps them (the models, the bulk inserts and
COPY of the scale generator and the import, deletes cascaded from a position, plain SQL), not
only the paths that go through the ORM. `recount` rebuilds them from the candidates.

On PostgreSQL, inserts and deletes are counted once per statement from its transition table
(a bulk load of 100,000 rows adds to each count once, not 100,000 times), and a move row by
row. Each trigger writes its counts in (position, stage) order, so two moves in one position
take the counts' row locks in the same order and cannot deadlock. SQLite, which has only row
triggers and one writer at a time, counts row by row.

A stage nobody is in has no row, or a row at 0 once its last candidate left.
"""

from __future__ import annotations

from sqlalchemy import DDL, String, event, text
from sqlalchemy.orm import Mapped, mapped_column

from hiring.db import db


class PositionStageCount(db.Model):
    """Candidates of a position in one stage: kept by the database (see the module)."""

    __tablename__ = "position_stage_count"

    # No foreign key: the count is written by the candidate's own triggers, also while a
    # position and its candidates are being deleted.
    position_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    stage: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(default=0)


# The same statements are in the migration that brought the counts (b8d2f4a6c9e1): a
# migration keeps its own copy, so later changes here do not rewrite the past.
POSTGRESQL = (
    """
    CREATE OR REPLACE FUNCTION position_stage_count_keep() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            INSERT INTO position_stage_count AS kept (position_id, stage, n)
            SELECT position_id, stage, count(*) FROM added
            GROUP BY position_id, stage ORDER BY position_id, stage
            ON CONFLICT (position_id, stage) DO UPDATE SET n = kept.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO position_stage_count AS kept (position_id, stage, n)
            SELECT position_id, stage, -count(*) FROM removed
            GROUP BY position_id, stage ORDER BY position_id, stage
            ON CONFLICT (position_id, stage) DO UPDATE SET n = kept.n + EXCLUDED.n;
        ELSIF TG_OP = 'UPDATE' THEN
            INSERT INTO position_stage_count AS kept (position_id, stage, n)
            SELECT * FROM (VALUES (OLD.position_id, OLD.stage, -1),
                                  (NEW.position_id, NEW.stage, 1)) AS moved (position_id, stage, n)
            ORDER BY position_id, stage
            ON CONFLICT (position_id, stage) DO UPDATE SET n = kept.n + EXCLUDED.n;
        ELSE
            DELETE FROM position_stage_count;
        END IF;
        RETURN NULL;
    END
    $$
    """,
    "DROP TRIGGER IF EXISTS candidate_counted_in ON candidate",
    """
    CREATE TRIGGER candidate_counted_in AFTER INSERT ON candidate
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION position_stage_count_keep()
    """,
    "DROP TRIGGER IF EXISTS candidate_counted_out ON candidate",
    """
    CREATE TRIGGER candidate_counted_out AFTER DELETE ON candidate
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE FUNCTION position_stage_count_keep()
    """,
    "DROP TRIGGER IF EXISTS candidate_counted_moving ON candidate",
    """
    CREATE TRIGGER candidate_counted_moving AFTER UPDATE OF stage, position_id ON candidate
    FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage
                       OR OLD.position_id IS DISTINCT FROM NEW.position_id)
    EXECUTE FUNCTION position_stage_count_keep()
    """,
    "DROP TRIGGER IF EXISTS candidate_counted_emptied ON candidate",
    """
    CREATE TRIGGER candidate_counted_emptied AFTER TRUNCATE ON candidate
    FOR EACH STATEMENT EXECUTE FUNCTION position_stage_count_keep()
    """,
)

SQLITE = (
    """
    CREATE TRIGGER IF NOT EXISTS candidate_counted_in AFTER INSERT ON candidate
    BEGIN
        INSERT INTO position_stage_count (position_id, stage, n)
        VALUES (NEW.position_id, NEW.stage, 1)
        ON CONFLICT (position_id, stage) DO UPDATE SET n = n + 1;
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS candidate_counted_out AFTER DELETE ON candidate
    BEGIN
        UPDATE position_stage_count SET n = n - 1
        WHERE position_id = OLD.position_id AND stage = OLD.stage;
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS candidate_counted_moving
    AFTER UPDATE OF stage, position_id ON candidate
    WHEN OLD.stage IS NOT NEW.stage OR OLD.position_id IS NOT NEW.position_id
    BEGIN
        UPDATE position_stage_count SET n = n - 1
        WHERE position_id = OLD.position_id AND stage = OLD.stage;
        INSERT INTO position_stage_count (position_id, stage, n)
        VALUES (NEW.position_id, NEW.stage, 1)
        ON CONFLICT (position_id, stage) DO UPDATE SET n = n + 1;
    END
    """,
)


def _create_triggers(metadata, connection, tables=(), **_) -> None:
    """After create_all: the triggers, once both tables exist."""
    names = {table.name for table in tables} if tables else set(metadata.tables)
    if not {"candidate", PositionStageCount.__tablename__} & names:
        return
    statements = {"postgresql": POSTGRESQL, "sqlite": SQLITE}.get(connection.dialect.name, ())
    for statement in statements:
        connection.execute(DDL(statement))


event.listen(db.metadata, "after_create", _create_triggers)


def recount(connection=None) -> int:
    """Rebuild every kept count from the candidates (after a repair, or to check them);
    returns the number of (position, stage) rows written."""
    run = connection.execute if connection is not None else db.session.execute
    run(PositionStageCount.__table__.delete())
    return run(text(
        "INSERT INTO position_stage_count (position_id, stage, n)"
        " SELECT position_id, stage, count(*) FROM candidate GROUP BY position_id, stage")
    ).rowcount


def drifted(connection=None) -> list[tuple[int, str, int, int]]:
    """(position, stage, kept, counted) wherever a kept count differs from the candidates;
    [] when every count holds."""
    run = connection.execute if connection is not None else db.session.execute
    rows = run(text(
        "SELECT position_id, stage, sum(kept), sum(counted) FROM ("
        " SELECT position_id, stage, n AS kept, 0 AS counted FROM position_stage_count"
        " UNION ALL SELECT position_id, stage, 0, 1 FROM candidate) AS both_sides"
        " GROUP BY position_id, stage HAVING sum(kept) <> sum(counted)"
        " ORDER BY position_id, stage")).all()
    return [tuple(row) for row in rows]
