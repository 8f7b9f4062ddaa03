"""The administrator's start page (prompts, fact sheet, rubrics, adverse impact, API tokens)
and a read-only page of the shipped rubrics with their versions and criteria."""

from __future__ import annotations

import importlib
from collections import Counter

from flask import Blueprint, render_template
from sqlalchemy import func, select

from hiring.auth.access import roles_required
from hiring.db import db
from hiring.positions.models import Position
from hiring.rubrics import all_rubrics

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _scores_per_rubric() -> Counter:
    """How many stored scores were given under each rubric id and version."""
    counts: Counter = Counter()
    try:
        models = importlib.import_module("hiring.assessments.models")
    except ImportError:
        return counts
    review = models.Review
    for rubric_id, version, n in db.session.execute(
            select(review.rubric_id, review.rubric_version, func.count())
            .group_by(review.rubric_id, review.rubric_version)):
        counts[(rubric_id, version)] += n
    return counts


@bp.get("/")
@roles_required("admin")
def index():
    positions = db.session.scalars(select(Position).order_by(Position.title)).all()
    return render_template("admin/index.html", positions=positions,
                           rubrics=sorted(all_rubrics().values(), key=lambda r: r.title))


@bp.get("/rubrics")
@roles_required("admin")
def rubrics():
    return render_template("admin/rubrics.html",
                           rubrics=sorted(all_rubrics().values(), key=lambda r: r.title),
                           used=_scores_per_rubric())
