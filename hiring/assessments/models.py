"""Prompts, timed submissions (writing test, research exercise), their context and reviews."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    event,
    exists,
    false,
    inspect,
    text,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from hiring.candidates.models import Candidate
from hiring.db import db, utcnow

# Seconds after the deadline during which a save is still accepted (and marked late).
GRACE_SECONDS = 60
UNSCORED = "submitted_at IS NOT NULL AND final_score IS NULL"


class Prompt(db.Model):
    """A realistic scenario from the admins' library; shipped ones are seeded from TOML."""

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    step: Mapped[str] = mapped_column(String(20), default="writing")
    title: Mapped[str] = mapped_column(String(200))
    reader: Mapped[str] = mapped_column(Text)
    situation: Mapped[str] = mapped_column(Text)
    goal: Mapped[str] = mapped_column(Text)
    instructions: Mapped[str] = mapped_column(Text)
    word_min: Mapped[int]
    word_max: Mapped[int]
    time_limit_minutes: Mapped[int]
    is_email: Mapped[bool] = mapped_column(default=False)
    allowed_words: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StepSetup(db.Model):
    """Which prompt a position uses for a step (its rubric is chosen on the position)."""

    __table_args__ = (UniqueConstraint("position_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(20))
    prompt_id: Mapped[int | None] = mapped_column(ForeignKey("prompt.id", ondelete="SET NULL"))
    # Untimed: no countdown; the work is handed in when the candidate is ready (or at the
    # outer limit below), so the exercise measures research, not speed.
    timed: Mapped[bool] = mapped_column(default=True)

    prompt: Mapped[Prompt | None] = relationship()


# One or two reviewers per submission.
MAX_REVIEWERS = 2

# How long an untimed exercise stays open once begun.
UNTIMED_MINUTES = 14 * 24 * 60


class Submission(db.Model):
    """One candidate's timed answer to one step; the deadline lives here, not in the browser."""

    __table_args__ = (
        UniqueConstraint("candidate_id", "step"),
        Index("ix_submission_step_submitted", "step", "submitted_at"),
        # The review queue and the dashboard read handed-in work oldest first.
        Index("ix_submission_submitted_id", "submitted_at", "id"),
        # The dashboard's "ready for the next step": scored work of a candidate still in its
        # stage, oldest first, read from this index alone however much work has moved on.
        Index("ix_submission_scored_in_stage", "submitted_at", "id",
              postgresql_where=text("scored_in_stage"), sqlite_where=text("scored_in_stage")),
        # The dashboard's "submissions to assign": handed-in work not yet scored.
        Index("ix_submission_unscored", "submitted_at", "id",
              postgresql_where=text(UNSCORED), sqlite_where=text(UNSCORED)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    step: Mapped[str] = mapped_column(String(20))
    # Neutral code shown to blind reviewers instead of the candidate's name.
    code: Mapped[str] = mapped_column(String(16), unique=True)
    prompt_id: Mapped[int | None] = mapped_column(ForeignKey("prompt.id", ondelete="SET NULL"))
    rubric_id: Mapped[str] = mapped_column(String(80), default="business-writing")
    time_limit_minutes: Mapped[int]
    timed: Mapped[bool] = mapped_column(default=True)
    started_at: Mapped[datetime | None]
    deadline_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]  # deadline + grace: saves after this are refused
    text: Mapped[str] = mapped_column(Text, default="")
    # Highest save sequence number accepted; an older or repeated one never replaces the text.
    seq: Mapped[int] = mapped_column(default=0)
    saved_at: Mapped[datetime | None]
    late: Mapped[bool] = mapped_column(default=False)
    submitted_at: Mapped[datetime | None]
    submitted_how: Mapped[str] = mapped_column(String(10), default="")  # candidate | deadline
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    needs_reconciliation: Mapped[bool] = mapped_column(default=False)
    disagreements: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # The agreed level per disputed criterion; the reviewers' own ratings stay as they were.
    reconciled_ratings: Mapped[dict[str, int] | None] = mapped_column(JSON)
    reconciliation_note: Mapped[str] = mapped_column(Text, default="")
    reconciled_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"))
    reconciled_at: Mapped[datetime | None]
    final_score: Mapped[float | None] = mapped_column(Float)
    screen_out_suggested: Mapped[bool] = mapped_column(default=False)
    # Scored while the candidate is still in this step's stage: kept by `_keep_scored_in_stage`
    # after every flush that changes a submission or a candidate's stage.
    scored_in_stage: Mapped[bool] = mapped_column(default=False, server_default=false())

    prompt: Mapped[Prompt | None] = relationship()
    candidate = relationship("Candidate")
    events: Mapped[list[SubmissionEvent]] = relationship(
        order_by="SubmissionEvent.at", cascade="all, delete-orphan", passive_deletes=True)
    reviews: Mapped[list[Review]] = relationship(
        order_by="Review.id", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class SubmissionEvent(db.Model):
    """Context for reviewers (a paste, leaving the page), never a verdict."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # paste | leave | return
    size: Mapped[int] = mapped_column(default=0)  # characters pasted, seconds away
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewAssignment(db.Model):
    """A staff member asked to review one submission; interviewers see only these."""

    __table_args__ = (UniqueConstraint("submission_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    assigned_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"))
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)

    user = relationship("User", foreign_keys=[user_id])


class Review(db.Model):
    """One reviewer's ratings of one submission under one rubric version."""

    __table_args__ = (
        UniqueConstraint("submission_id", "reviewer_id"),
        # A position's reviews by rubric (agreement, validity) read from the index alone,
        # from its candidates' ids, instead of a pass over every review there is.
        Index("ix_review_candidate_rubric_id", "candidate_id", "rubric_id", "id",
              "submission_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), index=True)
    rubric_id: Mapped[str] = mapped_column(String(80))
    rubric_version: Mapped[int]
    rubric_digest: Mapped[str] = mapped_column(String(64))
    ratings: Mapped[dict[str, int]] = mapped_column(JSON)
    # The automated suggestion the reviewer saw, per criterion (None: nothing was suggested).
    suggested: Mapped[dict[str, int | None]] = mapped_column(JSON, default=dict)
    comments: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    score: Mapped[float] = mapped_column(Float)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)

    reviewer = relationship("User")


def scored_in_stage_now():
    """The SQL truth of `Submission.scored_in_stage` for each submission row."""
    return Submission.final_score.is_not(None) & exists().where(
        Candidate.id == Submission.candidate_id, Candidate.stage == Submission.step)


@event.listens_for(Session, "after_flush")
def _keep_scored_in_stage(session, flush_context) -> None:
    """Recompute the flag of submissions written in this flush and of every submission of a
    candidate whose stage moved, in one UPDATE on the flushed rows."""
    changed = [*session.new, *session.dirty]
    submission_ids = {obj.id for obj in changed if isinstance(obj, Submission)}
    candidate_ids = {obj.id for obj in changed if isinstance(obj, Candidate)
                     and inspect(obj).attrs.stage.history.has_changes()}
    if not submission_ids and not candidate_ids:
        return
    session.execute(
        update(Submission)
        .where(Submission.id.in_(submission_ids) | Submission.candidate_id.in_(candidate_ids))
        .values(scored_in_stage=scored_in_stage_now())
        .execution_options(synchronize_session=False))
