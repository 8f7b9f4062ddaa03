"""What the read-only API reads: pages of positions and candidates, one of each, and a
candidate's plans. The API turns them into JSON."""

from __future__ import annotations

from sqlalchemy import func, select

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.inputs import MAX_ID
from hiring.plans.models import DevelopmentPlan, OnboardingPlan
from hiring.positions.models import Position


def _page(query, count_query, page: int, per_page: int) -> tuple[list, int]:
    total = db.session.scalar(count_query)
    return db.session.scalars(query.limit(per_page).offset((page - 1) * per_page)).all(), total


def _get(model, ident: int):
    # Ids beyond a 64-bit integer cannot exist, and SQLite refuses to compare with them.
    return db.session.get(model, ident) if ident <= MAX_ID else None


def position_by_id(position_id: int) -> Position | None:
    return _get(Position, position_id)


def candidate_by_id(candidate_id: int) -> Candidate | None:
    return _get(Candidate, candidate_id)


def positions_page(page: int, per_page: int) -> tuple[list[Position], int]:
    """One page of positions by id, and how many there are."""
    return _page(select(Position).order_by(Position.id),
                 select(func.count()).select_from(Position), page, per_page)


def candidates_page(position_id: int, page: int, per_page: int
                    ) -> tuple[list[Candidate], int]:
    """One page of the position's candidates by id, and how many there are."""
    where = Candidate.position_id == position_id
    return _page(select(Candidate).where(where).order_by(Candidate.id),
                 select(func.count()).select_from(Candidate).where(where), page, per_page)


def plans_of(candidate_id: int) -> tuple[DevelopmentPlan | None, OnboardingPlan | None]:
    """The candidate's development plan and onboarding plan, where there are any."""
    return (
        db.session.scalar(select(DevelopmentPlan).where(
            DevelopmentPlan.candidate_id == candidate_id)),
        db.session.scalar(select(OnboardingPlan).where(
            OnboardingPlan.candidate_id == candidate_id)),
    )
