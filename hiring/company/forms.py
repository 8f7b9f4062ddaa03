from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import BooleanField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional


class CompanyForm(FlaskForm):
    name = StringField("Company name", validators=[DataRequired(), Length(max=120)])
    description = TextAreaField("Short description", validators=[Optional(), Length(max=1000)])
    location = StringField("Where the work is based", validators=[Optional(), Length(max=120)])
    primary_color = StringField("Primary colour", validators=[Optional(), Length(max=7)])
    time_zone = StringField("Default time zone", validators=[DataRequired(), Length(max=64)])
    sender = StringField("Sender address for email", validators=[Optional(), Length(max=254)])
    logo = FileField("Logo (PNG or SVG, at most 256 KB)")
    remove_logo = BooleanField("Remove the current logo")
