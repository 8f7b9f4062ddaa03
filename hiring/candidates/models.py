from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    DDL,
    JSON,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hiring.candidates.limits import EMAIL_MAX, NAME_MAX, PHONE_MAX, SOURCE_MAX

# The kept counts per stage are a table of this package's: known wherever candidates are.
from hiring.candidates.stage_counts import PositionStageCount  # noqa: F401
from hiring.db import db, utcnow
from hiring.steps import STEP_LABELS

STAGES = ("applied", "writing", "research", "interview", "decision", "offer", "hired",
          "onboarding", "screened_out")
STAGE_LABELS = {
    "applied": "Applied",
    "writing": "Writing test",
    "research": "Research exercise",
    "interview": "Interview",
    "decision": "Decision",
    "offer": "Offer",
    "hired": "Hired",
    "onboarding": "Onboarding",
    "screened_out": "Screened out",
}
# Candidates from the research exercise on still without a development plan, and hires
# without an onboarding plan (what the plans page lists); partial indexes hold only these.
PLAN_DUE = ("NOT has_development_plan AND stage IN "
            "('research', 'interview', 'decision', 'offer', 'hired', 'onboarding')")
ONBOARDING_DUE = "NOT has_onboarding_plan AND stage IN ('hired', 'onboarding')"


class Candidate(db.Model):
    __table_args__ = (
        UniqueConstraint("position_id", "email"),
        # The board sorts each stage by name, by last activity or newest first (id), with
        # the id after the sort key, so a column's page is read in order and, on PostgreSQL,
        # from the index alone.
        Index("ix_candidate_position_stage_id", "position_id", "stage", "id"),
        Index("ix_candidate_position_stage_name_id", "position_id", "stage", "name", "id"),
        Index("ix_candidate_position_stage_activity_id", "position_id", "stage",
              "last_activity_at", "id"),
        # Lists of every position's candidates in some stages, by name (the plans page).
        Index("ix_candidate_stage_name_id", "stage", "name", "id"),
        # ... and of only those still without a development or onboarding plan (the flags
        # below), so a stage where nearly everyone has one is not read row by row.
        Index("ix_candidate_plan_due", "stage", "name", "id",
              postgresql_where=text(PLAN_DUE), sqlite_where=text(PLAN_DUE)),
        Index("ix_candidate_onboarding_due", "stage", "name", "id",
              postgresql_where=text(ONBOARDING_DUE), sqlite_where=text(ONBOARDING_DUE)),
        # The board's search (any part of a name or email address): trigram indexes on
        # PostgreSQL. SQLite cannot use an index for LIKE '%...%', so there they are empty
        # (WHERE 0) and cost nothing.
        *(Index(f"ix_candidate_{column}_trgm", column, postgresql_using="gin",
                postgresql_ops={column: "gin_trgm_ops"}, sqlite_where=text("0"))
          for column in ("name", "email")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    email: Mapped[str] = mapped_column(String(EMAIL_MAX))
    phone: Mapped[str] = mapped_column(String(PHONE_MAX), default="")
    source: Mapped[str] = mapped_column(String(SOURCE_MAX), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(20), default="applied")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    legal_hold: Mapped[bool] = mapped_column(default=False)
    # Chosen by the candidate when their browser's zone is wrong; used for their emails.
    timezone: Mapped[str | None] = mapped_column(String(64))
    # Whether the candidate has a development plan, an onboarding plan: kept by
    # hiring.plans.models when a plan is written, so lists of those without one need not
    # look for each candidate's plan.
    has_development_plan: Mapped[bool] = mapped_column(default=False, server_default=false())
    has_onboarding_plan: Mapped[bool] = mapped_column(default=False, server_default=false())

    position = relationship("Position")
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS.get(self.stage, self.stage)


# The trigram indexes need the extension (the migrations create it too).
event.listen(Candidate.__table__, "before_create", DDL(
    "CREATE EXTENSION IF NOT EXISTS pg_trgm").execute_if(dialect="postgresql"))


class Invitation(db.Model):
    """A link that lets one candidate take one step; only the token's hash is kept."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    first_used_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    candidate: Mapped[Candidate] = relationship(back_populates="invitations")

    def is_usable(self, now: datetime) -> bool:
        return self.revoked_at is None and self.expires_at > now

    @property
    def step_label(self) -> str:
        return STEP_LABELS.get(self.step, self.step)


class Note(db.Model):
    """A staff note on a candidate; free text, so it lives here and not in the audit log."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    author = relationship("User")


class ScreenOut(db.Model):
    """A screen-out: the stage it happened at, why, who and when, and its reversal if any."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(20))
    details: Mapped[str] = mapped_column(Text, default="")
    by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    reversed_at: Mapped[datetime | None]
    reversed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"))
    reversal_note: Mapped[str] = mapped_column(Text, default="")

    by = relationship("User", foreign_keys=[by_id])
    reversed_by = relationship("User", foreign_keys=[reversed_by_id])


class StageEntry(db.Model):
    """A candidate entering a stage: one row for each stage move the audit log records (the
    move, a screen-out, its reversal, and arriving as an applicant), with the stage left.

    The position's funnel reads these by position instead of the whole audit log. Nothing
    personal: erasure removes them with the candidate, as it always removed the candidate's
    audit entries from the funnel."""

    __tablename__ = "stage_entry"
    # The funnel reads one position's entries per candidate in order of time, and the
    # position's newest entry to know whether its kept stays still hold.
    __table_args__ = (Index("ix_stage_entry_position_candidate_at", "position_id",
                            "candidate_id", "at", "id"),
                      Index("ix_stage_entry_position_id", "position_id", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"))
    stage: Mapped[str] = mapped_column(String(20))
    from_stage: Mapped[str | None] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ScreenOutSuggestion(db.Model):
    """A gate's suggestion to screen out, with its evidence, waiting for a person to decide."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    pass_threshold: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"))
    # "confirmed" (screened out) or "dismissed" (kept in the process).
    resolution: Mapped[str | None] = mapped_column(String(10))


class AnonymousScore(db.Model):
    """A score kept after its candidate was erased: no link back to any person."""

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int | None] = mapped_column(
        ForeignKey("position.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    rubric_id: Mapped[str] = mapped_column(String(80), default="")
    rubric_version: Mapped[int | None]
    score: Mapped[float] = mapped_column(Float)
    # Month only: an exact time could single out the person again.
    month: Mapped[str] = mapped_column(String(7))
