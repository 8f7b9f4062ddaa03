"""Admins edit the wording of each message, with a preview on made-up data before saving."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from hiring.actions import attempt
from hiring.auth.access import roles_required
from hiring.db import db
from hiring.errors import HiringError
from hiring.mail import messages

bp = Blueprint("mail", __name__, url_prefix="/admin/messages")


class WordingForm(FlaskForm):
    subject = StringField("Subject", validators=[DataRequired(), Length(max=200)])
    body = TextAreaField("Message", validators=[DataRequired(), Length(max=20000)],
                         render_kw={"rows": 14})


@bp.get("/")
@roles_required("admin")
def index():
    return render_template("mail/index.html",
                           wordings=[messages.wording(kind) for kind in messages.defaults()])


@bp.route("/<kind>", methods=["GET", "POST"])
@roles_required("admin")
def edit(kind: str):
    if kind not in messages.defaults():
        abort(404)
    current = messages.wording(kind)
    form = WordingForm(data={"subject": current.subject, "body": current.body})
    preview = None
    if form.validate_on_submit():
        try:
            messages.validate(kind, form.subject.data, form.body.data)
            if request.form.get("action") == "save":
                messages.save_wording(kind, form.subject.data, form.body.data, current_user)
                db.session.commit()
                flash("Saved. The next messages use this wording.", "success")
                return redirect(url_for(".edit", kind=kind))
            preview = messages.render_wording(
                (form.subject.data, form.body.data), messages.sample(kind),
                messages.company_name(current_app.config))
        except HiringError as error:
            db.session.rollback()
            flash(str(error), "error")
    return render_template("mail/edit.html", form=form, wording=current, preview=preview,
                           customised=current != messages.defaults()[kind])


@bp.post("/<kind>/reset")
@roles_required("admin")
def reset(kind: str):
    if kind not in messages.defaults():
        abort(404)
    attempt(lambda: messages.reset_wording(kind, current_user), "Back to the default wording.")
    return redirect(url_for(".edit", kind=kind))
