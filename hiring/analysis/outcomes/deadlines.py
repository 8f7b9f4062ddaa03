"""Deadlines: months after the hire date, or a calendar date."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date

from hiring.analysis.outcomes.patterns import (
    _ABSOLUTE,
    _ADVERB_UNIT,
    _CARDINAL_WORDS,
    _END_OF_MONTHS,
    _MONTHS,
    _MONTHS_PER,
    _NAMED_PERIOD,
    _NAMED_PERIOD_MONTHS,
    _ORDINAL_UNITS,
    _ORDINALS,
    _PER_PERIOD,
    _RELATIVE,
    _ROLLING,
    _UNIT_ABBREVIATIONS,
    _YEAR_ONLY,
)
from hiring.analysis.outcomes.results import Deadline


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _small_number(text: str) -> int:
    """Value of a digit string, a number word, or "a"/"an" (one)."""
    key = re.sub(r"[\s-]+", " ", text.lower())
    if key.isdigit():
        return int(key)
    if key in ("a", "an"):
        return 1
    return _CARDINAL_WORDS.get(key) or _CARDINAL_WORDS[key.replace(" ", "-")]


def _ordinal_number(text: str) -> int:
    key = re.sub(r"[\s-]+", " ", text.lower())
    if key[0].isdigit():
        return int(re.match(r"\d+", key).group())
    return _ORDINALS.get(key) or _ORDINALS[key.replace(" ", "-")]


def _relative_months(match: re.Match) -> int | float:
    groups = match.groupdict()
    if groups.get("year"):
        return 12
    ordinal = groups.get("ord2") or groups.get("ord")
    count = _ordinal_number(ordinal) if ordinal else _small_number(groups["n"])
    return _number(round(count * _MONTHS_PER[groups["unit"].lower()], 1))


def _absolute_date(match: re.Match) -> date | None:
    g = match.groupdict()
    year = int(g["y"])
    try:
        if g.get("q") or g.get("qword"):
            quarter = int(g["q"]) if g.get("q") else _ORDINAL_UNITS[g["qword"].lower()]
            month = quarter * 3
            return date(year, month, calendar.monthrange(year, month)[1])
        if g.get("h"):
            return date(year, 6, 30) if g["h"] == "1" else date(year, 12, 31)
        month = _MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
        day = int(g["d"]) if g.get("d") else calendar.monthrange(year, month)[1]
        return date(year, month, day)
    except (ValueError, KeyError):
        return None


def _deadline_candidates(text: str) -> Iterator[Deadline]:
    for regex in _RELATIVE:
        for m in regex.finditer(text):
            yield Deadline(m.group(), m.start(), m.end(), months_after_hire=_relative_months(m))
    for regex in _ABSOLUTE:
        for m in regex.finditer(text):
            when = _absolute_date(m)
            if when is not None:
                yield Deadline(m.group(), m.start(), m.end(), date=when)
    for m in _PER_PERIOD.finditer(text):
        if m.group("slash"):
            slash = m.group("slash").lower()
            unit = _UNIT_ABBREVIATIONS.get(slash, slash)
        else:
            adverb = (m.group("adv") or m.group("adj") or m.group("adj2") or m.group("abbr")
                      or m.group("basis") or m.group("inadj"))
            unit = (m.group("unit") or m.group("unit2") or m.group("over")
                    or m.group("minunit") or m.group("within") or m.group("forunit")
                    or _ADVERB_UNIT[adverb.lower()])
        count = 2 if (m.group("when") or "").lower().endswith("next") else 1
        months = _number(round(count * _MONTHS_PER[unit.lower()], 1))
        yield Deadline(m.group(), m.start(), m.end(), months_after_hire=months)
    for m in _ROLLING.finditer(text):
        n, unit = m.group("n") or m.group("n2"), m.group("unit") or m.group("unit2")
        months = _number(round(_small_number(n) * _MONTHS_PER[unit.lower()], 1))
        yield Deadline(m.group(), m.start(), m.end(), months_after_hire=months)
    for m in _NAMED_PERIOD.finditer(text):
        # "in Q1" may be the next first quarter, up to a year away; "by the end of the
        # quarter" is this one.
        if m.group("eo"):
            months = _END_OF_MONTHS[m.group("eo").lower()]
        elif m.group("eounit"):
            months = _END_OF_MONTHS["eo" + m.group("eounit")[0].lower()]
        elif m.group("name") or m.group("label") or m.group("mname"):
            months = 12
        else:
            months = _NAMED_PERIOD_MONTHS[m.group("unit").lower()]
        yield Deadline(m.group(), m.start(), m.end(), months_after_hire=months)
    for m in _YEAR_ONLY.finditer(text):
        yield Deadline(m.group(), m.start(), m.end(), date=date(int(m.group("y")), 12, 31))
