"""A position found by id, for the pages that start from one: None when there is no such
position (the view's loader turns that into a 404)."""

from __future__ import annotations

from hiring.db import db
from hiring.positions.models import Position


def position_by_id(position_id: int) -> Position | None:
    return db.session.get(Position, position_id)
