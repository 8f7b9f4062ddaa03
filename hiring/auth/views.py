from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user

from hiring.auth import services
from hiring.auth.access import public, staff_required, writes
from hiring.auth.forms import LoginForm
from hiring.db import db
from hiring.security import is_safe_next, limiter

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"])
@public
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    form = LoginForm()
    next_url = request.args.get("next")
    if form.validate_on_submit():
        user = services.authenticate(form.email.data, form.password.data)
        if user is None:
            flash("That email and password do not match an active account.", "error")
        else:
            # A fresh cookie and a fresh server-side session at every sign-in.
            session.clear()
            session["sid"] = services.open_session(
                user=user, hours=current_app.config["STAFF_SESSION_HOURS"])
            login_user(user)
            db.session.commit()
            return redirect(next_url if is_safe_next(next_url) else url_for("main.dashboard"))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@staff_required
def logout():
    services.close_session(session.get("sid"))
    db.session.commit()
    logout_user()
    session.clear()
    flash("You have signed out.", "info")
    return redirect(url_for("auth.login"))


@bp.get("/i/<token>")
@public
@writes
def redeem(token: str):
    try:
        invitation = services.redeem_invitation(token)
    except services.InvitationProblem as problem:
        return render_template("auth/invitation_problem.html", message=str(problem)), 404
    candidate = invitation.candidate
    known = services.find_session(session.get("csid"))
    if known is None or known.candidate_id != candidate.id:
        session.pop("csid", None)
        session["inv"] = []
        session["csid"] = services.open_session(
            candidate=candidate, hours=current_app.config["CANDIDATE_SESSION_HOURS"])
    # One link opens every step this candidate is invited to now (all were sent to the same
    # address), so their page can offer each open step without a second link to find.
    session["inv"] = sorted(set(session.get("inv", [])) | {invitation.id} | set(
        services.usable_invitation_ids(candidate)))
    db.session.commit()
    # The token leaves the address bar at once; the session carries the access from here.
    return redirect(url_for("portal.home"))


@bp.post("/candidate/leave")
@public
def candidate_leave():
    services.close_session(session.pop("csid", None))
    session.pop("inv", None)
    db.session.commit()
    return render_template("auth/candidate_left.html")
