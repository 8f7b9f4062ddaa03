"""Outcome statements: quantities, deadlines, input requirements and what is missing.

A statement is measurable when it names a result (what will be delivered), a quantity and
a deadline. Every finding carries character offsets into the original text so an editor can
point at it.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from hiring.analysis.findings import Finding

PHRASES_FILE = Path(__file__).parent / "phrases" / "outcomes.toml"

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip


def _ordinal_words() -> dict[str, int]:
    words = dict(_ORDINAL_UNITS)
    for tens_word, tens in (("twenty", 20), ("thirty", 30)):
        words[tens_word[:-1] + "ieth"] = tens
        for unit_word, unit in list(_ORDINAL_UNITS.items())[:9]:
            words[f"{tens_word}-{unit_word}"] = tens + unit
            words[f"{tens_word} {unit_word}"] = tens + unit
    return words


_ORDINALS = _ordinal_words()
_CARDINAL_WORDS = {**_UNITS, **_TENS}
for _tens_word, _tens in _TENS.items():
    for _unit_word, _unit in list(_UNITS.items())[1:10]:
        _CARDINAL_WORDS[f"{_tens_word}-{_unit_word}"] = _tens + _unit
        _CARDINAL_WORDS[f"{_tens_word} {_unit_word}"] = _tens + _unit


def _alternation(words) -> str:
    # Longest first so "twenty-one" wins over "twenty".
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                    for w in sorted(words, key=len, reverse=True))


# A number as it appears in a deadline or a requirement: digits or words up to ninety-nine.
# A run of digits is entered only at its start (linear time on long runs of digits).
NUMBER = rf"(?:(?<!\d)\d+|{_alternation(_CARDINAL_WORDS)})"
_NUM_OR_A = rf"(?:{NUMBER}|an?)"
_ORDINAL = rf"(?:(?<!\d)\d+(?:st|nd|rd|th)|{_alternation(_ORDINALS)})"
_PERIOD = r"(?:day|week|month|quarter|year)"
_ANCHOR = (
    r"(?:(?:your|the|a|their|his|her)\s+)?"
    r"(?:(?:official\s+)?(?:hire|hiring|start|starting|employment|joining)(?:\s+date)?"
    r"|date\s+of\s+(?:hire|joining)|first\s+day|day\s+one"
    r"|you\s+(?:join|start|begin|are\s+hired)|joining|onboarding)\b"
)
_RELATION = r"(?:following|after|from|of|since)"
# "after"/"from"/"starting" open a standing commitment ("each quarter after your third month").
_PREP = (r"(?:by|before|no\s+later\s+than|not\s+later\s+than|within|in|during|at|until|through"
         r"|over|after|from|starting(?:\s+(?:in|from|with))?|beginning(?:\s+(?:in|with))?)")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH = rf"(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})"
_DATE_PREFIX = (
    r"(?:(?:by|before|no\s+later\s+than|not\s+later\s+than|on|in|during|until|through)\s+)?"
    r"(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
)

_RELATIVE_PATTERNS = [
    # "by close of the tenth full month following your hire date", "by the end of your
    # first year", "no later than the sixth month after you join"
    rf"{_PREP}\s+(?:the\s+)?(?:(?:close|end|completion|conclusion|last\s+day)\s+of\s+)?"
    rf"(?:the\s+|your\s+)?(?P<ord>{_ORDINAL})\s+(?:full\s+|complete\s+|calendar\s+|whole\s+)?"
    rf"(?P<unit>month|quarter|year)"
    rf"(?:\s+of\s+(?:your\s+)?employment|\s+{_RELATION}\s+{_ANCHOR})?",
    # "within your first 90 days", "in the first six months of employment"
    rf"{_PREP}\s+(?:the\s+|your\s+)?(?:first|next)\s+(?P<n>{NUMBER})\s+(?P<unit>{_PERIOD})s?"
    rf"(?:\s+of\s+(?:your\s+)?employment|\s+{_RELATION}\s+{_ANCHOR})?",
    # "within 90 days of your start", "six months after hire"
    rf"(?:{_PREP}\s+)?(?P<n>{_NUM_OR_A})\s+(?P<unit>{_PERIOD})s?\s+{_RELATION}\s+{_ANCHOR}",
    # "within 12 months", "in six months", "within a year"
    rf"(?:within|in|inside(?:\s+of)?)\s+(?P<n>{_NUM_OR_A})\s+(?P<unit>{_PERIOD})s?\b",
    # "by month 9", "by the end of month nine", "in year one"
    rf"{_PREP}\s+(?:the\s+)?(?:(?:close|end)\s+of\s+)?(?P<unit>{_PERIOD})\s+(?P<n>{NUMBER})\b",
    # "by your first anniversary"
    r"(?:by|before|at)\s+(?:your\s+)?(?P<year>first|one[\s-]year|1[\s-]year)\s+"
    r"(?:work\s+)?anniversary",
]
_ABSOLUTE_PATTERNS = [
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b",
    rf"(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b",
    rf"(?P<mon>{_MONTH})\.?,?\s+(?:of\s+)?(?P<y>\d{{4}})\b",
    r"(?:Q(?P<q>[1-4])|(?P<qword>first|second|third|fourth)\s+quarter)\s+(?:of\s+)?(?:FY\s?)?"
    r"(?P<y>\d{4})\b",
    r"H(?P<h>[12])\s+(?:of\s+)?(?P<y>\d{4})\b",
]
_YEAR_ONLY = re.compile(
    r"\b(?:(?:by|before|during|in|through|until)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?"
    r"|(?:year[\s-]end|(?:the\s+)?end\s+of)\s+)(?:(?:FY|fiscal)\s?)?(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)

_RELATIVE = [re.compile(rf"\b{p}", re.IGNORECASE) for p in _RELATIVE_PATTERNS]
_ABSOLUTE = [re.compile(rf"\b{_DATE_PREFIX}{p}", re.IGNORECASE) for p in _ABSOLUTE_PATTERNS]
_MONTHS_PER = {"day": 1 / 30, "week": 12 / 52, "month": 1, "quarter": 3, "year": 12}

_DIGIT_QUANTITY = re.compile(
    r"(?<![\w.,$€£])(?P<cur>[$€£]\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<plus>\+)?"
    r"(?:\s?(?P<suf>k|mm|m|bn)(?![\w])|\s(?P<word>thousand|million|billion)\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?(?P<x>x\b)?"
    r"(?![\w])",
    re.IGNORECASE,
)
_SUFFIX = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "bn": 1_000_000_000, **_SCALES}
_YEAR_CONTEXT = re.compile(r"(?:\b(?:in|since|during|by|from|of|fy|fiscal|q[1-4]|h[12])\s*)$",
                           re.IGNORECASE)
# "fiscal" and a few spaces: the words before a year that make it a date.
_YEAR_LOOKBACK = 24
_WORD = re.compile(r"[A-Za-z]+")
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_DOLLARS_AFTER = re.compile(r"\s+dollars\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number found in a statement; kind is "number", "money" or "percent"."""

    value: int | float
    text: str
    start: int
    end: int
    kind: str = "number"

    def to_dict(self) -> dict:
        return {"value": self.value, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Deadline:
    """When the result is due: months after the hire date or an absolute date."""

    text: str
    start: int
    end: int
    months_after_hire: int | float | None = None
    date: date | None = None

    def to_dict(self) -> dict:
        if self.date is not None:
            return {"date": self.date.isoformat()}
        return {"months_after_hire": self.months_after_hire}


@dataclass(frozen=True)
class Span:
    """A piece of the statement, e.g. a word naming the result."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class OutcomeCheck:
    """What the checker found in one outcome statement."""

    text: str
    quantities: tuple[Quantity, ...]
    deadline: Deadline | None
    results: tuple[Span, ...]
    problems: tuple[Finding, ...]

    @property
    def inputs(self) -> tuple[Finding, ...]:
        """Requirements on the candidate's background rather than on what they deliver."""
        return tuple(p for p in self.problems if p.code.startswith("input_"))

    @property
    def measurable(self) -> bool:
        # An input requirement disqualifies the statement even beside a measurable result:
        # the position would otherwise open while still screening on background.
        return (bool(self.results) and bool(self.quantities) and self.deadline is not None
                and not self.inputs)

    def to_dict(self) -> dict:
        return {
            "measurable": self.measurable,
            "quantities": [q.to_dict() for q in self.quantities],
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "problems": [p.to_dict() for p in self.problems],
        }


@dataclass(frozen=True)
class _InputRule:
    code: str
    explanation: str
    rewrite: str
    regexes: tuple[re.Pattern, ...]
    fallback: bool


@dataclass(frozen=True)
class _Phrases:
    inputs: tuple[_InputRule, ...]
    results: re.Pattern
    vague_quantity: re.Pattern
    vague_time: re.Pattern


def _phrase_regex(phrase: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s-]+", phrase.strip())]
    return r"\b" + r"[\s-]+".join(parts) + r"\b"


def _verb_forms(verb: str) -> set[str]:
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgmnpt]", verb):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _words_regex(words) -> re.Pattern:
    return re.compile("|".join(_phrase_regex(w) for w in sorted(words, key=len, reverse=True)),
                      re.IGNORECASE)


