"""The administrator's start page (prompts, fact sheet, rubrics, adverse impact, API tokens)
and a read-only page of the shipped rubrics with their versions and criteria."""

from __future__ import annotations

from flask import Blueprint, render_template

from hiring.admin import services
from hiring.auth.access import roles_required
from hiring.rubrics import all_rubrics

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/")
@roles_required("admin")
def index():
    return render_template("admin/index.html", positions=services.positions(),
                           rubrics=sorted(all_rubrics().values(), key=lambda r: r.title))


@bp.get("/rubrics")
@roles_required("admin")
def rubrics():
    return render_template("admin/rubrics.html",
                           rubrics=sorted(all_rubrics().values(), key=lambda r: r.title),
                           used=services.scores_per_rubric())
