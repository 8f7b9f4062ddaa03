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

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def paginate(query: Select, page: int | None, per_page: int = PER_PAGE) -> Page:
    """One page of `query` (which must be ordered); an out-of-range page shows the nearest."""
    total = db.session.scalar(select(func.count()).select_from(
        query.order_by(None).subquery()))
    pages = max(1, -(-total // per_page))
    page = min(max(1, page or 1), pages)
    items = db.session.scalars(query.offset((page - 1) * per_page).limit(per_page)).all()
    return Page(list(items), total, page, pages, per_page)


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
