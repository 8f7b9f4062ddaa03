"""Indexes for the lists at scale: the board's newest-first columns read (position, stage,
id) in order; the audit log filtered by action reads (action, id) in order; and, on
PostgreSQL, trigram indexes (pg_trgm) for the board's search by any part of a name or email
address (on SQLite these are empty partial indexes, as the models declare them)

Revision ID: b4d1e8f2a6c3
Revises: 7a3e9c41d2b8
Create Date: 2026-11-30 00:50:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'b4d1e8f2a6c3'
down_revision = '7a3e9c41d2b8'
branch_labels = None
depends_on = None

_SEARCHED = ("name", "email")


def upgrade():
    postgres = op.get_bind().dialect.name == "postgresql"
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.create_index('ix_candidate_position_stage_id', ['position_id', 'stage', 'id'],
                              unique=False)
        batch_op.drop_index('ix_candidate_position_stage')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_action_id', ['action', 'id'], unique=False)
        batch_op.drop_index('ix_audit_event_action')
    if postgres:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in _SEARCHED:
        if postgres:
            op.create_index(f'ix_candidate_{column}_trgm', 'candidate', [column], unique=False,
                            postgresql_using='gin', postgresql_ops={column: 'gin_trgm_ops'})
        else:
            op.create_index(f'ix_candidate_{column}_trgm', 'candidate', [column], unique=False,
                            sqlite_where=sa.text('0'))


def downgrade():
    for column in _SEARCHED:
        op.drop_index(f'ix_candidate_{column}_trgm', table_name='candidate')
    # The pg_trgm extension stays: other databases' objects may use it.
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index('ix_audit_event_action', ['action'], unique=False)
        batch_op.drop_index('ix_audit_event_action_id')
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.create_index('ix_candidate_position_stage', ['position_id', 'stage'],
                              unique=False)
        batch_op.drop_index('ix_candidate_position_stage_id')
