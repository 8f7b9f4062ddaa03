"""Scheduling the final presentation; its brief and result on the candidate's pages.

Scoring, the kit and the debrief are the interview pages: a presentation is an interview
of another kind, so one set of pages keeps one blind rule.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from hiring.actions import attempt
from hiring.auth.access import roles_required
from hiring.candidates.models import Candidate
from hiring.candidates.services import candidate_by_id
from hiring.interviews import services as interviews
from hiring.interviews.forms import SelectChoice
from hiring.presentations import services
from hiring.presentations.forms import PresentationScheduleForm
from hiring.timezones import timezone_of, utc_from_local

bp = Blueprint("presentations", __name__, url_prefix="/presentations")


@bp.app_template_global()
def presentation_brief(candidate: Candidate) -> dict | None:
    """The brief for the candidate's portal page, once a presentation is scheduled."""
    found = services.presentation_of(candidate)
    return None if found is None else services.brief(found)


@bp.route("/candidates/<int:candidate_id>/schedule", methods=["GET", "POST"])
@roles_required("manager")
def schedule(candidate_id: int):
    candidate = candidate_by_id(candidate_id)
    if candidate is None:
        abort(404)
    existing = services.presentation_of(candidate)
    form = PresentationScheduleForm()
    staff = interviews.panel_candidates()
    form.panel.choices = [SelectChoice(str(u.id), f"{u.name or u.email} ({u.role_label})")
                          for u in staff]
    form.scheduled_at.label.text = f"Date and time ({timezone_of(current_user)})"
    if form.validate_on_submit():
        chosen = [u for u in staff if u.id in set(form.panel.data or [])]
        def schedule_it():
            when = utc_from_local(form.scheduled_at.data, current_user)
            return when, services.schedule_presentation(
                candidate, panel=chosen, scheduled_at=when.utc,
                minutes=form.minutes.data, location=form.location.data, actor=current_user)

        if done := attempt(schedule_it, "Final presentation scheduled; the candidate sees the "
                           "brief on their page and each panelist has a scorecard."):
            when, presentation = done.value
            if when.note:
                flash(when.note, "info")
            return redirect(url_for("interviews.detail", interview_id=presentation.id))
    return render_template("presentations/schedule.html", form=form, candidate=candidate,
                           existing=existing)
