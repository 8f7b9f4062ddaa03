"""Pages of a query: lists stay fast however many rows a table holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from hiring.db import db

PER_PAGE = 50


@dataclass(frozen=True)
class Page:
    items: list[Any]
    total: int
    page: int
    pages: int
    per_page: int
    # The count stopped at its limit: there are more than `total` rows, and more pages.
    more: bool = False

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages or (self.more and len(self.items) == self.per_page)


def paginate(query: Select, page: int | None, per_page: int = PER_PAGE,
             count_limit: int | None = None) -> Page:
    """One page of `query` (which must be ordered); an out-of-range page shows the nearest.
    With `count_limit`, rows are counted no further than that (a list of a million rows
    says "more than 1,000"), and pages past the counted ones can still be asked for."""
    if count_limit is None:
        total = db.session.scalar(select(func.count()).select_from(
            query.order_by(None).subquery()))
        more = False
    else:
        total = count_up_to(query, count_limit + 1)
        more = total > count_limit
        total = min(total, count_limit)
    pages = max(1, -(-total // per_page))
    page = max(1, page or 1) if more else min(max(1, page or 1), pages)
    items = db.session.scalars(query.offset((page - 1) * per_page).limit(per_page)).all()
    return Page(list(items), total, page, pages, per_page, more)


# Query arguments that never change what a page shows.
_UNTITLED_ARGS = {"next"}


def title_suffix(args) -> str:
    """Words for a page's title from its query string, so "?page=2" or a filter gets a title
    of its own ("Audit log — action: invite — page 2"); "" when there is no query."""
    parts, pages = [], []
    for key in args:
        if key in _UNTITLED_ARGS:
            continue
        values = [v for v in args.getlist(key) if v.strip()]
        if not values:
            continue
        if key == "page" or key.endswith("_page"):
            if values[0] != "1":
                label = key.removesuffix("page").replace("_", " ").strip()
                pages.append(f"{label} page {values[0]}".strip())
        elif key == "q":
            parts.append(f"search: {values[0]}")
        else:
            parts.append(f"{key.replace('_', ' ')}: {', '.join(values)}")
    return "".join(f" — {part}" for part in parts + pages)


@dataclass(frozen=True)
class Window:
    """One page of a list read newest first by id, with the cursors of its neighbours: the
    page of newer rows is `after=newer`, the page of older ones `before=older` (None when
    there is none). However deep the page, the database reads only this page's rows."""

    items: list[Any]
    newer: int | None
    older: int | None

    @property
    def is_newest(self) -> bool:
        return self.newer is None


def _any(query: Select, condition) -> bool:
    return db.session.scalar(select(query.where(condition).exists())) or False


def newest_first(query: Select, id_column, *, before: int | None = None,
                 after: int | None = None, size: int = PER_PAGE) -> Window:
    """The `size` rows of `query` (unordered) with ids just below `before`, or just above
    `after` (the page before), or the newest; a cursor past either end gives the newest."""
    key = id_column.key
    if after is not None:
        rows = list(db.session.scalars(
            query.where(id_column > after).order_by(id_column.asc()).limit(size + 1)))
        newer_exists = len(rows) > size
        rows = rows[:size][::-1]
        if rows:
            older = getattr(rows[-1], key)
            return Window(rows, getattr(rows[0], key) if newer_exists else None,
                          older if _any(query, id_column < older) else None)
    elif before is not None:
        rows = list(db.session.scalars(
            query.where(id_column < before).order_by(id_column.desc()).limit(size + 1)))
        if rows:
            newest = getattr(rows[0], key)
            return Window(rows[:size], newest if _any(query, id_column > newest) else None,
                          getattr(rows[size - 1], key) if len(rows) > size else None)
    rows = list(db.session.scalars(query.order_by(id_column.desc()).limit(size + 1)))
    return Window(rows[:size], None, getattr(rows[size - 1], key) if len(rows) > size else None)


def count_up_to(query: Select, limit: int) -> int:
    """How many rows `query` has, counting no further than `limit` (a count of a million
    rows reads a million rows; a page only needs to say "more than 10,000")."""
    return db.session.scalar(select(func.count()).select_from(
        query.order_by(None).limit(limit).subquery())) or 0
