"""A position's outcomes_due: the period its whole outcomes list is due in ("by the end of
the twelfth full month after the hire date"), taken by statements that give no deadline

Revision ID: c3f8a1d5e7b2
Revises: b8d2f4a6c9e1
Create Date: 2026-11-30 17:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'c3f8a1d5e7b2'
down_revision = 'b8d2f4a6c9e1'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.add_column(sa.Column('outcomes_due', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_column('outcomes_due')
