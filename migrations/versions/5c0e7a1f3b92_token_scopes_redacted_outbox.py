"""API token scopes and expiry; invitation links redacted in the outbox

Revision ID: 5c0e7a1f3b92
Revises: d9ff5ecac5db
Create Date: 2026-11-29 20:35:00.000000

"""
import re

import sqlalchemy as sa
from alembic import op

import hiring.db

# revision identifiers, used by Alembic.
revision = '5c0e7a1f3b92'
down_revision = 'd9ff5ecac5db'
branch_labels = None
depends_on = None

ALL_SCOPES = "read:positions read:candidates read:scores"
# An invitation link's token (32 random bytes, URL-safe) after /i/ in a stored email body.
_TOKEN = re.compile(r"(/i/)[A-Za-z0-9_-]{20,}")
_REDACTED = r"\1[link not kept: shown once to whoever invited]"


def upgrade():
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.alter_column('scope', existing_type=sa.String(length=20),
                              type_=sa.String(length=120), existing_nullable=False)
        batch_op.add_column(sa.Column('expires_at', hiring.db.UTCDateTime(timezone=True),
                                      nullable=True))
    connection = op.get_bind()
    # A token made before scopes existed could read everything; it keeps doing so (its admin
    # can revoke it and issue narrower ones) rather than breaking what uses it.
    api_token = sa.table('api_token', sa.column('scope', sa.String))
    connection.execute(api_token.update().where(api_token.c.scope == 'read')
                       .values(scope=ALL_SCOPES))
    # Messages kept before held working links; keep only a redacted copy.
    outbox = sa.table('outbox_message', sa.column('id', sa.Integer),
                      sa.column('body', sa.Text))
    for message_id, body in connection.execute(sa.select(outbox.c.id, outbox.c.body)).all():
        redacted = _TOKEN.sub(_REDACTED, body or "")
        if redacted != body:
            connection.execute(outbox.update().where(outbox.c.id == message_id)
                               .values(body=redacted))


def downgrade():
    api_token = sa.table('api_token', sa.column('scope', sa.String))
    op.get_bind().execute(api_token.update().values(scope='read'))
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.drop_column('expires_at')
        batch_op.alter_column('scope', existing_type=sa.String(length=120),
                              type_=sa.String(length=20), existing_nullable=False)
