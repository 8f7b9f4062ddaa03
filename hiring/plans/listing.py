"""What the plans pages list: every plan with the candidates still without one, and the plans
of a month's starters (printed together)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, union_all
from sqlalchemy.orm import joinedload, selectinload

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.offers.services import start_date_for
from hiring.pagination import Page, count_up_to, paginate
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
    without_plan = by_name_in_stages(PLAN_STAGES, without_development_plan(), draft_page)
    hires_without_onboarding = by_name_in_stages(HIRED_STAGES, without_onboarding_plan(),
                                                 hire_page)
    return {
        "development": development, "onboarding": onboarding, "without_plan": without_plan,
        "hires_without_onboarding": hires_without_onboarding,
        "positions": db.session.scalars(select(Position).order_by(Position.title)).all(),
        "offer_starts": {c.id: start_date_for(c) for c in hires_without_onboarding.items},
    }


def without_development_plan():
    """Candidates with no development plan: read from the partial index of those whose flag
    says so (ix_candidate_plan_due), each checked against the plans themselves."""
    return ~Candidate.has_development_plan & ~select(DevelopmentPlan.id).where(
        DevelopmentPlan.candidate_id == Candidate.id).exists()


def without_onboarding_plan():
    """Candidates with no onboarding plan (ix_candidate_onboarding_due for the hires)."""
    return ~Candidate.has_onboarding_plan & ~select(OnboardingPlan.id).where(
        OnboardingPlan.candidate_id == Candidate.id).exists()


def by_name_in_stages(stages, condition, page: int | None, per_page: int = 20) -> Page:
    """One page, by name, of the candidates in `stages` meeting `condition`. Each stage is
    read in name order from the (stage, name, id) index, as far as the page reaches, and the
    stages merged: a page near the start reads a few rows, not every candidate in them."""
    counted = count_up_to(select(Candidate.id).where(Candidate.stage.in_(stages), condition),
                          COUNTED + 1)
    more = counted > COUNTED
    total = min(counted, COUNTED)
    pages = max(1, -(-total // per_page))
    page = max(1, page or 1) if more else min(max(1, page or 1), pages)
    reach = page * per_page
    firsts = []
    for stage in stages:
        first = (select(Candidate.id, Candidate.name)
                 .where(Candidate.stage == stage, condition)
                 .order_by(Candidate.name, Candidate.id).limit(reach).subquery())
        firsts.append(select(first.c.id, first.c.name))
    merged = union_all(*firsts).subquery()
    items = db.session.scalars(
        select(Candidate).join(merged, merged.c.id == Candidate.id)
        .order_by(merged.c.name, merged.c.id).offset(reach - per_page).limit(per_page)
        .options(joinedload(Candidate.position))).all()
    return Page(list(items), total, page, pages, per_page, more)


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
