"""Development plans (per candidate), their position templates, and onboarding plans (per hire)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, String, Text, event, exists, update
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.inputs import EARLIEST_DATE, LATEST_DATE

MILESTONE_STATUSES = ("open", "achieved", "missed")
OWNERS = (("new_hire", "New hire"), ("manager", "Manager"))

# Field sizes, enforced by the forms and the services alike (they also bound the PDFs).
TITLE_MAX = 200
MEASURE_MAX = 500
TEXT_MAX = 4000
RESPONSE_MAX = 2000  # the candidate's own words on a shared plan
NAME_MAX = 120
MAX_MILESTONES = 24
MAX_LEARNING_AREAS = 15
MAX_ACTIVITIES = 120
MAX_CONNECTIONS = 40


class PlanTemplate(db.Model):
    """A position's starting point for every candidate's development plan."""

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), unique=True)
    how_we_sell: Mapped[str] = mapped_column(Text, default="")
    coaching_rhythm: Mapped[str] = mapped_column(Text, default="")
    learning_areas: Mapped[list] = mapped_column(JSON, default=list)
    # [{"month": int, "title": str, "measure": str}]
    milestones: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    position = relationship("Position")


class _StartDate:
    """A plan's start date, read safely even when stored before dates were checked."""

    start_date: date

    @property
    def start_problem(self) -> str | None:
        if EARLIEST_DATE <= self.start_date <= LATEST_DATE:
            return None
        return (f"The start date stored for this plan ({self.start_date.isoformat()}) is out "
                f"of range: dates are counted from {self.usable_start.isoformat()} instead. Set a "
                f"start date from {EARLIEST_DATE.year} to {LATEST_DATE.year} in the form below "
                f"and save.")

    @property
    def usable_start(self) -> date:
        """The start date, or the nearest date every schedule can be counted from."""
        return min(max(self.start_date, EARLIEST_DATE), LATEST_DATE)


class DevelopmentPlan(_StartDate, db.Model):
    """The first-year roadmap for one candidate: destination, route, milestones, methods."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    how_we_sell: Mapped[str] = mapped_column(Text, default="")
    coaching_rhythm: Mapped[str] = mapped_column(Text, default="")
    learning_areas: Mapped[list] = mapped_column(JSON, default=list)
    candidate_reaction: Mapped[str] = mapped_column(Text, default="")
    reaction_recorded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"))
    reaction_recorded_at: Mapped[datetime | None]
    # Shared with the candidate (None: staff only), and what the candidate wrote back, in their
    # own words; `candidate_reaction` above is the panel's account of the interview.
    shared_at: Mapped[datetime | None]
    candidate_response: Mapped[str] = mapped_column(Text, default="", server_default="")
    candidate_response_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, index=True)

    candidate = relationship("Candidate")
    reaction_recorded_by = relationship("User", foreign_keys=[reaction_recorded_by_id])
    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="plan", order_by="(Milestone.month, Milestone.sort_order)",
        cascade="all, delete-orphan", passive_deletes=True)


class Milestone(db.Model):
    """A step on the route, due at the end of a month after the start date."""

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("development_plan.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    month: Mapped[int]
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    measure: Mapped[str] = mapped_column(String(MEASURE_MAX), default="")

    plan: Mapped[DevelopmentPlan] = relationship(back_populates="milestones")
    reviews: Mapped[list[MilestoneReview]] = relationship(
        back_populates="milestone", order_by="MilestoneReview.review_date",
        cascade="all, delete-orphan", passive_deletes=True)

    @property
    def latest_review(self) -> MilestoneReview | None:
        return self.reviews[-1] if self.reviews else None

    @property
    def status(self) -> str:
        return self.latest_review.status if self.reviews else "open"


class MilestoneReview(db.Model):
    """Progress against a milestone recorded at a review date after the hire."""

    id: Mapped[int] = mapped_column(primary_key=True)
    milestone_id: Mapped[int] = mapped_column(
        ForeignKey("milestone.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    review_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    milestone: Mapped[Milestone] = relationship(back_populates="reviews")


class OnboardingPlan(_StartDate, db.Model):
    """Ninety days of immersion for one hire, dated from the start date."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), unique=True)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    candidate = relationship("Candidate")
    manager = relationship("User")
    activities: Mapped[list[OnboardingActivity]] = relationship(
        back_populates="plan", order_by="(OnboardingActivity.week, OnboardingActivity.id)",
        cascade="all, delete-orphan", passive_deletes=True)
    connections: Mapped[list[Connection]] = relationship(
        back_populates="plan", order_by="(Connection.by_week, Connection.id)",
        cascade="all, delete-orphan", passive_deletes=True)


class OnboardingActivity(db.Model):
    """Something to do in a given week, owned by the new hire or the manager."""

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("onboarding_plan.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    week: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20), default="immersion")
    text: Mapped[str] = mapped_column(String(MEASURE_MAX))
    owner: Mapped[str] = mapped_column(String(10), default="new_hire")
    done_at: Mapped[datetime | None]

    plan: Mapped[OnboardingPlan] = relationship(back_populates="activities")


class Connection(db.Model):
    """A person inside the company the new hire must know, and who owns the introduction."""

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("onboarding_plan.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    why: Mapped[str] = mapped_column(String(MEASURE_MAX), default="")
    introduced_by: Mapped[str] = mapped_column(String(NAME_MAX), default="")
    by_week: Mapped[int] = mapped_column(default=1)
    done_at: Mapped[datetime | None]

    plan: Mapped[OnboardingPlan] = relationship(back_populates="connections")


@event.listens_for(Session, "after_flush")
def _keep_plan_flags(session, flush_context) -> None:
    """Candidate.has_development_plan and has_onboarding_plan of every candidate whose plan
    this flush added or removed, from the plans themselves, in one UPDATE."""
    ids = {obj.candidate_id for obj in (*session.new, *session.deleted)
           if isinstance(obj, DevelopmentPlan | OnboardingPlan)}
    ids.discard(None)
    if ids:
        session.execute(update(Candidate).where(Candidate.id.in_(ids)).values(
            has_development_plan=exists().where(DevelopmentPlan.candidate_id == Candidate.id),
            has_onboarding_plan=exists().where(OnboardingPlan.candidate_id == Candidate.id))
            .execution_options(synchronize_session=False))
