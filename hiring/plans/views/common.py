"""The plans blueprint and the one loader per object, each with its access check."""

from __future__ import annotations

from flask import Blueprint, abort

from hiring.candidates.models import Candidate
from hiring.plans import forms, services
from hiring.plans.models import DevelopmentPlan, OnboardingPlan
from hiring.positions.models import Position

bp = Blueprint("plans", __name__, url_prefix="/plans")


@bp.app_template_global()
def onboarding_plan_of(candidate: Candidate) -> OnboardingPlan | None:
    """The hire's onboarding plan, if made, so the candidate page can offer to make it."""
    return services.onboarding_plan_for(candidate.id)


def plan_for(user, candidate_id: int, kind: str) -> DevelopmentPlan | OnboardingPlan:
    """The candidate's plan of `kind` (404): development plans for managers and for
    interviewers on one of the candidate's panels, onboarding plans for managers (403)."""
    if kind == "development":
        plan = services.development_plan_for(candidate_id)
        if plan is None:
            abort(404)
        if not user.has_role("manager") and not services.on_panel_of(candidate_id, user.id):
            abort(403)
        return plan
    if kind == "onboarding":
        if not user.has_role("manager"):
            abort(403)
        plan = services.onboarding_plan_for(candidate_id)
        if plan is None:
            abort(404)
        return plan
    abort(404)


def candidate_or_404(candidate_id: int) -> Candidate:
    candidate = services.candidate_by_id(candidate_id)
    if candidate is None:
        abort(404)
    return candidate


def position_or_404(position_id: int) -> Position:
    position = services.position_by_id(position_id)
    if position is None:
        abort(404)
    return position


def fill_rows(field, rows: list[dict]) -> None:
    """Put `rows` in a list of row forms, with blank rows to add more."""
    while len(field):
        field.pop_entry()
    for row in rows:
        field.append_entry(row)
    for _ in range(forms.BLANK_ROWS):
        field.append_entry()
