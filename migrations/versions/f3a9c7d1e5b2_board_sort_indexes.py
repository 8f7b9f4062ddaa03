"""Board sort indexes with the id: (position, stage, name, id) and (position, stage, last
activity, id) in place of the same without the id, so each column's page is read in sort
order with no sort of equal names or times and, on PostgreSQL, from the index alone

Revision ID: f3a9c7d1e5b2
Revises: e1f4a8c2d6b7
Create Date: 2026-11-30 09:00:00.000000

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = 'f3a9c7d1e5b2'
down_revision = 'e1f4a8c2d6b7'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.create_index('ix_candidate_position_stage_name_id',
                              ['position_id', 'stage', 'name', 'id'], unique=False)
        batch_op.create_index('ix_candidate_position_stage_activity_id',
                              ['position_id', 'stage', 'last_activity_at', 'id'], unique=False)
        batch_op.drop_index('ix_candidate_position_stage_name')
        batch_op.drop_index('ix_candidate_position_stage_activity')


def downgrade():
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.create_index('ix_candidate_position_stage_activity',
                              ['position_id', 'stage', 'last_activity_at'], unique=False)
        batch_op.create_index('ix_candidate_position_stage_name',
                              ['position_id', 'stage', 'name'], unique=False)
        batch_op.drop_index('ix_candidate_position_stage_activity_id')
        batch_op.drop_index('ix_candidate_position_stage_name_id')
