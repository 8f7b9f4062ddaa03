"""Forms for plans: lists of milestones, activities and connections as repeated rows."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from hiring.inputs import IdField, sensible_date
from hiring.plans import schedule
from hiring.plans.models import MEASURE_MAX, NAME_MAX, RESPONSE_MAX, TEXT_MAX, TITLE_MAX

BLANK_ROWS = 3
MONTHS = [SelectChoice(str(m), schedule.period_label(m)) for m in range(1, 13)]
WEEKS = [SelectChoice(str(w), f"Week {w}") for w in range(1, 14)]
KINDS = [SelectChoice(value, label) for value, label in schedule.ACTIVITY_KINDS]
OWNERS = [SelectChoice("new_hire", "New hire"), SelectChoice("manager", "Manager")]
STATUSES = [SelectChoice("open", "Planned / on track"), SelectChoice("achieved", "Achieved"),
            SelectChoice("missed", "Missed")]


def lines(text: str | None) -> list[str]:
    """Non-empty lines of a textarea."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class MilestoneRow(Form):
    id = HiddenField()
    month = SelectField("Month", choices=MONTHS, default="3")
    title = StringField("Milestone", validators=[Length(max=TITLE_MAX)])
    measure = StringField("Measure", validators=[Length(max=MEASURE_MAX)])


class _PlanFields(FlaskForm):
    how_we_sell = TextAreaField("How we sell here", validators=[Length(max=TEXT_MAX)])
    learning_areas = TextAreaField("Learning areas (one per line)",
                                   validators=[Length(max=TEXT_MAX)])
    coaching_rhythm = TextAreaField("Coaching rhythm", validators=[Length(max=TEXT_MAX)])
    milestones = FieldList(FormField(MilestoneRow), min_entries=0, max_entries=40)


class PlanTemplateForm(_PlanFields):
    pass


class DevelopmentPlanForm(_PlanFields):
    start_date = DateField("Start date", validators=[DataRequired(), sensible_date])


class ReactionForm(FlaskForm):
    reaction = TextAreaField("The candidate's reaction to the plan",
                             validators=[DataRequired(), Length(max=TEXT_MAX)])


class CandidateResponseForm(FlaskForm):
    response = TextAreaField("Your reaction to the plan",
                             validators=[DataRequired(), Length(max=RESPONSE_MAX)])


class DraftForm(FlaskForm):
    start_date = DateField("Expected start date", validators=[Optional(), sensible_date])


class OnboardingStartForm(FlaskForm):
    # Empty: the agreed start date of the accepted offer.
    start_date = DateField("Start date", validators=[Optional(), sensible_date])


class ActivityRow(Form):
    id = HiddenField()
    week = SelectField("Week", choices=WEEKS, default="1")
    kind = SelectField("Focus", choices=KINDS, default="immersion")
    text = StringField("Activity", validators=[Length(max=MEASURE_MAX)])
    owner = SelectField("Owner", choices=OWNERS, default="new_hire")


class ConnectionRow(Form):
    id = HiddenField()
    name = StringField("Name", validators=[Length(max=NAME_MAX)])
    role = StringField("Role", validators=[Length(max=NAME_MAX)])
    why = StringField("Why they matter", validators=[Length(max=MEASURE_MAX)])
    introduced_by = StringField("Introduced by", validators=[Length(max=NAME_MAX)])
    by_week = SelectField("By week", choices=WEEKS, default="2")


class OnboardingPlanForm(FlaskForm):
    start_date = DateField("Start date", validators=[DataRequired(), sensible_date])
    activities = FieldList(FormField(ActivityRow), min_entries=0, max_entries=150)
    connections = FieldList(FormField(ConnectionRow), min_entries=0, max_entries=50)


class CheckForm(FlaskForm):
    item_type = HiddenField(validators=[DataRequired()])
    item_id = IdField(validators=[DataRequired()])
    done = BooleanField()


class ReviewRow(Form):
    milestone_id = HiddenField()
    status = SelectField("Progress", choices=STATUSES, default="open")
    note = StringField("Note", validators=[Length(max=MEASURE_MAX)])


class ReviewForm(FlaskForm):
    review_date = DateField("Review date", validators=[DataRequired(), sensible_date])
    rows = FieldList(FormField(ReviewRow), min_entries=0, max_entries=40)


class BulkForm(FlaskForm):
    month = StringField("Hires starting in (YYYY-MM)", validators=[DataRequired(),
                                                                   Length(min=7, max=7)])
    kind = SelectField("Plans", choices=[SelectChoice("onboarding", "Onboarding plans"),
                                         SelectChoice("development", "Development plans"),
                                         SelectChoice("both", "Both")], default="both")

