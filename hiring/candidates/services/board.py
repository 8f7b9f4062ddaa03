"""The position's board of candidates by stage, and blind-review codes."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from sqlalchemy import Integer, String, bindparam, func, select, union_all

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


class Card(NamedTuple):
    """What a board card shows of a candidate, read as plain columns rather than as a
    Candidate: the step providers and the card need no more."""
    id: int
    name: str
    stage: str
    position_id: int


@dataclass(frozen=True)
class Column:
    stage: Stage
    count: int
    candidates: list[Card]


def stage_counts(position_id: int, search: str = "") -> dict[str, int]:
    """Number of candidates in each stage of a position (matching the search, if any)."""
    counts = dict(db.session.execute(_counts_statement(bool(search)),
                                     _parameters(position_id, search)).all())
    return {stage.value: counts.get(stage.value, 0) for stage in Stage}


def _pattern(search: str) -> str:
    return "%" + search.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace(
        "_", "\\_") + "%"


def _parameters(position_id: int, search: str, **more) -> dict:
    return {"position_id": position_id, **({"pattern": _pattern(search)} if search else {}),
            **more}


def _search_clause():
    pattern = bindparam("pattern", type_=String)
    # ILIKE on PostgreSQL (lower() LIKE lower() on SQLite), so the name's trigram index
    # serves it; email addresses are kept in lower case.
    return Candidate.name.ilike(pattern, escape="\\") | Candidate.email.like(
        pattern, escape="\\")


# The board's statements are built once per shape (which stages, which sort, whether there is
# a search) with the position, search, page and page size as parameters: building a UNION of
# nine parts and computing its cache key cost more than running it.
@cache
def _counts_statement(searching: bool):
    query = select(Candidate.stage, func.count()).where(
        Candidate.position_id == bindparam("position_id"))
    if searching:
        query = query.where(_search_clause())
    return query.group_by(Candidate.stage)


def board(position_id: int, *, search: str = "", sort: str = "name", stage: str | None = None,
          page: int = 1, per_column: int = 10, per_page: int = 50) -> list[Column]:
    """The board's columns: counts for every stage and one page of candidates in each."""
    sort = sort if sort in SORTS else "name"
    counts = stage_counts(position_id, search)
    shown = [s for s in Stage if not stage or s.value == stage]
    size = per_page if stage else per_column
    offset = (max(page, 1) - 1) * size if stage else 0
    found: dict[str, list[Card]] = {}
    for row in db.session.execute(
            _cards_statement(tuple(s.value for s in shown), sort, bool(search)),
            _parameters(position_id, search, offset=offset, size=size)):
        found.setdefault(row.stage, []).append(Card(*row))
    return [Column(s, counts[s.value], found.get(s.value, [])) for s in shown]


@cache
def _cards_statement(stages: tuple[str, ...], sort: str, searching: bool):
    """One page of candidates of each stage, in one statement: a UNION ALL of one limited
    query per stage (each served by its (position, stage, sort key) index), numbered so that
    the columns keep their order."""
    order = SORTS[sort]
    parts = []
    for column_stage in stages:
        query = select(Candidate.id, Candidate.stage,
                       func.row_number().over(order_by=order).label("place")).where(
            Candidate.position_id == bindparam("position_id"), Candidate.stage == column_stage)
        if searching:
            query = query.where(_search_clause())
        page = (query.order_by(*order).offset(bindparam("offset", type_=Integer))
                .limit(bindparam("size", type_=Integer)).subquery())
        # Each part read through its own subquery: SQLite takes no LIMIT inside a UNION.
        parts.append(select(page.c.id, page.c.stage, page.c.place))
    chosen = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    return (select(Candidate.id, Candidate.name, Candidate.stage, Candidate.position_id)
            .join(chosen, chosen.c.id == Candidate.id).order_by(chosen.c.stage, chosen.c.place))


def blind_code(candidate_id: int, secret: str) -> str:
    """A neutral code for a candidate, stable for one secret, that reveals nothing about them."""
    digest = hmac.new(secret.encode(), f"candidate:{candidate_id}".encode(),
                      hashlib.sha256).hexdigest()
    return f"C-{digest[:6].upper()}"
