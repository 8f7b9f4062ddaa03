"""Structured interviews: a question bank per position, its interview plan, scheduled panels,
independent scorecards and the debrief decision."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    false,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from hiring.db import db, utcnow

SCALE = (1, 2, 3, 4, 5)
# Anchors every question must have written; 2 and 4 are optional in-between levels.
REQUIRED_ANCHORS = (1, 3, 5)
PLAN_KINDS = ("question", "development_plan")
RECOMMENDATIONS = {
    "strong_no": "Strong no hire",
    "no": "No hire",
    "yes": "Hire",
    "strong_yes": "Strong hire",
}
# An interview, or the final presentation: the same panel, blind scorecards and debrief.
KINDS = {"interview": "Structured interview", "presentation": "Final presentation"}
DECISIONS = {
    "hire": "Make an offer",
    "no_hire": "Do not hire",
    "more_evidence": "Gather more evidence first",
}

question_outcome = Table(
    "interview_question_outcome",
    db.metadata,
    Column("question_id", ForeignKey("interview_question.id", ondelete="CASCADE"),
           primary_key=True),
    Column("outcome_id", ForeignKey("outcome.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class InterviewQuestion(db.Model):
    """A question in a position's bank, rated on a 1-5 scale with behavioural anchors."""

    __tablename__ = "interview_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    competency: Mapped[str] = mapped_column(String(120))
    # {"1": "...", "3": "...", "5": "..."} and optionally "2", "4".
    anchors: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    outcomes = relationship("Outcome", secondary=question_outcome, order_by="Outcome.sort_order")


class PlanItem(db.Model):
    """One step of a position's interview plan: a question, or the development-plan talk."""

    __tablename__ = "interview_plan_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(20), default="question")
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_question.id", ondelete="CASCADE"), index=True)
    minutes: Mapped[int] = mapped_column(default=10)
    weight: Mapped[float] = mapped_column(default=1.0)

    question: Mapped[InterviewQuestion | None] = relationship()


