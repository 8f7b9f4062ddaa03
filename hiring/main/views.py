from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user

from hiring.auth.access import public, staff_required
from hiring.main.panels import dashboard_panels

bp = Blueprint("main", __name__)


@bp.get("/")
@public
def index():
    if current_user.is_authenticated:
        return redirect(url_for("main.dashboard"))
    return redirect(url_for("auth.login"))


@bp.get("/dashboard")
@staff_required
def dashboard():
    return render_template("main/dashboard.html", panels=dashboard_panels(current_user))
