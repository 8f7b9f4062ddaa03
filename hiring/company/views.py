"""Company settings for admins; the logo and colour every page uses."""

from __future__ import annotations

from flask import Blueprint, Response, abort, redirect, render_template, url_for
from flask_login import current_user

from hiring.actions import attempt
from hiring.auth.access import public, roles_required
from hiring.company import services
from hiring.company.forms import CompanyForm

bp = Blueprint("company", __name__, url_prefix="/company")

# An SVG opened on its own is a document that could run script: this policy forbids
# every script, and the sandbox gives it no origin.
LOGO_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"


@bp.app_context_processor
def company_context():
    return {"company_masthead": services.masthead}


@bp.route("/settings", methods=["GET", "POST"])
@roles_required("admin")
def settings():
    current = services.current()
    form = CompanyForm(obj=current)
    if form.validate_on_submit():
        upload = form.logo.data
        data = None
        if upload and getattr(upload, "filename", ""):
            try:
                data = upload.stream.read(services.LOGO_MAX_BYTES + 1)
            finally:
                upload.close()
        if attempt(lambda: services.save_settings(
                current, name=form.name.data, description=form.description.data,
                location=form.location.data, primary_color=form.primary_color.data,
                time_zone=form.time_zone.data, sender=form.sender.data, logo=data or None,
                remove_logo=bool(form.remove_logo.data), actor=current_user),
                "Company settings saved."):
            return redirect(url_for(".settings"))
    return render_template("company/settings.html", form=form, settings=current,
                           min_contrast=services.MIN_CONTRAST)


@bp.get("/logo")
@public
def logo():
    current = services.current()
    if not current.logo:
        abort(404)
    extension = "svg" if current.logo_type == "image/svg+xml" else "png"
    return Response(current.logo, mimetype=current.logo_type, headers={
        "Content-Security-Policy": LOGO_POLICY,
        "Content-Disposition": f'inline; filename="logo.{extension}"',
        "X-Content-Type-Options": "nosniff",
    })


@bp.get("/theme.css")
@public
def theme():
    color = services.current().primary_color
    css = ""
    if color:
        # Checked on save against `#rrggbb`, so it cannot close the rule.
        css = (f":root {{ --brand-color: {color}; --pico-primary: {color}; "
               f"--pico-primary-background: {color}; --pico-primary-border: {color}; "
               f"--pico-primary-hover: {color}; --pico-primary-hover-background: {color}; }}\n")
    return Response(css, mimetype="text/css")