@cache
def _phrases() -> _Phrases:
    data = tomllib.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    rules = []
    for entry in data["input"]:
        sources = [p.replace("{number}", NUMBER) for p in entry.get("patterns", [])]
        sources += [_phrase_regex(p) for p in entry.get("phrases", [])]
        rules.append(_InputRule(
            code=entry["code"],
            explanation=" ".join(entry["explanation"].split()),
            rewrite=" ".join(entry["rewrite"].split()),
            regexes=tuple(re.compile(s, re.IGNORECASE) for s in sources),
            fallback=entry.get("fallback", False),
        ))
    verbs = set().union(*(_verb_forms(v) for v in data["results"]["verbs"]))
    nouns = set()
    for noun in data["results"]["nouns"]:
        nouns |= {noun, noun + "s"}
    return _Phrases(
        inputs=tuple(rules),
        results=_words_regex(verbs | nouns),
        vague_quantity=_words_regex(data["vague"]["quantity"]),
        vague_time=_words_regex(data["vague"]["time"]),
    )


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
    count = _ordinal_number(groups["ord"]) if groups.get("ord") else _small_number(groups["n"])
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
    for m in _YEAR_ONLY.finditer(text):
        yield Deadline(m.group(), m.start(), m.end(), date=date(int(m.group("y")), 12, 31))


