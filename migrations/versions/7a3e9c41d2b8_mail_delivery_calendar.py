"""Email delivered in the background: attempts and next try on outbox messages, an HTML part
and calendar invitation, admins' wording of each message, and the interview's calendar
sequence

Revision ID: 7a3e9c41d2b8
Revises: 5c0e7a1f3b92
Create Date: 2026-11-29 21:20:00.000000

"""
import sqlalchemy as sa
from alembic import op

import hiring.db

# revision identifiers, used by Alembic.
revision = '7a3e9c41d2b8'
down_revision = "7b3e9d41c2a8"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=40),
                                      server_default='invitation', nullable=False))
        batch_op.add_column(sa.Column('html', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('calendar', sa.Text(), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('next_try_at', hiring.db.UTCDateTime(timezone=True),
                                      nullable=True))
        batch_op.create_index(batch_op.f('ix_outbox_message_next_try_at'), ['next_try_at'],
                              unique=False)
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.add_column(sa.Column('calendar_sequence', sa.Integer(), server_default='0',
                                      nullable=False))
    op.create_table(
        'mail_message_wording',
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('subject', sa.String(length=200), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_at', hiring.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['updated_by_id'], ['user.id'],
                                name=op.f('fk_mail_message_wording_updated_by_id_user'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('kind', name=op.f('pk_mail_message_wording')),
    )


def downgrade():
    op.drop_table('mail_message_wording')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_column('calendar_sequence')
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_message_next_try_at'))
        batch_op.drop_column('next_try_at')
        batch_op.drop_column('attempts')
        batch_op.drop_column('calendar')
        batch_op.drop_column('html')
        batch_op.drop_column('kind')
