from __future__ import annotations

from decimal import Decimal

from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import BooleanField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from hiring.analysis.outcomes import period_problem
from hiring.auth.models import User
from hiring.db import db
from hiring.inputs import FiniteDecimalField
from hiring.positions.models import MAX_PAY, POSITION_STATUSES
from hiring.positions.services import RUBRIC_STEPS, PositionData, rubric_choices

STATUS_LABELS = {"draft": "Draft", "open": "Open", "closed": "Closed"}


def _optional_int(value):
    return int(value) if value not in (None, "", "None") else None


class PositionForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=160)])
    target_market = StringField("Target market", validators=[Optional(), Length(max=200)])
    hiring_manager_id = SelectField("Hiring manager", coerce=_optional_int,
                                    validators=[Optional()])
    base_salary = FiniteDecimalField("Base salary ($ a year)", places=2, high=MAX_PAY,
                                     validators=[Optional(), NumberRange(min=0)])
    variable_pay = FiniteDecimalField("Variable pay at target ($ a year)", places=2,
                                      high=MAX_PAY, validators=[Optional(), NumberRange(min=0)])
    benefits_percent = FiniteDecimalField("Benefits (% of base salary)", places=1, high=100,
                                          validators=[Optional(), NumberRange(min=0, max=100)])
    # Checked by validate_outcomes_due, which refuses an over-long period before reading it.
    outcomes_due = StringField("When are these outcomes due?", validators=[Optional()])
    status = SelectField("Status", choices=[SelectChoice(s, STATUS_LABELS[s])
                                            for s in POSITION_STATUSES])
    accepts_resume = BooleanField("Ask applicants for a résumé (PDF, optional for them)")
    invite_on_apply = BooleanField("Send the writing test as soon as someone applies")
    rubric_writing = SelectField(RUBRIC_STEPS["writing"])
    rubric_research = SelectField(RUBRIC_STEPS["research"])
    rubric_interview = SelectField(RUBRIC_STEPS["interview"])
    rubric_presentation = SelectField(RUBRIC_STEPS["presentation"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        managers = db.session.scalars(select(User).where(
            User.role.in_(("manager", "admin")), User.active).order_by(User.name, User.email))
        self.hiring_manager_id.choices = [SelectChoice("", "Not assigned")] + [
            SelectChoice(str(u.id), u.name or u.email) for u in managers]
        for step in RUBRIC_STEPS:
            self.rubric_field(step).choices = [
                SelectChoice(r.id, f"{r.title} (version {r.version})")
                for r in rubric_choices(step)]

    def validate_outcomes_due(self, field) -> None:
        problem = period_problem(field.data or "")
        if problem:
            raise ValidationError(problem)

    def rubric_field(self, step: str) -> SelectField:
        return getattr(self, f"rubric_{step}")

    def data_for(self, outcomes: list[str]) -> PositionData:
        """The plain values the services take."""
        percent = self.benefits_percent.data
        return PositionData(
            title=self.title.data or "",
            target_market=self.target_market.data or "",
            hiring_manager_id=self.hiring_manager_id.data,
            base_salary=self.base_salary.data,
            variable_pay=self.variable_pay.data,
            benefits_rate=None if percent is None else (percent / Decimal(100)).quantize(
                Decimal("0.0001")),
            status=self.status.data,
            outcomes=outcomes,
            outcomes_due=self.outcomes_due.data or "",
            rubrics={step: self.rubric_field(step).data for step in RUBRIC_STEPS},
            accepts_resume=bool(self.accepts_resume.data),
            invite_on_apply=bool(self.invite_on_apply.data),
        )
