"""What the administrator's pages read."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from hiring.assessments.models import Review
from hiring.db import db
from hiring.positions.models import Position


def positions() -> list[Position]:
    """Every position, by title."""
    return list(db.session.scalars(select(Position).order_by(Position.title)))


def scores_per_rubric() -> Counter:
    """How many stored scores were given under each rubric id and version."""
    counts: Counter = Counter()
    for rubric_id, version, n in db.session.execute(
            select(Review.rubric_id, Review.rubric_version, func.count())
            .group_by(Review.rubric_id, Review.rubric_version)):
        counts[(rubric_id, version)] += n
    return counts
