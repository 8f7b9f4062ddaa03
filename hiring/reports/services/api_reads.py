"""What the read-only API reads: pages of positions and candidates, one of each, and a
candidate's plans. The API turns them into JSON."""

from __future__ import annotations

from sqlalchemy import func, select

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.inputs import MAX_ID
from hiring.plans.models import DevelopmentPlan, OnboardingPlan
from hiring.positions.models import Position


def _page(query, id_column, count_query, page: int, per_page: int, after: int | None
          ) -> tuple[list, int, int | None]:
    """(items, total, the id to ask `after` for the next page or None at the end). With
    `after`, the rows whose id follows it: however far into the list, only this page's rows
    are read; a page number makes the database step over every row before it."""
    total = db.session.scalar(count_query)
    query = query.order_by(id_column)
    if after is not None:
        query = query.where(id_column > after)
    else:
        query = query.offset((page - 1) * per_page)
    items = db.session.scalars(query.limit(per_page + 1)).all()
    more = len(items) > per_page
    items = items[:per_page]
    return items, total, getattr(items[-1], id_column.key) if more else None


def _get(model, ident: int):
    # Ids beyond a 64-bit integer cannot exist, and SQLite refuses to compare with them.
    return db.session.get(model, ident) if ident <= MAX_ID else None


def position_by_id(position_id: int) -> Position | None:
    return _get(Position, position_id)


def candidate_by_id(candidate_id: int) -> Candidate | None:
    return _get(Candidate, candidate_id)


def positions_page(page: int, per_page: int, after: int | None = None
                   ) -> tuple[list[Position], int, int | None]:
    """One page of positions by id, how many there are, and the next page's cursor."""
    return _page(select(Position), Position.id,
                 select(func.count()).select_from(Position), page, per_page, after)


def candidates_page(position_id: int, page: int, per_page: int, after: int | None = None
                    ) -> tuple[list[Candidate], int, int | None]:
    """One page of the position's candidates by id, how many there are, and the next
    page's cursor."""
    where = Candidate.position_id == position_id
    return _page(select(Candidate).where(where), Candidate.id,
                 select(func.count()).select_from(Candidate).where(where), page, per_page,
                 after)


def plans_of(candidate_id: int) -> tuple[DevelopmentPlan | None, OnboardingPlan | None]:
    """The candidate's development plan and onboarding plan, where there are any."""
    return (
        db.session.scalar(select(DevelopmentPlan).where(
            DevelopmentPlan.candidate_id == candidate_id)),
        db.session.scalar(select(OnboardingPlan).where(
            OnboardingPlan.candidate_id == candidate_id)),
    )
