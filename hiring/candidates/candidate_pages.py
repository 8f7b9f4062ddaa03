"""Candidate pages whose addresses belong to a lower package's blueprint: the invitation link
and leaving (auth), the candidate's own position (positions) and their time zone (timezones).

The addresses and endpoint names stay those packages' (`auth.redeem`, `positions.yours`,
`timezones.candidate_zone` ...), so the routes are added to their blueprints from here: a
lower package cannot know who the candidate is. `hiring.candidates.views` imports this module,
and the registry imports every views module before it registers any blueprint.
"""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, session, url_for

from hiring.auth import services as auth_services
from hiring.auth.access import public, writes
from hiring.auth.views import bp
from hiring.candidates import invitations
from hiring.candidates.access import candidate_required, current_candidate
from hiring.db import db
from hiring.positions import services as position_services
from hiring.positions.lookup import position_by_id
from hiring.positions.views import bp as positions_bp
from hiring.timezones.forms import TimeZoneForm
from hiring.timezones.views import bp as timezones_bp


@bp.get("/i/<token>")
@public
@writes
def redeem(token: str):
    try:
        invitation = invitations.redeem_invitation(token)
    except invitations.InvitationProblem as problem:
        return render_template("auth/invitation_problem.html", message=str(problem)), 404
    candidate = invitation.candidate
    known = auth_services.find_session(session.get("csid"))
    if known is None or known.candidate_id != candidate.id:
        session.pop("csid", None)
        session["inv"] = []
        session["csid"] = invitations.open_candidate_session(
            candidate, hours=current_app.config["CANDIDATE_SESSION_HOURS"])
    # One link opens every step this candidate is invited to now (all were sent to the same
    # address), so their page can offer each open step without a second link to find.
    session["inv"] = sorted(set(session.get("inv", [])) | {invitation.id} | set(
        invitations.usable_invitation_ids(candidate)))
    db.session.commit()
    # The token leaves the address bar at once; the session carries the access from here.
    return redirect(url_for("portal.home"))


@bp.post("/candidate/leave")
@public
def candidate_leave():
    auth_services.close_session(session.pop("csid", None))
    session.pop("inv", None)
    db.session.commit()
    return render_template("auth/candidate_left.html")


@positions_bp.get("/yours")
@candidate_required
def yours():
    candidate = current_candidate()
    position = position_by_id(candidate.position_id)
    if position is None:
        abort(404)
    return render_template("positions/public.html", position=position, preview=False,
                           compensation=position_services.compensation_lines(position))


@timezones_bp.post("/candidate-time-zone")
@candidate_required
def candidate_zone():
    candidate = current_candidate()
    form = TimeZoneForm()
    if form.validate_on_submit():
        candidate.timezone = form.timezone.data or None
        db.session.commit()
        flash(f"Saved. Times are shown in {candidate.timezone}." if candidate.timezone else
              "Saved. Times are shown in your browser's time zone.", "success")
    else:
        flash(" ".join(form.timezone.errors) or "Choose a time zone from the list.", "error")
    return redirect(url_for("portal.home"))
