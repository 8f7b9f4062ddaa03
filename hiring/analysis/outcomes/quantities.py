"""Quantities: numbers in digits or in words, with their unit (money, percent)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hiring.analysis.outcomes.deadlines import _number
from hiring.analysis.outcomes.patterns import (
    _CARDINAL_WORDS,
    _DIGIT_QUANTITY,
    _DOLLARS_AFTER,
    _FULL_TARGET,
    _PERCENT_AFTER,
    _RANGE_JOIN,
    _SCALES,
    _SUFFIX,
    _TENS,
    _UNITS,
    _WORD,
    _YEAR_CONTEXT,
    _YEAR_LOOKBACK,
)
from hiring.analysis.outcomes.results import Quantity


def _word_numbers(text: str) -> Iterator[Quantity]:
    tokens = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [t[0] for t in tokens]
    i = 0
    while i < len(tokens):
        parsed = _parse_words(text, tokens, i, words)
        if parsed is None:
            i += 1
            continue
        value, j = parsed
        start, end = tokens[i][1], tokens[j - 1][2]
        i = j
        if value == 1 and end - start == 3 and _is_pronoun_one(text, start, end):
            continue
        kind = "number"
        after = _PERCENT_AFTER.match(text, end) or _DOLLARS_AFTER.match(text, end)
        if after:
            kind = "percent" if after.re is _PERCENT_AFTER else "money"
            end = after.end()
        yield Quantity(value, text[start:end], start, end, kind)


_ONE_OF = re.compile(r"\s++of\b|-on-")
_NO_ONE = re.compile(r"(?:\b(?:no|any|every|each|the|this|that|which)\s+|-on-)$", re.IGNORECASE)
# "which" and a few spaces: the words before "one" that make it a pronoun.
_ONE_LOOKBACK = 24


def _is_pronoun_one(text: str, start: int, end: int) -> bool:
    # "one of our partners", "no one", "one-on-one" do not count anything.
    return bool(_ONE_OF.match(text, end)
                or _NO_ONE.search(text, max(0, start - _ONE_LOOKBACK), start))


_TIMES = {"twice": 2, "thrice": 3}


def _parse_words(text: str, tokens, i: int, words: list[str]) -> tuple[int, int] | None:
    """Value and end token index of the number written in words starting at token i."""

    def gap_ok(j: int) -> bool:
        return re.fullmatch(r"\s+|\s*-\s*", text[tokens[j - 1][2]:tokens[j][1]]) is not None

    if words[i] == "half" and words[i + 1:i + 3] == ["a", "dozen"] and gap_ok(i + 1) \
            and gap_ok(i + 2):
        return 6, i + 3
    if words[i] == "half" and words[i + 1:i + 3] in (["a", "million"], ["a", "billion"]) \
            and gap_ok(i + 1) and gap_ok(i + 2):
        # "half a million dollars in new business": an amount written in words.
        return _SCALES[words[i + 2]] // 2, i + 3
    if words[i] == "a" and i + 1 < len(words) and gap_ok(i + 1) and words[i + 1] in (
            "dozen", "hundred", "thousand", "million", "billion"):
        return {"dozen": 12, "hundred": 100, **_SCALES}[words[i + 1]], i + 2
    if words[i] in _TIMES:
        # "at least twice per month": how many times, a count.
        return _TIMES[words[i]], i + 1
    if words[i] not in _CARDINAL_WORDS:
        return None
    total = current = 0
    last = None
    j = i
    while j < len(words):
        word = words[j]
        if j > i and not gap_ok(j):
            break
        if word == "and" and last in ("hundred", "scale") and j + 1 < len(words) \
                and words[j + 1] in _CARDINAL_WORDS and gap_ok(j + 1):
            j += 1
            last = "and"
            continue
        if word in _UNITS:
            value = _UNITS[word]
            if last in (None, "hundred", "scale", "and") or (last == "tens" and 0 < value < 10):
                current += value
                last = "unit"
            else:
                break
        elif word in _TENS and last in (None, "hundred", "scale", "and"):
            current += _TENS[word]
            last = "tens"
        elif word == "dozen" and last == "unit":
            current *= 12
            last = "tens"
        elif word == "hundred" and last == "unit":
            current *= 100
            last = "hundred"
        elif word in _SCALES and last in ("unit", "tens", "hundred"):
            total += current * _SCALES[word]
            current = 0
            last = "scale"
        else:
            break
        j += 1
    return total + current, j


def _digit_numbers(text: str) -> Iterator[Quantity]:
    for m in _DIGIT_QUANTITY.finditer(text):
        value = float(m.group("num").replace(",", ""))
        multiplier = m.group("suf") or m.group("word")
        if multiplier:
            value *= _SUFFIX[multiplier.lower()]
        plain = not (m.group("cur") or multiplier or m.group("pct") or m.group("plus"))
        if plain and 1900 <= value <= 2099 and "." not in m.group("num") \
                and _YEAR_CONTEXT.search(text, max(0, m.start() - _YEAR_LOOKBACK), m.start()):
            continue  # a calendar year, not an amount
        if m.group("pct"):
            kind = "percent"
        elif m.group("cur") or multiplier:
            kind = "money"
        else:
            kind = "number"
        end = m.end()
        if kind == "number" and (dollars := _DOLLARS_AFTER.match(text, end)):
            kind, end = "money", dollars.end()
        yield Quantity(_number(round(value, 6)), text[m.start():end], m.start(), end, kind)


def _share_range_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """In "10-15%" or "$400-600k" the unit written once applies to both ends."""
    result = list(quantities)
    for k in range(len(result) - 1):
        low, high = result[k], result[k + 1]
        if not _RANGE_JOIN.fullmatch(text[low.end:high.start]):
            continue
        if high.kind == "percent" and low.kind == "number":
            result[k] = Quantity(low.value, low.text, low.start, low.end, "percent")
        multiplier = re.search(r"(k|mm|m|bn|thousand|million|billion)$", high.text, re.IGNORECASE)
        if multiplier and not re.search(r"[a-z]$", low.text, re.IGNORECASE) \
                and low.kind in ("number", "money") and low.value < 1000:
            scaled = _number(round(low.value * _SUFFIX[multiplier.group(1).lower()], 6))
            result[k] = Quantity(scaled, low.text, low.start, low.end, "money")
    return result


def _full_targets(text: str) -> Iterator[Quantity]:
    """ "At full quota by month four": the whole target, 100%."""
    for m in _FULL_TARGET.finditer(text):
        yield Quantity(100, m.group(), m.start(), m.end(), "percent")
