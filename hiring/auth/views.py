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
from hiring.auth.access import public, staff_required
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
