from __future__ import annotations

from flask import Blueprint, render_template, session

from hiring.auth.access import candidate_required, current_candidate
from hiring.db import utcnow
from hiring.portal import services
from hiring.research.services import current_record

bp = Blueprint("portal", __name__, url_prefix="/candidate")


@bp.get("/")
@candidate_required
def home():
    candidate = current_candidate()
    now = utcnow()
    steps = services.step_rows(candidate, session.get("inv", []), now)
    sheet = current_record()
    return render_template(
        "portal/home.html", candidate=candidate, position=candidate.position, steps=steps,
        company=sheet.name if sheet else "", interviews=services.upcoming_interviews(
            candidate, now), untimed_days=services.untimed_days())
