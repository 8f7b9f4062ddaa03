"""Forms for the question bank, plans, scheduling, scorecards, amendments and decisions."""

from __future__ import annotations

import math

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    RadioField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from hiring.interviews.models import DECISIONS, RECOMMENDATIONS, SCALE
from hiring.interviews.services import MAX_QUESTION_CHARS, PlanEntry


class CheckboxesField(SelectMultipleField):
    """Several choices as a list of checkboxes (each with its own label)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class QuestionForm(FlaskForm):
    text = TextAreaField("Question", validators=[DataRequired(),
                                                 Length(max=MAX_QUESTION_CHARS)],
                         render_kw={"rows": 3, "data-lint": "true"})
    competency = StringField("Competency it probes", validators=[DataRequired(), Length(max=120)])
    anchor_1 = TextAreaField("1 point: what a weak answer sounds like",
                             validators=[DataRequired(), Length(max=500)], render_kw={"rows": 2})
    anchor_2 = TextAreaField("2 points (optional)", validators=[Optional(), Length(max=500)],
                             render_kw={"rows": 2})
    anchor_3 = TextAreaField("3 points: an adequate answer",
                             validators=[DataRequired(), Length(max=500)], render_kw={"rows": 2})
    anchor_4 = TextAreaField("4 points (optional)", validators=[Optional(), Length(max=500)],
                             render_kw={"rows": 2})
    anchor_5 = TextAreaField("5 points: an excellent answer",
                             validators=[DataRequired(), Length(max=500)], render_kw={"rows": 2})
    outcomes = CheckboxesField("Outcomes it gives evidence for", coerce=int)

    def anchors(self) -> dict[str, str]:
        return {str(p): getattr(self, f"anchor_{p}").data or "" for p in SCALE}

    def fill_anchors(self, anchors: dict) -> None:
        for points in SCALE:
            getattr(self, f"anchor_{points}").data = anchors.get(str(points), "")


class CsrfForm(FlaskForm):
    """A form with nothing but its CSRF token, for pages whose fields are built per record."""


def plan_entries(formdata, question_ids: list[int]) -> list[PlanEntry]:
    """Read the plan table: included rows with their order, minutes and weight."""
    rows = []
    for key in [*question_ids, "dev"]:
        prefix = f"q{key}" if key != "dev" else "dev"
        if key != "dev" and not formdata.get(f"{prefix}-include"):
            continue
        order = _number(formdata.get(f"{prefix}-order"), 999)
        order = order if math.isfinite(order) else 999
        minutes = _number(formdata.get(f"{prefix}-minutes"), 0)
        # inf, nan or 1e400 minutes become a value save_plan refuses with its own message.
        minutes = int(minutes) if math.isfinite(minutes) and abs(minutes) < 10**6 else -1
        if key == "dev":
            entry = PlanEntry("development_plan", minutes)
        else:
            entry = PlanEntry("question", minutes, key, _number(formdata.get(f"{prefix}-weight"),
                                                                1.0))
        rows.append((order, len(rows), entry))
    return [entry for _, _, entry in sorted(rows, key=lambda r: (r[0], r[1]))]


def criterion_links(formdata, outcome_ids: list[int]) -> set[tuple[int, str]]:
    """Ticked (outcome, "rubric:key") boxes, named outcome-<id> with the criterion as value."""
    return {(outcome_id, ref) for outcome_id in outcome_ids
            for ref in formdata.getlist(f"outcome-{outcome_id}")}


def _number(value, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return default


class ScheduleForm(FlaskForm):
    panel = CheckboxesField("Panel (choose two or three)", coerce=int)
    scheduled_at = DateTimeLocalField("Date and time", format="%Y-%m-%dT%H:%M",
                                      validators=[InputRequired()])
    location = StringField("Place or video link", validators=[Optional(), Length(max=200)])


class MoveForm(FlaskForm):
    scheduled_at = DateTimeLocalField("New date and time", format="%Y-%m-%dT%H:%M",
                                      validators=[InputRequired()])
    location = StringField("Place or video link", validators=[Optional(), Length(max=200)])


def _scale_choices(scale=SCALE) -> list[SelectChoice]:
    return [SelectChoice(str(p), str(p)) for p in scale]


def scorecard_form_for(interview):
    """A scorecard form with a 1-5 choice and notes for every rated question."""

    class ScorecardForm(FlaskForm):
        recommendation = RadioField(
            "Overall recommendation", validators=[Optional()],
            choices=[SelectChoice(k, v) for k, v in RECOMMENDATIONS.items()])
        notes = TextAreaField("Overall notes", validators=[Optional(), Length(max=4000)],
                              render_kw={"rows": 3})
        save = SubmitField("Save draft")
        submit = SubmitField("Submit scorecard")

    for asked in interview.questions:
        if asked.rated:
            setattr(ScorecardForm, f"points_{asked.id}", RadioField(
                "Rating", validators=[Optional()], choices=_scale_choices(asked.scale), coerce=int))
            setattr(ScorecardForm, f"notes_{asked.id}", TextAreaField(
                "Notes", validators=[Optional(), Length(max=4000)], render_kw={"rows": 2}))
    return ScorecardForm


def amend_form_for(interview):
    """New values for a submitted scorecard, and the reason for changing them."""

    class AmendForm(FlaskForm):
        recommendation = RadioField(
            "Overall recommendation", validators=[Optional()],
            choices=[SelectChoice(k, v) for k, v in RECOMMENDATIONS.items()])
        reason = TextAreaField("Why you amend it", validators=[DataRequired(), Length(max=2000)],
                               render_kw={"rows": 2})

    for asked in interview.questions:
        if asked.rated:
            setattr(AmendForm, f"points_{asked.id}", RadioField(
                "Rating", validators=[Optional()], choices=_scale_choices(asked.scale), coerce=int))
    return AmendForm


class DecisionForm(FlaskForm):
    decision = RadioField("Decision", validators=[InputRequired()],
                          choices=[SelectChoice(k, v) for k, v in DECISIONS.items()])
    rationale = TextAreaField("Rationale", validators=[DataRequired(), Length(max=4000)],
                              render_kw={"rows": 4})
    move_stage = BooleanField("Move the candidate's stage in the same step",
                              default=True)
