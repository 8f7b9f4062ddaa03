from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, EmailField, SelectField, StringField, TelField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from hiring.candidates.limits import EMAIL_MAX, NAME_MAX, NOTES_MAX, PHONE_MAX, SOURCE_MAX
from hiring.candidates.pipeline import SCREEN_OUT_REASONS
from hiring.inputs import LONG_TEXT_MAX, SHORT_TEXT_MAX
from hiring.steps import INVITED_STEPS, STEP_LABELS


class CandidateForm(FlaskForm):
    name = StringField("Full name", validators=[DataRequired(), Length(max=NAME_MAX)],
                       render_kw={"autocomplete": "off"})
    email = EmailField("Email", validators=[DataRequired(), Length(max=EMAIL_MAX)],
                       render_kw={"autocomplete": "off"})
    phone = TelField("Phone", validators=[Optional(), Length(max=PHONE_MAX)])
    source = StringField("Source", validators=[Optional(), Length(max=SOURCE_MAX)])
    notes = TextAreaField("Notes", validators=[Optional(), Length(max=NOTES_MAX)])


class ImportForm(FlaskForm):
    file = FileField("CSV file", validators=[FileRequired("Choose a CSV file to import.")],
                     render_kw={"accept": ".csv,text/csv"})


class ScreenOutForm(FlaskForm):
    reason = SelectField("Reason", choices=[SelectChoice(r.key, r.label)
                                            for r in SCREEN_OUT_REASONS],
                         validators=[DataRequired()])
    details = TextAreaField("Details", validators=[Optional(), Length(max=SHORT_TEXT_MAX)])
    notify = BooleanField("Email the candidate a courteous decision message", default=True)
    tell_reason = BooleanField("Include the details above in that email")


class ReversalForm(FlaskForm):
    note = TextAreaField("Why the screen-out is reversed",
                         validators=[DataRequired(), Length(max=SHORT_TEXT_MAX)])


class NoteForm(FlaskForm):
    text = TextAreaField("Note", validators=[DataRequired(), Length(max=LONG_TEXT_MAX)])


class InviteForm(FlaskForm):
    step = SelectField("Step", choices=[SelectChoice(s, STEP_LABELS[s]) for s in INVITED_STEPS],
                       validators=[DataRequired()])
