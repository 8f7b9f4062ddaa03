"""Work-preference questionnaire: a position's profile and a candidate's response

Revision ID: 5b1e7c9a2f40
Revises: d9ff5ecac5db
Create Date: 2026-11-29 20:50:00

"""
from alembic import op
import sqlalchemy as sa

import hiring.db


# revision identifiers, used by Alembic.
revision = '5b1e7c9a2f40'
down_revision = "5e7a1c0d2b94"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('preference_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('questionnaire_id', sa.String(length=80), nullable=False),
    sa.Column('questionnaire_version', sa.Integer(), nullable=False),
    sa.Column('traits', sa.JSON(), nullable=False),
    sa.Column('knockouts', sa.JSON(), nullable=False),
    sa.Column('updated_at', hiring.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['position_id'], ['position.id'], name=op.f('fk_preference_profile_position_id_position'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user.id'], name=op.f('fk_preference_profile_updated_by_id_user'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_preference_profile')),
    sa.UniqueConstraint('position_id', name=op.f('uq_preference_profile_position_id'))
    )
    op.create_table('preference_response',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('questionnaire_id', sa.String(length=80), nullable=False),
    sa.Column('questionnaire_version', sa.Integer(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('knockouts', sa.JSON(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('started_at', hiring.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('saved_at', hiring.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('submitted_at', hiring.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.Column('suitability', sa.Float(), nullable=True),
    sa.Column('consistency', sa.Float(), nullable=True),
    sa.Column('eligible', sa.Boolean(), nullable=True),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], name=op.f('fk_preference_response_candidate_id_candidate'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_preference_response')),
    sa.UniqueConstraint('candidate_id', name=op.f('uq_preference_response_candidate_id'))
    )


def downgrade():
    op.drop_table('preference_response')
    op.drop_table('preference_profile')
