"""What the plans pages list: every plan with the candidates still without one, and the plans
of a month's starters (printed together)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.offers.services import start_date_for
from hiring.pagination import paginate
from hiring.plans.models import DevelopmentPlan, OnboardingPlan
from hiring.plans.services import HIRED_STAGES
from hiring.positions.models import Position

# Plans are drafted for candidates nearing the first interview, and for hires.
PLAN_STAGES = ("research", "interview", "decision", "offer", "hired", "onboarding")
# The lists count up to this many ("more than 1,000" beyond): with a million candidates a
# full count reads hundreds of thousands of rows on every visit.
COUNTED = 1_000


def overview(page: int | None, onboarding_page: int | None, draft_page: int | None,
             hire_page: int | None) -> dict:
    """The plans page: plans, candidates still without one, hires without onboarding."""
    listed = (joinedload(DevelopmentPlan.candidate).joinedload(Candidate.position),
              selectinload(DevelopmentPlan.milestones))
    development = paginate(select(DevelopmentPlan).order_by(
        DevelopmentPlan.updated_at.desc(), DevelopmentPlan.id.desc()).options(*listed), page,
        count_limit=COUNTED)
    onboarding = paginate(select(OnboardingPlan).order_by(
        OnboardingPlan.start_date.desc(), OnboardingPlan.id.desc()).options(
        joinedload(OnboardingPlan.candidate).joinedload(Candidate.position)), onboarding_page,
        count_limit=COUNTED)
    has_plan = select(DevelopmentPlan.id).where(
        DevelopmentPlan.candidate_id == Candidate.id).exists()
    has_onboarding = select(OnboardingPlan.id).where(
        OnboardingPlan.candidate_id == Candidate.id).exists()
    by_name = (Candidate.name, Candidate.id)
    without_plan = paginate(select(Candidate).where(
        Candidate.stage.in_(PLAN_STAGES), ~has_plan).order_by(*by_name).options(
        joinedload(Candidate.position)), draft_page, per_page=20, count_limit=COUNTED)
    hires_without_onboarding = paginate(select(Candidate).where(
        Candidate.stage.in_(HIRED_STAGES), ~has_onboarding).order_by(*by_name)
        .options(joinedload(Candidate.position)), hire_page, per_page=20, count_limit=COUNTED)
    return {
        "development": development, "onboarding": onboarding, "without_plan": without_plan,
        "hires_without_onboarding": hires_without_onboarding,
        "positions": db.session.scalars(select(Position).order_by(Position.title)).all(),
        "offer_starts": {c.id: start_date_for(c) for c in hires_without_onboarding.items},
    }


def cohort(first: date, kind: str) -> list[DevelopmentPlan | OnboardingPlan]:
    """Plans ("development", "onboarding" or "both") of every hire starting in the month
    beginning `first`, by name."""
    next_month = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    plans: list[DevelopmentPlan | OnboardingPlan] = []
    if kind in ("development", "both"):
        plans += db.session.scalars(select(DevelopmentPlan).join(Candidate).where(
            DevelopmentPlan.start_date >= first, DevelopmentPlan.start_date < next_month,
            Candidate.stage.in_(HIRED_STAGES)).order_by(Candidate.name))
    if kind in ("onboarding", "both"):
        plans += db.session.scalars(select(OnboardingPlan).join(Candidate).where(
            OnboardingPlan.start_date >= first, OnboardingPlan.start_date < next_month)
            .order_by(Candidate.name))
    return plans
