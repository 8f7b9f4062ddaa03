"""Admins edit the wording of each message, with a preview on made-up data before saving."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from hiring.actions import attempt
from hiring.auth.access import roles_required
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
        wording = (form.subject.data, form.body.data)
        if request.form.get("action") == "save":
            if attempt(lambda: _save(kind, wording), "Saved. The next messages use this wording."):
                return redirect(url_for(".edit", kind=kind))
        elif shown := attempt(lambda: _preview(kind, wording)):
            preview = shown.value
    return render_template("mail/edit.html", form=form, wording=current, preview=preview,
                           customised=current != messages.defaults()[kind])


def _save(kind: str, wording: tuple[str, str]) -> None:
    messages.validate(kind, *wording)
    messages.save_wording(kind, *wording, current_user)


def _preview(kind: str, wording: tuple[str, str]):
    messages.validate(kind, *wording)
    return messages.render_wording(wording, messages.sample(kind),
                                   messages.company_name(current_app.config))


@bp.post("/<kind>/reset")
@roles_required("admin")
def reset(kind: str):
    if kind not in messages.defaults():
        abort(404)
    attempt(lambda: messages.reset_wording(kind, current_user), "Back to the default wording.")
    return redirect(url_for(".edit", kind=kind))
