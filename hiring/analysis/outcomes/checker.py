"""The outcome check: input requirements, results, quantities, a deadline, what is missing."""

from __future__ import annotations

import re
from bisect import bisect_left

from hiring.analysis.findings import Finding
from hiring.analysis.outcomes.deadlines import _deadline_candidates
from hiring.analysis.outcomes.phrases import _phrases
from hiring.analysis.outcomes.quantities import (
    _digit_numbers,
    _full_targets,
    _share_range_units,
    _word_numbers,
)
from hiring.analysis.outcomes.results import Deadline, OutcomeCheck, Span


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
        matches = [m for regex in rule.regexes for m in regex.finditer(text) if m.group().strip()
                   and not _is_duty(rule, text, m.start())]
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


# How far before an input phrase the words that make it a duty may start.
_DUTY_LOOKBACK = 48


def _is_duty(rule, text: str, start: int) -> bool:
    """ "Take ownership of your book of business": the company's book, handed to the hire."""
    return rule.not_after is not None and bool(
        rule.not_after.search(text, max(0, start - _DUTY_LOOKBACK), start))


# A counted thing is the noun among the first few words after a number ("3X the number of
# estimates", "50 calls", "12 new logos").
_COUNTED_WORDS = 5
_NEXT_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _counted(text: str, quantities, nouns: re.Pattern, others: re.Pattern) -> bool:
    """Whether a number counts one of `nouns` before it counts one of `others`. In a
    compound the last noun is the thing counted: "3 demo calls" counts calls."""
    for q in quantities:
        pos, words = q.end, 0
        while words < _COUNTED_WORDS:
            word = _NEXT_WORD.search(text, pos)
            if word is None or text.find(".", pos, word.start()) >= 0:
                break
            either = others.match(text, word.start()) or nouns.match(text, word.start())
            head = _NEXT_WORD.match(text, word.end() + 1) if either else None
            if head and text[word.end()] in " -" and (
                    others.match(text, head.start()) or nouns.match(text, head.start())):
                pos, words = word.end(), words + 1
                continue
            if others.match(text, word.start()):
                break
            if nouns.match(text, word.start()):
                return True
            pos, words = word.end(), words + 1
    return False


# A milestone heading of the plan, then a figure ("Month 3: 15 installs", "Q2: 80,000"): the
# figure is the target set for that period; hours or days after it are time spent.
_HEADING = re.compile(
    r"^\W*(?:(?:month|week|wk|day|quarter|year)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\+?"
    r"|Q[1-4]|H[12])\s*[:–—-]\s*", re.IGNORECASE)
_TIME_SPENT = re.compile(r"\s*(?:hours?|hrs?|days?|weeks?|minutes?|mins?)\b", re.IGNORECASE)


def _heading_target(text: str, quantities) -> tuple[Span, ...]:
    heading = _HEADING.match(text)
    if not heading or not quantities or quantities[0].start != heading.end() \
            or _TIME_SPENT.match(text, quantities[0].end):
        return ()
    return (Span(text[heading.end():], heading.end(), len(text)),)


# How often a duty recurs ("twice a year", "three times a month"): a schedule, not an amount
# delivered. Set as a minimum ("at least twice per month") it is a count to reach.
_FREQUENCY_AFTER = re.compile(
    r"(?:\s+times)?\s+(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year)\b",
    re.IGNORECASE)
_TIMES_WORD = re.compile(r"\s+times\b", re.IGNORECASE)
_MINIMUM_BEFORE = re.compile(
    r"\b(?:at\s+least|a\s+minimum\s+of|minimum|no\s+fewer\s+than|no\s+less\s+than|min\.?)\s*$",
    re.IGNORECASE)


def _is_frequency(text: str, q) -> bool:
    word = text[q.start:q.end].lower()
    if word not in ("twice", "thrice") and not _TIMES_WORD.match(text, q.end):
        return False
    return bool(_FREQUENCY_AFTER.match(text, q.end)) and not _MINIMUM_BEFORE.search(
        text, max(0, q.start - 24), q.start)


# A result a named person, or he, she or they, already delivered ("Rep B did $600,000 in
# business in 2022", "Maria sold 40 units last year"): a case told, not a result asked for.
_PAST_RESULT = re.compile(
    r"^\W*(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}?(?:did|made|produced|sold|billed|closed|generated"
    r"|booked|achieved|grew|brought\s+in|wrote)\s+(?:[$€£₹]\s?)?\d",
    re.IGNORECASE)

# Where a rep stands against the goal ("is now $10,000 behind goal", "are 15% short of quota"):
# a gap reported, not a result to deliver.
_GAP_TO_GOAL = re.compile(
    r"\b(?:is|are|was|were|now|currently)\s+(?:(?:now|currently|about|roughly|around|only|just)"
    r"\s+)?[$€£₹]?\s?\d[\d,.]{0,12}\s?(?:k|m|%)?\s+(?:behind|short\s+of|below|under)\s+"
    r"(?:(?:the|his|her|their|your|its|our)\s+)?(?:(?:annual|monthly|quarterly|sales|revenue)\s+)?"
    r"(?:goals?|targets?|quotas?|plan|budget|pace)\b",
    re.IGNORECASE)


