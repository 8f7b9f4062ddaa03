"""Stage history: a stage_entry row for every stage move the audit log records, read by
position (the funnel used to read the whole audit log), filled from the audit log;
handed-in work read oldest first (submitted_at, id) by the review queue and the dashboard;
every interview, most recent first (scheduled_at, id); and candidates in some stages by name
(stage, name, id) for the plans page

Revision ID: 99b607b0b5f3
Revises: b4d1e8f2a6c3
Create Date: 2026-11-30 03:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '99b607b0b5f3'
down_revision = 'b4d1e8f2a6c3'
branch_labels = None
depends_on = None


def backfill(bind) -> int:
    """One stage entry per audit entry that names the stage a present candidate entered, in
    the log's order (so entries of the same moment keep it), with the stage left."""
    audit = sa.table("audit_event", sa.column("id", sa.Integer),
                     sa.column("at", sa.DateTime(timezone=True)),
                     sa.column("candidate_id", sa.Integer), sa.column("before", sa.JSON),
                     sa.column("after", sa.JSON))
    candidate = sa.table("candidate", sa.column("id", sa.Integer),
                         sa.column("position_id", sa.Integer))
    entry = sa.table("stage_entry", sa.column("candidate_id", sa.Integer),
                     sa.column("position_id", sa.Integer), sa.column("stage", sa.String),
                     sa.column("from_stage", sa.String),
                     sa.column("at", sa.DateTime(timezone=True)))
    entered = audit.c.after["stage"].as_string()
    left = audit.c.before["stage"].as_string()
    rows = (sa.select(audit.c.candidate_id, candidate.c.position_id, entered, left, audit.c.at)
            .join(candidate, candidate.c.id == audit.c.candidate_id)
            .where(entered.is_not(None)).order_by(audit.c.id))
    result = bind.execute(entry.insert().from_select(
        ["candidate_id", "position_id", "stage", "from_stage", "at"], rows))
    return result.rowcount


def upgrade():
    op.create_table(
        'stage_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('candidate_id', sa.Integer(), nullable=False),
        sa.Column('position_id', sa.Integer(), nullable=False),
        sa.Column('stage', sa.String(length=20), nullable=False),
        sa.Column('from_stage', sa.String(length=20), nullable=True),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'],
                                name=op.f('fk_stage_entry_candidate_id_candidate'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['position_id'], ['position.id'],
                                name=op.f('fk_stage_entry_position_id_position'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_entry')),
    )
    backfill(op.get_bind())
    with op.batch_alter_table('stage_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_entry_candidate_id'), ['candidate_id'],
                              unique=False)
        batch_op.create_index('ix_stage_entry_position_candidate_at',
                              ['position_id', 'candidate_id', 'at', 'id'], unique=False)
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.create_index('ix_submission_submitted_id', ['submitted_at', 'id'],
                              unique=False)
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index('ix_interview_scheduled_id', ['scheduled_at', 'id'], unique=False)
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.create_index('ix_candidate_stage_name_id', ['stage', 'name', 'id'],
                              unique=False)


def downgrade():
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.drop_index('ix_candidate_stage_name_id')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_scheduled_id')
    with op.batch_alter_table('submission', schema=None) as batch_op:
        batch_op.drop_index('ix_submission_submitted_id')
    op.drop_table('stage_entry')
