"""Final presentation: interviews get a kind, a length and the rubric their items came from

Revision ID: 5e7a1c0d2b94
Revises: d9ff5ecac5db
Create Date: 2026-11-29 20:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = '5e7a1c0d2b94'
down_revision = "5c0e7a1f3b92"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), server_default='interview',
                                      nullable=False))
        batch_op.add_column(sa.Column('minutes', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('rubric_id', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('rubric_version', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('rubric_digest', sa.String(length=64), nullable=True))

    with op.batch_alter_table('scorecard', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rubric_id', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('rubric_version', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('rubric_digest', sa.String(length=64), nullable=True))


def downgrade():
    with op.batch_alter_table('scorecard', schema=None) as batch_op:
        batch_op.drop_column('rubric_digest')
        batch_op.drop_column('rubric_version')
        batch_op.drop_column('rubric_id')

    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_column('rubric_digest')
        batch_op.drop_column('rubric_version')
        batch_op.drop_column('rubric_id')
        batch_op.drop_column('minutes')
        batch_op.drop_column('kind')
