"""Retention rules: how long an unsuccessful candidate's data is kept. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

# A month and a year are fixed lengths here so that "6m" means the same number of days
# whenever the purge runs; legal texts on retention count in days anyway.
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
_UNIT_WORDS = {
    "d": "d", "day": "d", "days": "d",
    "w": "w", "wk": "w", "week": "w", "weeks": "w",
    "m": "m", "mo": "m", "month": "m", "months": "m",
    "y": "y", "yr": "y", "year": "y", "years": "y",
}
_PERIOD = re.compile(r"^\s*(\d+)\s*([a-z]+)\s*$", re.IGNORECASE)
MAX_DAYS = 100 * 365


def parse_period(text: str) -> timedelta:
    """A period such as "180d", "26w", "6m" (30-day months) or "1y" (365 days)."""
    match = _PERIOD.match(text or "")
    if not match:
        raise ValueError(
            f"'{text}' is not a period: write a whole number and a unit, "
            "e.g. 180d, 26w, 6m or 1y"
        )
    amount, unit_word = int(match[1]), match[2].lower()
    unit = _UNIT_WORDS.get(unit_word)
    if unit is None:
        raise ValueError(
            f"'{unit_word}' is not a unit: use d (days), w (weeks), m (months) or y (years)"
        )
    days = amount * _UNIT_DAYS[unit]
    if days <= 0:
        raise ValueError("the period must be longer than zero days")
    if days > MAX_DAYS:
        raise ValueError(f"'{text}' is {days} days; at most {MAX_DAYS} days (100 years)")
    return timedelta(days=days)


@dataclass(frozen=True, slots=True)
class RetentionFacts:
    """What the purge decision needs to know about one candidate."""

    candidate_id: int
    hired: bool
    legal_hold: bool
    last_activity_at: datetime


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def is_due_for_purge(
    *,
    hired: bool,
    legal_hold: bool,
    last_activity_at: datetime,
    now: datetime,
    period: timedelta,
) -> bool:
    """True when a candidate was not hired, is not on hold and was last active before now-period."""
    _require_aware(now, "now")
    _require_aware(last_activity_at, "last_activity_at")
    if period <= timedelta(0):
        raise ValueError("the period must be longer than zero")
    if hired or legal_hold:
        return False
    return last_activity_at < now - period


def select_due(
    candidates: Iterable[RetentionFacts], *, now: datetime, period: timedelta
) -> list[int]:
    """Ids of the candidates due for purge, in the order given."""
    return [
        c.candidate_id
        for c in candidates
        if is_due_for_purge(
            hired=c.hired,
            legal_hold=c.legal_hold,
            last_activity_at=c.last_activity_at,
            now=now,
            period=period,
        )
    ]
