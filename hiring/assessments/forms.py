from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, ValidationError

from hiring.steps import STEP_LABELS


class PromptForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    step = SelectField("Step", choices=[SelectChoice(key, label)
                                        for key, label in STEP_LABELS.items()])
    reader = TextAreaField("Who the reader is", validators=[DataRequired(), Length(max=2000)])
    situation = TextAreaField("What happened", validators=[DataRequired(), Length(max=4000)])
    goal = TextAreaField("What the writer wants", validators=[DataRequired(), Length(max=2000)])
    instructions = TextAreaField("Instructions", validators=[DataRequired(),
                                                             Length(max=4000)])
    word_min = IntegerField("Fewest words", validators=[DataRequired(),
                                                        NumberRange(min=20, max=5000)])
    word_max = IntegerField("Most words", validators=[DataRequired(),
                                                      NumberRange(min=20, max=5000)])
    time_limit_minutes = IntegerField("Time limit (minutes)", validators=[
        DataRequired(), NumberRange(min=5, max=480)])
    is_email = BooleanField("It is an email (a subject line is expected)")
    allowed_words = TextAreaField(
        "Names the candidate may use", validators=[Length(max=4000)],
        description="One a line or separated by commas: they are never counted as misspellings.")
    active = BooleanField("Offered to positions", default=True)

    def validate_word_max(self, field):
        if self.word_min.data and field.data and field.data < self.word_min.data:
            raise ValidationError("The most words must be at least the fewest words.")

    def allowed_list(self) -> list[str]:
        raw = (self.allowed_words.data or "").replace(",", "\n")
        return sorted({word.strip() for word in raw.splitlines() if word.strip()})


def position_prompts_form(choices: dict[str, list[SelectChoice]]) -> FlaskForm:
    """A select per step that has prompts to choose from."""

    class PositionPromptsForm(FlaskForm):
        pass

    for step, options in choices.items():
        if options:
            setattr(PositionPromptsForm, step, SelectField(
                f"{STEP_LABELS[step]} prompt", coerce=int, choices=options))
            setattr(PositionPromptsForm, f"{step}_timed", BooleanField(
                f"Time the {STEP_LABELS[step].lower()}",
                description="Untimed: no countdown; candidates hand in when ready, within "
                            "two weeks of beginning."))
    return PositionPromptsForm()
