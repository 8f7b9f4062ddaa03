"""Reading what a request sends: ids the database can hold, finite bounded numbers, JSON objects.

Each kind of value is checked here once, so a number too large for a 64-bit column, a
`NaN`, or a JSON list where an object belongs is answered with a 4xx and a message instead of
failing deep in a query.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from flask import abort, jsonify, request
from werkzeug.routing import IntegerConverter
from wtforms import DecimalField, IntegerField
from wtforms.validators import ValidationError

_WHOLE = re.compile(r"-?[0-9]{1,20}")

# The largest value of a 64-bit signed integer column (SQLite INTEGER, PostgreSQL BIGINT).
MAX_ID = 2**63 - 1
# Counters stored in a plain INTEGER column (32 bits on PostgreSQL).
MAX_COUNT = 2**31 - 1
# Dates a plan, review or interview can sensibly fall on; beyond them, adding a year of
# milestones to a date would run past the calendar.
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2099, 12, 31)
# Page numbers and counts in a query string: far beyond any list, far below MAX_ID.
MAX_PAGE = 1_000_000
# Free text a person writes: a note or a long answer, and a short explanation or reason.
LONG_TEXT_MAX = 4000
SHORT_TEXT_MAX = 2000


class IdConverter(IntegerConverter):
    """`<int:...>` in an address: an id beyond 64 bits cannot exist, so the address is a 404."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):  # noqa: A002
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def bounded_int(low: int = -MAX_ID, high: int = MAX_ID):
    """A `type=` for `request.args.get`: a whole number within bounds, else the default."""

    def convert(value: str) -> int:
        value = value.strip()
        if not _WHOLE.fullmatch(value):
            raise ValueError(value)
        number = int(value)
        if not low <= number <= high:
            raise ValueError(value)
        return number

    return convert


id_arg = bounded_int(1, MAX_ID)
page_arg = bounded_int(-MAX_PAGE, MAX_PAGE)


def refuse(message: str, status: int = 400):
    """Stop the request with a JSON answer that says what was wrong."""
    response = jsonify(error=message, status=status)
    response.status_code = status
    abort(response)


def json_object() -> dict:
    """The request body as a JSON object; a list, a string or malformed JSON is a 400."""
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # thousands of nested brackets
        body = None
    if not isinstance(body, dict):
        refuse("Send a JSON object, like {\"text\": \"...\"}.")
    return body


def whole_number(value, name: str, low: int = 0, high: int = MAX_ID) -> int:
    """A JSON or form value that must be a whole number within bounds."""
    if isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
        value = int(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be a whole number from {low:,} to {high:,}.")
    return value


def finite_number(value, name: str, low: float, high: float) -> float:
    """A value that must be a finite number within bounds (no NaN, no infinity)."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}.") from None
    if isinstance(value, bool) or not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}.")
    return number


class FiniteDecimalField(DecimalField):
    """A DecimalField that refuses NaN, sNaN, infinity and values beyond `high` in size."""

    def __init__(self, label=None, validators=None, high: Decimal | int = 10**9, **kwargs):
        super().__init__(label, validators, **kwargs)
        self.high = Decimal(high)

    def process_formdata(self, valuelist):
        if not valuelist or valuelist[0] in ("", None):
            return super().process_formdata(valuelist)
        try:
            number = Decimal(valuelist[0].strip())
        except (InvalidOperation, ValueError):
            self.data = None
            raise ValueError(self.gettext("Not a valid decimal value.")) from None
        if not number.is_finite() or abs(number) > self.high:
            self.data = None
            raise ValueError(f"Give a number of at most {self.high:,}.")
        self.data = number


class IdField(IntegerField):
    """A whole-number id in a form: one beyond 64 bits is refused with a message."""

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if self.data is not None and not 0 <= self.data <= MAX_ID:
            self.data = None
            raise ValueError("Not a known record.")


def check_date(value: date | datetime, label: str = "The date") -> None:
    """A date from 2000 to 2099; anything else is refused with that range in the message."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValidationError(f"{label} must be from {EARLIEST_DATE.year} to "
                              f"{LATEST_DATE.year}.")


def sensible_date(form, field):
    """WTForms validator: see check_date."""
    if field.data is not None:
        check_date(field.data, "The date")
