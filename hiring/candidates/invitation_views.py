"""The invitation link and leaving a candidate session.

Their addresses and endpoint names (`auth.redeem`, `auth.candidate_leave`) are the sign-in
pages' own, so the routes are added to auth's blueprint; the invitations they open belong
here. `hiring.candidates.views` imports this module before the blueprints are registered.
"""

from __future__ import annotations

from flask import current_app, redirect, render_template, session, url_for

from hiring.auth import services as auth_services
from hiring.auth.access import public, writes
from hiring.auth.views import bp
from hiring.candidates import invitations
from hiring.db import db


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
