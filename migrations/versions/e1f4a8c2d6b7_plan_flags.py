"""Plan flags: candidate.has_development_plan and candidate.has_onboarding_plan, filled from
the plans, with partial indexes of the candidates from the research exercise on still without
a development plan and of the hires without an onboarding plan (stage, name, id), so the plans
page lists them by name without looking for every late-stage candidate's plan

Revision ID: e1f4a8c2d6b7
Revises: c5e2a7d9f1b4
Create Date: 2026-11-30 05:40:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'e1f4a8c2d6b7'
down_revision = 'c5e2a7d9f1b4'
branch_labels = None
depends_on = None

PLAN_DUE = ("NOT has_development_plan AND stage IN "
            "('research', 'interview', 'decision', 'offer', 'hired', 'onboarding')")
ONBOARDING_DUE = "NOT has_onboarding_plan AND stage IN ('hired', 'onboarding')"


def backfill(bind) -> None:
    """Each flag from the plans, as hiring.plans.models keeps it (false by default)."""
    bind.execute(sa.text(
        "UPDATE candidate SET has_development_plan = true"
        " WHERE id IN (SELECT candidate_id FROM development_plan)"))
    bind.execute(sa.text(
        "UPDATE candidate SET has_onboarding_plan = true"
        " WHERE id IN (SELECT candidate_id FROM onboarding_plan)"))


def upgrade():
    # Plain ALTER TABLE ADD COLUMN and CREATE INDEX: a batch copy of the table on SQLite
    # would drop the old one and, with foreign keys on, cascade into its children.
    op.add_column('candidate', sa.Column('has_development_plan', sa.Boolean(),
                                         server_default=sa.false(), nullable=False))
    op.add_column('candidate', sa.Column('has_onboarding_plan', sa.Boolean(),
                                         server_default=sa.false(), nullable=False))
    backfill(op.get_bind())
    op.create_index('ix_candidate_plan_due', 'candidate', ['stage', 'name', 'id'],
                    unique=False, postgresql_where=sa.text(PLAN_DUE),
                    sqlite_where=sa.text(PLAN_DUE))
    op.create_index('ix_candidate_onboarding_due', 'candidate', ['stage', 'name', 'id'],
                    unique=False, postgresql_where=sa.text(ONBOARDING_DUE),
                    sqlite_where=sa.text(ONBOARDING_DUE))


def downgrade():
    op.drop_index('ix_candidate_onboarding_due', table_name='candidate')
    op.drop_index('ix_candidate_plan_due', table_name='candidate')
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as above.
    op.drop_column('candidate', 'has_onboarding_plan')
    op.drop_column('candidate', 'has_development_plan')
