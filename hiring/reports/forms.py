"""Forms of the reports pages."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from hiring.analysis.hiring_cost import LINE_KEYS, LINE_LABELS
from hiring.auth.api_tokens import API_SCOPES
from hiring.inputs import FiniteDecimalField, IdField
from hiring.reports.models import (
    OUTCOME_CHECKPOINTS,
    SELF_ID_CHOICES,
    SELF_ID_LABELS,
)


def cost_form_class():
    """A form with one whole-dollar field per cost line and the two bad-hire rates."""

    class CostForm(FlaskForm):
        rate_without = FiniteDecimalField(
            "Share of sales hires that fail without a structured process (%)", high=100,
            validators=[InputRequired(), NumberRange(0, 100)],
        )
        rate_with = FiniteDecimalField(
            "Share that fail with it (%)", high=100,
            validators=[InputRequired(), NumberRange(0, 100)],
        )

    for key in LINE_KEYS:
        setattr(
            CostForm,
            key,
            IntegerField(
                LINE_LABELS[key],
                validators=[Optional(), NumberRange(0, 100_000_000)],
                render_kw={"inputmode": "numeric"},
            ),
        )
    return CostForm


def _choices(field: str) -> list[SelectChoice]:
    return [SelectChoice("", "Prefer not to say")] + [
        SelectChoice(key, label) for key, label in SELF_ID_CHOICES[field]
    ]


class SelfIdentificationForm(FlaskForm):
    sex = RadioField(SELF_ID_LABELS["sex"], choices=_choices("sex"),
                     default="", validators=[Optional()])
    race = RadioField(SELF_ID_LABELS["race"], choices=_choices("race"),
                      default="", validators=[Optional()])
    age_band = RadioField(SELF_ID_LABELS["age_band"],
                          choices=_choices("age_band"), default="",
                          validators=[Optional()])
    disability = RadioField(SELF_ID_LABELS["disability"],
                            choices=_choices("disability"), default="",
                            validators=[Optional()])
    veteran = RadioField(SELF_ID_LABELS["veteran"],
                         choices=_choices("veteran"), default="",
                         validators=[Optional()])


class OutcomeForm(FlaskForm):
    candidate_id = IdField(validators=[DataRequired()])
    checkpoint_days = SelectField(
        "Checkpoint", choices=[SelectChoice(str(d), f"Day {d}") for d in OUTCOME_CHECKPOINTS],
        validators=[DataRequired()])
    outcomes_met = IntegerField("Outcomes met", validators=[InputRequired(), NumberRange(0, 50)])
    outcomes_total = IntegerField("Outcomes in the plan",
                                  validators=[InputRequired(), NumberRange(1, 50)])


class ApiTokenForm(FlaskForm):
    name = StringField("Name (who or what uses it)", validators=[DataRequired(), Length(max=80)])
    # Rendered as one checkbox per scope by the template.
    scopes = SelectMultipleField(
        "What it may read", choices=[SelectChoice(key, f"{key}: {label}")
                                     for key, label in API_SCOPES.items()],
        default=["read:positions"], validators=[DataRequired("Choose what the token may read.")])
    expires_in_days = IntegerField(
        "Expires after (days; leave empty for never)",
        validators=[Optional(), NumberRange(min=1, max=3650)])
