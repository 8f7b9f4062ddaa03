"""The scheduling form: the interview's, with the time the candidate has to present."""

from __future__ import annotations

from wtforms import IntegerField
from wtforms.validators import InputRequired, NumberRange

from hiring.interviews.forms import ScheduleForm
from hiring.presentations.services import MINUTES_DEFAULT, MINUTES_MAX, MINUTES_MIN


class PresentationScheduleForm(ScheduleForm):
    minutes = IntegerField(
        "Minutes to present (the panel's questions follow)", default=MINUTES_DEFAULT,
        validators=[InputRequired(), NumberRange(MINUTES_MIN, MINUTES_MAX)])
