from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import Length, Optional, ValidationError

from hiring.timezones import is_valid_zone


def _known_zone(form, field) -> None:
    value = (field.data or "").strip()
    if value and not is_valid_zone(value):
        raise ValidationError(
            f"'{value[:64]}' is not a time zone we know. Pick one from the list, written as "
            "Region/City, for example Europe/Berlin or America/New_York.")
    field.data = value


class TimeZoneForm(FlaskForm):
    timezone = StringField("Time zone", validators=[Optional(), Length(max=64), _known_zone],
                           render_kw={"list": "zone-names", "autocomplete": "off",
                                      "spellcheck": "false"})
