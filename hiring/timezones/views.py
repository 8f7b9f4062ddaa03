"""Choosing one's time zone on the staff account page, and the `local` filter that shows
stored UTC times in the viewer's zone. (A candidate's choice, `timezones.candidate_zone`, is
added by `hiring.candidates.candidate_pages`.)"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from hiring import timezones
from hiring.auth.access import staff_required
from hiring.db import db
from hiring.timezones.forms import TimeZoneForm

bp = Blueprint("timezones", __name__, url_prefix="/account")


@bp.app_template_filter("local")
def local_filter(moment, person=None, fmt: str = "%d %b %Y %H:%M") -> str:
    """`{{ interview.scheduled_at|local(current_user) }}`: the time in the person's zone."""
    return timezones.local_text(moment, person, fmt)


@bp.app_template_filter("utc_iso")
def utc_iso(moment) -> str:
    """The instant for a `datetime` attribute: '2026-03-30T07:30:00Z'."""
    return timezones.utc_to_local(moment, "UTC").strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


@bp.app_template_global()
def zone_of(person) -> str:
    return timezones.timezone_of(person)


@bp.app_template_global()
def zone_names() -> tuple[str, ...]:
    return timezones.zone_choices()


@bp.route("/", methods=["GET", "POST"])
@staff_required
def account():
    form = TimeZoneForm()
    if form.validate_on_submit():
        timezones.set_staff_zone(current_user, form.timezone.data or None)
        db.session.commit()
        flash(f"Saved. Times are shown in {timezones.timezone_of(current_user)}.", "success")
        return redirect(url_for(".account"))
    if not form.is_submitted():
        form.timezone.data = current_user.timezone or ""
    return render_template("timezones/account.html", form=form,
                           default_zone=timezones.default_timezone()), (
        422 if form.errors else 200)
