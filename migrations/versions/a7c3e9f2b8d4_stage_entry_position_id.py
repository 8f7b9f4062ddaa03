"""Stage entries by position and id: the position dashboard reads a position's newest stage
entry to know whether the stays and visits kept for it still hold, so a move in another
position no longer makes every position's dashboard work them out again

Revision ID: a7c3e9f2b8d4
Revises: f3a9c7d1e5b2
Create Date: 2026-11-30 09:30:00.000000

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7c3e9f2b8d4'
down_revision = 'f3a9c7d1e5b2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_index('ix_stage_entry_position_id', 'stage_entry', ['position_id', 'id'],
                    unique=False)


def downgrade():
    op.drop_index('ix_stage_entry_position_id', table_name='stage_entry')
