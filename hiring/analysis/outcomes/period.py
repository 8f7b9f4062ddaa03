"""The period a whole list of outcomes is due in ("by the end of the twelfth full month after
the hire date"), read the way a statement's own deadline is read."""

from __future__ import annotations

from dataclasses import replace

from hiring.analysis.outcomes.checker import _leftmost_longest
from hiring.analysis.outcomes.deadlines import _deadline_candidates
from hiring.analysis.outcomes.results import Deadline

# A period is a phrase, not a paragraph: longer text is refused before it is read.
MAX_PERIOD_CHARS = 200

_EXAMPLES = ("count from the hire date (“within 90 days of the hire date”, “First 90 days”) or "
             "give a date (“by 31 December 2027”).")


def read_period(text: str) -> Deadline | None:
    """The list's deadline, or None when the text is too long or names no time to be due by.
    A rate ("a day") is no period: nothing is due after zero months.

    The field asks when the list is due, so a period written as a scorecard's heading
    ("First 90 days", "Year one", "First-year outcomes:", "12 months") means within that time
    of the hire date: read as typed first, then as "in", "in the" or "within" it."""
    if not text or len(text) > MAX_PERIOD_CHARS:
        return None
    found = _first_deadline(text)
    if found is not None:
        return found
    heading = text.strip().rstrip(":").strip()
    words = heading.replace("-", " ")
    for reading in (f"in {words}", f"in the {words}", f"within {words}"):
        found = _first_deadline(reading)
        if found is not None:
            return replace(found, text=heading, start=0, end=len(text))
    return None


def _first_deadline(text: str) -> Deadline | None:
    for found in _leftmost_longest(_deadline_candidates(text)):
        if found.date is not None or (found.months_after_hire or 0) > 0:
            return found
    return None


def period_problem(text: str) -> str | None:
    """What keeps `text` from serving as the list's period (None when it does, or is empty)."""
    if not text.strip():
        return None
    if len(text) > MAX_PERIOD_CHARS:
        return f"Keep the period under {MAX_PERIOD_CHARS} characters."
    if read_period(text) is None:
        return f"“{text.strip()}” does not say by when the outcomes are due: " + _EXAMPLES
    return None
