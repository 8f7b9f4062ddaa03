"""The position's board of candidates by stage, and blind-review codes."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from sqlalchemy import func, select, union_all

from hiring.candidates.models import (
    Candidate,
)
from hiring.candidates.pipeline import (
    Stage,
)
from hiring.db import db

SORTS = {
    "name": (Candidate.name.asc(), Candidate.id.asc()),
    "activity": (Candidate.last_activity_at.desc(), Candidate.id.desc()),
    "newest": (Candidate.id.desc(),),
}


@dataclass(frozen=True)
class Column:
    stage: Stage
    count: int
    candidates: list[Candidate]


def stage_counts(position_id: int, search: str = "") -> dict[str, int]:
    """Number of candidates in each stage of a position (matching the search, if any)."""
    query = select(Candidate.stage, func.count()).where(Candidate.position_id == position_id)
    if search:
        query = query.where(_search_clause(search))
    counts = dict(db.session.execute(query.group_by(Candidate.stage)).all())
    return {stage.value: counts.get(stage.value, 0) for stage in Stage}


def _search_clause(search: str):
    pattern = "%" + search.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace(
        "_", "\\_") + "%"
    # ILIKE on PostgreSQL (lower() LIKE lower() on SQLite), so the name's trigram index
    # serves it; email addresses are kept in lower case.
    return Candidate.name.ilike(pattern, escape="\\") | Candidate.email.like(
        pattern, escape="\\")


def board(position_id: int, *, search: str = "", sort: str = "name", stage: str | None = None,
          page: int = 1, per_column: int = 10, per_page: int = 50) -> list[Column]:
    """The board's columns: counts for every stage and one page of candidates in each."""
    order = SORTS.get(sort, SORTS["name"])
    counts = stage_counts(position_id, search)
    shown = [s for s in Stage if not stage or s.value == stage]
    size = per_page if stage else per_column
    offset = (max(page, 1) - 1) * size if stage else 0
    rows = _column_rows(position_id, shown, search, order, offset, size)
    return [Column(s, counts[s.value], rows.get(s.value, [])) for s in shown]


def _column_rows(position_id: int, stages: list[Stage], search: str, order, offset: int,
                 size: int) -> dict[str, list[Candidate]]:
    """One page of candidates of each stage, in one statement: a UNION ALL of one limited
    query per stage (each served by its (position, stage, sort key) index), numbered so that
    the columns keep their order."""
    parts = []
    for column_stage in stages:
        query = select(Candidate.id, Candidate.stage,
                       func.row_number().over(order_by=order).label("place")).where(
            Candidate.position_id == position_id, Candidate.stage == column_stage.value)
        if search:
            query = query.where(_search_clause(search))
        page = query.order_by(*order).offset(offset).limit(size).subquery()
        # Each part read through its own subquery: SQLite takes no LIMIT inside a UNION.
        parts.append(select(page.c.id, page.c.stage, page.c.place))
    chosen = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    found: dict[str, list[Candidate]] = {}
    for candidate in db.session.scalars(
            select(Candidate).join(chosen, chosen.c.id == Candidate.id)
            .order_by(chosen.c.stage, chosen.c.place)):
        found.setdefault(candidate.stage, []).append(candidate)
    return found


def blind_code(candidate_id: int, secret: str) -> str:
    """A neutral code for a candidate, stable for one secret, that reveals nothing about them."""
    digest = hmac.new(secret.encode(), f"candidate:{candidate_id}".encode(),
                      hashlib.sha256).hexdigest()
    return f"C-{digest[:6].upper()}"
