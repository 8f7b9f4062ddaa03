"""The position's board of candidates by stage, and blind-review codes."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from sqlalchemy import (
    Integer,
    String,
    bindparam,
    func,
    select,
    true,
    union_all,
)

from hiring.candidates.models import (
    Candidate,
)
from hiring.candidates.pipeline import (
    Stage,
)
from hiring.candidates.stage_counts import PositionStageCount
from hiring.db import array_parameter, db, dialect_name

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
    if not searching:  # the counts the database keeps (hiring.candidates.stage_counts)
        return select(PositionStageCount.stage, PositionStageCount.n).where(
            PositionStageCount.position_id == bindparam("position_id"),
            PositionStageCount.n > 0)
    return select(Candidate.stage, func.count()).where(
        Candidate.position_id == bindparam("position_id"), _search_clause()).group_by(
        Candidate.stage)


def board(position_id: int, *, search: str = "", sort: str = "name", stage: str | None = None,
          page: int = 1, per_column: int = 10, per_page: int = 50) -> list[Column]:
    """The board's columns: counts for every stage and one page of candidates in each."""
    sort = sort if sort in SORTS else "name"
    shown = [s for s in Stage if not stage or s.value == stage]
    size = per_page if stage else per_column
    offset = (max(page, 1) - 1) * size if stage else 0
    counts: dict[str, int] = {}
    found: dict[str, list[Card]] = {}
    statement = _board_statement(dialect_name(), tuple(s.value for s in shown), sort,
                                 bool(search))
    parameters = _parameters(position_id, search, offset=offset, size=size,
                             stages=[s.value for s in shown])
    for row in db.session.execute(statement, parameters):
        counts[row.stage] = row.count
        if row.id is not None:  # None: the stage has candidates, but none on this page
            found.setdefault(row.stage, []).append(Card(row.id, row.name, row.stage,
                                                        position_id))
    return [Column(s, counts.get(s.value, 0), found.get(s.value, [])) for s in shown]


@cache
def _board_statement(dialect: str, stages: tuple[str, ...], sort: str, searching: bool):
    """The shown stages' counts and one page of candidates of each, in one statement: a row
    per candidate shown, with their stage's count, and a row with no candidate for a stage
    whose page is empty (a stage nobody is in has no row). Each page is read from the
    (position, stage, sort key, id) index in order, up to its size; only those rows are
    sorted."""
    if searching:
        counts = select(Candidate.stage, func.count().label("count")).where(
            Candidate.position_id == bindparam("position_id"), _search_clause())
        if len(stages) < len(Stage):
            counts = counts.where(Candidate.stage.in_(stages))
        counts = counts.group_by(Candidate.stage).cte("counts")
    else:  # the counts the database keeps (hiring.candidates.stage_counts)
        kept = PositionStageCount
        counts = select(kept.stage, kept.n.label("count")).where(
            kept.position_id == bindparam("position_id"), kept.n > 0)
        if len(stages) < len(Stage):
            counts = counts.where(kept.stage.in_(stages))
        counts = counts.cte("counts")
    pages = (_pages_lateral if dialect == "postgresql" else _pages_union)(stages, sort,
                                                                         searching)
    if "name" in pages.c:  # read with the page, from the index it is sorted by
        return (select(counts.c.stage, counts.c.count, pages.c.id, pages.c.name)
                .outerjoin(pages, pages.c.stage == counts.c.stage)
                .order_by(counts.c.stage, pages.c.place))
    return (select(counts.c.stage, counts.c.count, pages.c.id, Candidate.name)
            .outerjoin(pages, pages.c.stage == counts.c.stage)
            .outerjoin(Candidate, Candidate.id == pages.c.id)
            .order_by(counts.c.stage, pages.c.place))


def _page_of_stage(stage, sort: str, searching: bool):
    """One stage's page of candidates, numbered in the sort's order, read from the index
    alone however deep the page: their ids, and their names when the page is sorted by name
    (that index holds them; otherwise the names are read for the page's rows only).

    The page's size and offset are written into the statement's text when it runs, not sent
    as parameters: PostgreSQL then plans the prepared statement once for all positions, where
    with a LIMIT it cannot see it planned the statement anew on every run (a third of a
    millisecond of the database's time on every board view). The board's columns always
    have the same size and offset; a page of one stage has its own text per page number."""
    order = SORTS[sort]
    columns = [Candidate.id, Candidate.stage]
    if sort == "name":
        columns.append(Candidate.name)
    query = select(*columns, func.row_number().over(order_by=order).label("place")).where(
        Candidate.position_id == bindparam("position_id"), Candidate.stage == stage)
    if searching:
        query = query.where(_search_clause())
    return (query.order_by(*order)
            .offset(bindparam("offset", type_=Integer, literal_execute=True))
            .limit(bindparam("size", type_=Integer, literal_execute=True)))


def _pages_lateral(stages: tuple[str, ...], sort: str, searching: bool):
    """PostgreSQL: the shown stages (the parameter `stages`, an array), each joined to its
    page (LATERAL): one small plan, where a UNION of one part per stage costs several times
    more to run. (An array rather than a VALUES list: a statement with VALUES in it is
    compiled anew every time.)"""
    shown = func.unnest(array_parameter("stages", String())).table_valued(
        "stage", name="shown").render_derived()
    page = _page_of_stage(shown.c.stage, sort, searching).lateral("page")
    return select(page).select_from(shown).join(page, true()).subquery("pages")


def _pages_union(stages: tuple[str, ...], sort: str, searching: bool):
    """SQLite (no LATERAL): a UNION ALL of one limited query per stage, each read through
    its own subquery (SQLite takes no LIMIT inside a UNION)."""
    parts = []
    for stage in stages:
        parts.append(select(_page_of_stage(stage, sort, searching).subquery()))
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("pages")


def blind_code(candidate_id: int, secret: str) -> str:
    """A neutral code for a candidate, stable for one secret, that reveals nothing about them."""
    digest = hmac.new(secret.encode(), f"candidate:{candidate_id}".encode(),
                      hashlib.sha256).hexdigest()
    return f"C-{digest[:6].upper()}"