class Interview(db.Model):
    """A scheduled structured interview of one candidate by a panel of two or three."""

    __table_args__ = (
        Index("ix_interview_position_scheduled", "position_id", "scheduled_at"),
        # The list of every interview, most recent first.
        Index("ix_interview_scheduled_id", "scheduled_at", "id"),
        # The dashboard's interviews with scorecards outstanding and with a decision to
        # record, oldest first, each read from an index of the undecided ones alone.
        Index("ix_interview_undecided_complete", "scheduled_at", "id",
              postgresql_where=text("decision IS NULL AND scorecards_complete"),
              sqlite_where=text("decision IS NULL AND scorecards_complete")),
        Index("ix_interview_undecided_incomplete", "scheduled_at", "id",
              postgresql_where=text("decision IS NULL AND NOT scorecards_complete"),
              sqlite_where=text("decision IS NULL AND NOT scorecards_complete")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="interview",
                                      server_default="interview")
    scheduled_at: Mapped[datetime]
    # How long the candidate has (presentations); interviews add up their questions' minutes.
    minutes: Mapped[int | None]
    # The rubric the rated items were copied from (presentations), so scores stay explainable.
    rubric_id: Mapped[str | None] = mapped_column(String(80))
    rubric_version: Mapped[int | None]
    rubric_digest: Mapped[str | None] = mapped_column(String(64))
    location: Mapped[str] = mapped_column(String(200), default="")
    # RFC 5545 SEQUENCE of the calendar invitation: raised each time the time or place moves.
    calendar_sequence: Mapped[int] = mapped_column(default=0, server_default="0")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decision: Mapped[str | None] = mapped_column(String(20))
    decision_rationale: Mapped[str] = mapped_column(Text, default="")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None]
    # Every panel member has handed in a scorecard: kept by `_keep_scorecards_complete` after
    # every flush that changes an interview, its panel or a scorecard.
    scorecards_complete: Mapped[bool] = mapped_column(default=False, server_default=false())

    candidate = relationship("Candidate")
    position = relationship("Position")
    panel: Mapped[list[PanelMember]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", passive_deletes=True,
        order_by="PanelMember.id")
    questions: Mapped[list[AskedQuestion]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", passive_deletes=True,
        order_by="AskedQuestion.sort_order")
    scorecards: Mapped[list[Scorecard]] = relationship(
        back_populates="interview", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Scorecard.id")

    def panelist_ids(self) -> set[int]:
        return {member.user_id for member in self.panel}

    @property
    def is_presentation(self) -> bool:
        return self.kind == "presentation"

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


class PanelMember(db.Model):
    __tablename__ = "interview_panel_member"
    __table_args__ = (UniqueConstraint("interview_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)

    interview: Mapped[Interview] = relationship(back_populates="panel")
    user = relationship("User")


class AskedQuestion(db.Model):
    """The plan as it stood when the interview was scheduled: later edits leave it alone."""

    __tablename__ = "interview_asked_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(20), default="question")
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_question.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    competency: Mapped[str] = mapped_column(String(120), default="")
    anchors: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    outcome_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    minutes: Mapped[int] = mapped_column(default=10)
    weight: Mapped[float] = mapped_column(default=1.0)

    interview: Mapped[Interview] = relationship(back_populates="questions")

    @property
    def rated(self) -> bool:
        return self.kind in ("question", "criterion")

    @property
    def scale(self) -> tuple[int, ...]:
        """Points a rater may give: 1-5 for a question, the rubric's levels for a criterion."""
        if self.kind == "criterion":
            return tuple(sorted(int(k) for k in self.anchors))
        return SCALE


class Scorecard(db.Model):
    """One panelist's independent ratings; locked once submitted."""

    __table_args__ = (UniqueConstraint("interview_id", "interviewer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True)
    interviewer_id: Mapped[int] = mapped_column(
        ForeignKey("user.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    recommendation: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None]
    # The rubric the ratings were given under (presentations), copied when submitted.
    rubric_id: Mapped[str | None] = mapped_column(String(80))
    rubric_version: Mapped[int | None]
    rubric_digest: Mapped[str | None] = mapped_column(String(64))

    interview: Mapped[Interview] = relationship(back_populates="scorecards")
    interviewer = relationship("User")
    ratings: Mapped[list[Rating]] = relationship(
        back_populates="scorecard", cascade="all, delete-orphan", passive_deletes=True)
    amendments: Mapped[list[Amendment]] = relationship(
        back_populates="scorecard", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Amendment.id")

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None

    def rating_for(self, asked_id: int) -> Rating | None:
        return next((r for r in self.ratings if r.asked_question_id == asked_id), None)


class Rating(db.Model):
    __tablename__ = "interview_rating"
    __table_args__ = (UniqueConstraint("scorecard_id", "asked_question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(
        ForeignKey("scorecard.id", ondelete="CASCADE"), index=True)
    asked_question_id: Mapped[int] = mapped_column(
        ForeignKey("interview_asked_question.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    points: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    scorecard: Mapped[Scorecard] = relationship(back_populates="ratings")


class Amendment(db.Model):
    """A change to a submitted scorecard, with the reason; the submitted values stay here."""

    __tablename__ = "scorecard_amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(
        ForeignKey("scorecard.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    asked_question_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_asked_question.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(20))  # "points" | "recommendation"
    before: Mapped[str] = mapped_column(String(40), default="")
    after: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    scorecard: Mapped[Scorecard] = relationship(back_populates="amendments")


class OutcomeCriterion(db.Model):
    """An exercise rubric criterion that gives evidence for one of the position's outcomes."""

    __tablename__ = "interview_outcome_criterion"
    __table_args__ = (UniqueConstraint("outcome_id", "rubric_id", "criterion_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"))
    rubric_id: Mapped[str] = mapped_column(String(80))
    criterion_key: Mapped[str] = mapped_column(String(80))


def scorecards_complete_now():
    """The SQL truth of `Interview.scorecards_complete`: as many scorecards handed in as
    the panel has members."""
    panel_size = select(func.count(PanelMember.id)) \
        .where(PanelMember.interview_id == Interview.id).scalar_subquery()
    submitted = select(func.count(Scorecard.id)).where(
        Scorecard.interview_id == Interview.id, Scorecard.submitted_at.is_not(None)) \
        .scalar_subquery()
    return submitted >= panel_size


@event.listens_for(Session, "after_flush")
def _keep_scorecards_complete(session, flush_context) -> None:
    """Recompute the flag of every interview whose row, panel or scorecards this flush
    wrote, in one UPDATE on the flushed rows."""
    ids = {obj.id if isinstance(obj, Interview) else obj.interview_id
           for obj in (*session.new, *session.dirty, *session.deleted)
           if isinstance(obj, Interview | PanelMember | Scorecard)}
    ids.discard(None)
    if ids:
        session.execute(update(Interview).where(Interview.id.in_(ids))
                        .values(scorecards_complete=scorecards_complete_now())
                        .execution_options(synchronize_session=False))