# What the activity tends to yield, told as a projection ("you can expect to get 2-3 closes per
# week", "reps may expect to see 4 signings a month"): an estimate of the job, not a target set
# ("you are expected to close 3 deals a week" sets one).
_PROJECTION = re.compile(
    r"\b(?:you|reps?|they|he|she)\s+(?:can|could|may|might)\s+(?:(?:typically|usually|generally"
    r"|realistically|reasonably)\s+)?expect\s+to\s+(?:get|see|make|close|land|book|win|have|sign"
    r"|average)\b",
    re.IGNORECASE)

# An aside in brackets telling what the firm does now ("(we sign 3-7 new projects a year)",
# "(currently 25%)"): its figures and its period describe the present, not the result asked for.
_ASIDE = re.compile(
    r"\(\s*(?:we|we[\x27’]re|we[\x27’]ve|our|currently|today|right\s+now|at\s+present)\b[^()]{0,200}\)",
    re.IGNORECASE)


def _asides(text: str) -> list[Span]:
    return [Span(m.group(), m.start(), m.end()) for m in _ASIDE.finditer(text)]


def _missing(code: str, message: str, text: str, vague: re.Pattern, skip, why: str) -> Finding:
    """The problem spans the whole statement unless a vague word stands in for the part."""
    taken = _Taken(skip)
    hint = next((m for m in vague.finditer(text) if not taken.overlaps(m.start(), m.end())),
                None)
    if hint is None:
        return Finding(code, message, 0, len(text))
    return Finding(code, f"“{hint.group()}” {why} {message}", hint.start(), hint.end())


def check(text: str, due: Deadline | None = None) -> OutcomeCheck:
    """Check one outcome statement; `due` is the deadline its list gives every statement
    (period.read_period), taken when the statement names none of its own."""
    phrases = _phrases()
    asides = _asides(text)
    aside = _Taken(asides)
    deadlines = _leftmost_longest(d for d in _deadline_candidates(text)
                                  if not aside.overlaps(d.start, d.end))
    inputs = _find_inputs(text)
    excluded = _Taken([*deadlines, *inputs, *asides])
    quantities = _leftmost_longest(
        q for q in [*_digit_numbers(text), *_word_numbers(text), *_full_targets(text)]
        if not excluded.overlaps(q.start, q.end)
    )
    quantities = _share_range_units(text, quantities)
    quantities = [q for q in quantities if not _is_frequency(text, q)]
    results = tuple(
        Span(m.group(), m.start(), m.end()) for m in phrases.results.finditer(text)
        if not excluded.overlaps(m.start(), m.end())
    )
    if _PAST_RESULT.match(text) or _GAP_TO_GOAL.search(text) or _PROJECTION.search(text):
        # Someone else's result in a past period, how far a rep now stands from goal, or what
        # the work tends to yield, told as a case: nothing is asked of the hire.
        results = ()
    deadline = deadlines[0] if deadlines else None
    problems = list(inputs)
    pay = phrases.pay.search(text)
    if pay:
        # Pay is earned, not delivered: "on-target earnings of $140k in year two" is no outcome.
        results = ()
    # An activity with no result named ("keep the CRM up to date", "80 dials a day"): a verb
    # such as "keep" or "hold" alone does not make it a result.
    named = any(phrases.result_nouns.fullmatch(r.text) for r in results)
    # What the numbers count decides: "provide 3X the number of estimates" counts work done,
    # even where a later sentence mentions the quota it is based on.
    # A number inside a named result counts that result ("book 2 intro calls" books meetings).
    counted = [q for q in quantities
               if not any(r.start <= q.start and q.end <= r.end for r in results)]
    busy = (_counted(text, counted, phrases.activity_nouns, phrases.result_nouns)
            and not _counted(text, counted, phrases.result_nouns, phrases.activity_nouns))
    activity = None if (named and not busy) or pay or inputs else phrases.activities.search(text)
    # A workload ("Manage 40-50 opportunities monthly") with no other result beside it.
    load = None if pay or inputs else phrases.workload.search(text)
    if load and not any(r.end <= load.start() or r.start >= load.end() for r in results):
        activity = load
    if activity:
        results = ()
    elif not (results or pay or inputs):
        results = _heading_target(text, quantities)
    if pay:
        problems.append(Finding(
            "missing_result",
            f"“{pay.group().strip()}” is pay, what the hire earns, not a result they deliver. "
            "State the result that earns it (billings, new customers, signed contracts).",
            pay.start(), pay.start() + len(pay.group().rstrip()),
        ))
    elif activity:
        problems.append(Finding(
            "missing_result",
            f"“{activity.group()}” is an activity, not a result: a number of them says how busy "
            "the hire is, not what they deliver. Name what the activity should produce "
            "(meetings held, deals closed, billings) instead.",
            activity.start(), activity.end(),
        ))
    elif not results:
        problems.append(Finding(
            "missing_result",
            "Say what will be delivered (billings, new customers, signed contracts, "
            "renewals), not an activity, a trait or a background.",
            0, len(text),
        ))
    # Asking an activity or pay for a number and a date would make it look like an outcome.
    busy_or_paid = bool(activity or pay)
    from_list = deadline is None and due is not None and not busy_or_paid
    if from_list:
        # The list's period says by when; the statement itself still has to name a result
        # and a number, and an input requirement still keeps it from being measurable.
        deadline = due
    if not quantities and not busy_or_paid:
        problems.append(_missing(
            "missing_quantity",
            "Put a number on the result: how many, how much, or what percentage.",
            text, phrases.vague_quantity, [*deadlines, *inputs], "is not a number.",
        ))
    if deadline is None and not busy_or_paid:
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
        deadline_from_list=from_list,
    )
