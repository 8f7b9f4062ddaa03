"""Dashboard flags: interview.scorecards_complete (every panel member has handed in a
scorecard) and submission.scored_in_stage (scored while the candidate is still in the step's
stage), filled from the rows they summarise, with partial indexes so the dashboard's
"Scorecards outstanding", "Decisions to record", "Ready for the next step" and "Submissions
to assign" read only the open interviews and waiting work however large the tables grow;
and a position's reviews by rubric read from an index of (candidate, rubric, id, submission)

Revision ID: c5e2a7d9f1b4
Revises: 99b607b0b5f3
Create Date: 2026-11-30 04:10:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'c5e2a7d9f1b4'
down_revision = '99b607b0b5f3'
branch_labels = None
depends_on = None

UNDECIDED_COMPLETE = 'decision IS NULL AND scorecards_complete'
UNDECIDED_INCOMPLETE = 'decision IS NULL AND NOT scorecards_complete'
UNSCORED = 'submitted_at IS NOT NULL AND final_score IS NULL'


def backfill(bind) -> None:
    """Each flag from the rows it stands for, as the models' listeners keep it."""
    bind.execute(sa.text(
        "UPDATE interview SET scorecards_complete = ("
        " (SELECT count(scorecard.id) FROM scorecard"
        "  WHERE scorecard.interview_id = interview.id AND scorecard.submitted_at IS NOT NULL)"
        " >= (SELECT count(interview_panel_member.id) FROM interview_panel_member"
        "     WHERE interview_panel_member.interview_id = interview.id))"))
    bind.execute(sa.text(
        "UPDATE submission SET scored_in_stage = EXISTS ("
        " SELECT 1 FROM candidate WHERE candidate.id = submission.candidate_id"
        " AND candidate.stage = submission.step)"
        " WHERE submission.final_score IS NOT NULL"))


def upgrade():
    # Plain ALTER TABLE ADD COLUMN and CREATE INDEX: a batch copy of the table on SQLite
    # would drop the old one and, with foreign keys on, cascade into its children.
    op.add_column('interview', sa.Column('scorecards_complete', sa.Boolean(),
                                         server_default=sa.false(), nullable=False))
    op.add_column('submission', sa.Column('scored_in_stage', sa.Boolean(),
                                          server_default=sa.false(), nullable=False))
    backfill(op.get_bind())
    op.create_index('ix_interview_undecided_complete', 'interview', ['scheduled_at', 'id'],
                    unique=False, postgresql_where=sa.text(UNDECIDED_COMPLETE),
                    sqlite_where=sa.text(UNDECIDED_COMPLETE))
    op.create_index('ix_interview_undecided_incomplete', 'interview', ['scheduled_at', 'id'],
                    unique=False, postgresql_where=sa.text(UNDECIDED_INCOMPLETE),
                    sqlite_where=sa.text(UNDECIDED_INCOMPLETE))
    op.create_index('ix_submission_scored_in_stage', 'submission', ['submitted_at', 'id'],
                    unique=False, postgresql_where=sa.text('scored_in_stage'),
                    sqlite_where=sa.text('scored_in_stage'))
    op.create_index('ix_submission_unscored', 'submission', ['submitted_at', 'id'],
                    unique=False, postgresql_where=sa.text(UNSCORED),
                    sqlite_where=sa.text(UNSCORED))
    op.create_index('ix_review_candidate_rubric_id', 'review',
                    ['candidate_id', 'rubric_id', 'id', 'submission_id'], unique=False)


def downgrade():
    op.drop_index('ix_review_candidate_rubric_id', table_name='review')
    op.drop_index('ix_submission_unscored', table_name='submission')
    op.drop_index('ix_submission_scored_in_stage', table_name='submission')
    op.drop_index('ix_interview_undecided_incomplete', table_name='interview')
    op.drop_index('ix_interview_undecided_complete', table_name='interview')
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as above.
    op.drop_column('submission', 'scored_in_stage')
    op.drop_column('interview', 'scorecards_complete')
