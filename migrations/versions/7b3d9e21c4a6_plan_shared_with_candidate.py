"""Development plans can be shared with the candidate, who can answer in their own words

Revision ID: 7b3d9e21c4a6
Revises: 5e7a1c0d2b94
Create Date: 2026-11-29 21:30:00

"""
from alembic import op
import sqlalchemy as sa

import hiring.db


revision = '7b3d9e21c4a6'
down_revision = "5b1e7c9a2f40"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('development_plan', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shared_at', hiring.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('candidate_response', sa.Text(), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('candidate_response_at', hiring.db.UTCDateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table('development_plan', schema=None) as batch_op:
        batch_op.drop_column('candidate_response_at')
        batch_op.drop_column('candidate_response')
        batch_op.drop_column('shared_at')
