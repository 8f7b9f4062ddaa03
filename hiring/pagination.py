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