def _leftmost_longest(items):
    """Non-overlapping items, preferring the earliest start, then the longest."""
    chosen = []
    for item in sorted(items, key=lambda i: (i.start, -(i.end - i.start))):
        # Chosen items do not overlap and come in order: only the last can reach this one.
        if not chosen or not (item.start < chosen[-1].end and chosen[-1].start < item.end):
            chosen.append(item)
    return chosen


class _Taken:
    """Spans already claimed; whether another overlaps one of them, in logarithmic time."""

    def __init__(self, spans):
        self.merged = _merge((s.start, s.end) for s in spans)
        self.starts = [start for start, _ in self.merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and start < self.merged[i][1]


def _merge(spans) -> list[tuple[int, int]]:
    """Overlapping (start, end) pairs joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _find_inputs(text: str) -> list[Finding]:
    found: list[Finding] = []
    for rule in _phrases().inputs:
        matches = [m for regex in rule.regexes for m in regex.finditer(text) if m.group().strip()]
        for start, end in _merge((m.start(), m.end()) for m in matches):
            found.append(Finding(
                code=rule.code,
                message=f"{rule.explanation} Instead: {rule.rewrite}",
                start=start,
                end=end,
                explanation=rule.explanation,
                rewrite=rule.rewrite,
            ))
    fallback_codes = {r.code for r in _phrases().inputs if r.fallback}
    specific = [p for p in found if p.code not in fallback_codes]
    taken = _Taken(specific)
    kept = specific + [p for p in found if p.code in fallback_codes
                       and not taken.overlaps(p.start, p.end)]
    return sorted(kept, key=lambda p: (p.start, p.end))


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


def _parse_words(text: str, tokens, i: int, words: list[str]) -> tuple[int, int] | None:
    """Value and end token index of the number written in words starting at token i."""

    def gap_ok(j: int) -> bool:
        return re.fullmatch(r"\s+|\s*-\s*", text[tokens[j - 1][2]:tokens[j][1]]) is not None

    if words[i] == "half" and words[i + 1:i + 3] == ["a", "dozen"] and gap_ok(i + 1) \
            and gap_ok(i + 2):
        return 6, i + 3
    if words[i] == "a" and i + 1 < len(words) and gap_ok(i + 1) and words[i + 1] in (
            "dozen", "hundred", "thousand"):
        return {"dozen": 12, "hundred": 100, "thousand": 1000}[words[i + 1]], i + 2
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


def _missing(code: str, message: str, text: str, vague: re.Pattern, skip, why: str) -> Finding:
    """The problem spans the whole statement unless a vague word stands in for the part."""
    taken = _Taken(skip)
    hint = next((m for m in vague.finditer(text) if not taken.overlaps(m.start(), m.end())),
                None)
    if hint is None:
        return Finding(code, message, 0, len(text))
    return Finding(code, f"“{hint.group()}” {why} {message}", hint.start(), hint.end())


def check(text: str) -> OutcomeCheck:
    """Check one outcome statement."""
    phrases = _phrases()
    deadlines = _leftmost_longest(_deadline_candidates(text))
    inputs = _find_inputs(text)
    excluded = _Taken([*deadlines, *inputs])
    quantities = _leftmost_longest(
        q for q in [*_digit_numbers(text), *_word_numbers(text)]
        if not excluded.overlaps(q.start, q.end)
    )
    quantities = _share_range_units(text, quantities)
    results = tuple(
        Span(m.group(), m.start(), m.end()) for m in phrases.results.finditer(text)
        if not excluded.overlaps(m.start(), m.end())
    )
    deadline = deadlines[0] if deadlines else None
    problems = list(inputs)
    if not results:
        problems.append(Finding(
            "missing_result",
            "Say what will be delivered (billings, new customers, signed contracts, "
            "renewals), not an activity, a trait or a background.",
            0, len(text),
        ))
    if not quantities:
        problems.append(_missing(
            "missing_quantity",
            "Put a number on the result: how many, how much, or what percentage.",
            text, phrases.vague_quantity, [*deadlines, *inputs], "is not a number.",
        ))
    if deadline is None:
        problems.append(_missing(
            "missing_deadline",
            "Say by when, counted from the hire date (\"by the end of the tenth full month "
            "after your hire date\") or as a date.",
            text, phrases.vague_time, inputs, "does not say by when.",
        ))
    return OutcomeCheck(
        text=text,
        quantities=tuple(quantities),
        deadline=deadline,
        results=results,
        problems=tuple(problems),
    )
