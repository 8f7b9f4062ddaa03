from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, EmailField, StringField, TelField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from hiring.jobs.services import ANSWER_MAX_CHARS, QUESTION


class ApplicationForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=160)])
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    phone = TelField("Phone (optional)", validators=[Optional(), Length(max=40)])
    answer = TextAreaField(QUESTION, validators=[DataRequired(),
                                                 Length(max=ANSWER_MAX_CHARS)])
    resume = FileField("Résumé (optional, PDF, at most 5 MB)")
    consent = BooleanField("I have read the privacy notice and agree that my application is "
                           "kept and used as it describes.",
                           validators=[DataRequired("Please confirm you have read the "
                                                    "privacy notice.")])
    # Left empty by people: it is hidden from them. Robots that fill every field fill it.
    website = StringField("Leave this empty", validators=[Optional()])
