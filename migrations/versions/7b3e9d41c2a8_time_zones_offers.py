"""Time zones for staff and candidates; offers with pay and start date

Revision ID: 7b3e9d41c2a8
Revises: d9ff5ecac5db
Create Date: 2026-11-29 21:30:00

"""
from alembic import op
import sqlalchemy as sa

import hiring.db


revision = '7b3e9d41c2a8'
down_revision = "017a65ad599b"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timezone', sa.String(length=64), nullable=True))

    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timezone', sa.String(length=64), nullable=True))

    op.create_table(
        'offer',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('offered_on', sa.Date(), nullable=False),
        sa.Column('pay', sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('proposed_start', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('agreed_start', sa.Date(), nullable=True),
        sa.Column('refusal_reason', sa.Text(), nullable=False),
        sa.Column('made_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', hiring.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column('answered_at', hiring.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'],
                                name=op.f('fk_offer_candidate_id_candidate'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['made_by_id'], ['user.id'],
                                name=op.f('fk_offer_made_by_id_user'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_offer')),
    )
    with op.batch_alter_table('offer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_offer_candidate_id'), ['candidate_id'], unique=False)


def downgrade():
    with op.batch_alter_table('offer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_offer_candidate_id'))
    op.drop_table('offer')

    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.drop_column('timezone')

    with op.batch_alter_table('user', schema=None) as batch_op:
        batch_op.drop_column('timezone')
