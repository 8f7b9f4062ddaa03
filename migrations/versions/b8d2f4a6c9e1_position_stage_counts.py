"""Candidates per stage of each position, kept by triggers on candidate: the board and the
position dashboard read a position's counts from position_stage_count instead of counting its
candidates on every view

Revision ID: b8d2f4a6c9e1
Revises: a7c3e9f2b8d4
Create Date: 2026-11-30 12:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'b8d2f4a6c9e1'
down_revision = 'a7c3e9f2b8d4'
branch_labels = None
depends_on = None

# The triggers as they were made at this revision (hiring/candidates/stage_counts.py).
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


def upgrade():
    op.create_table(
        'position_stage_count',
        sa.Column('position_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('stage', sa.String(length=20), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('position_id', 'stage', name=op.f('pk_position_stage_count')),
    )
    if op.get_bind().dialect.name == "postgresql":
        # No candidate may come, move or go between the count and the triggers.
        op.execute("LOCK TABLE candidate IN SHARE ROW EXCLUSIVE MODE")
    op.execute("INSERT INTO position_stage_count (position_id, stage, n)"
               " SELECT position_id, stage, count(*) FROM candidate"
               " GROUP BY position_id, stage")
    for statement in {"postgresql": POSTGRESQL, "sqlite": SQLITE}.get(
            op.get_bind().dialect.name, ()):
        op.execute(statement)


def downgrade():
    for trigger in ("candidate_counted_in", "candidate_counted_out", "candidate_counted_moving",
                    "candidate_counted_emptied"):
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON candidate")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS position_stage_count_keep()")
    op.drop_table('position_stage_count')
