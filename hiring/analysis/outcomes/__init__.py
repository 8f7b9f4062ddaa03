"""Outcome statements: quantities, deadlines, input requirements and what is missing.

A statement is measurable when it names a result (what will be delivered), a quantity and
a deadline. Every finding carries character offsets into the original text so an editor can
point at it.

What is where:
  patterns.py    number words and the patterns for deadlines and quantities
  results.py     what a check returns: Quantity, Deadline, Span, OutcomeCheck
  phrases.py     phrases/outcomes.toml: input requirements, result words, vague words
  deadlines.py   deadlines relative to the hire date or on a calendar date
  quantities.py  numbers in digits or words, with their units
  checker.py     check(): input requirements and what is missing
  period.py      the period a whole list is due in, taken by statements without a deadline
"""

from hiring.analysis.outcomes.checker import check
from hiring.analysis.outcomes.patterns import NUMBER
from hiring.analysis.outcomes.period import MAX_PERIOD_CHARS, period_problem, read_period
from hiring.analysis.outcomes.phrases import PHRASES_FILE
from hiring.analysis.outcomes.results import Deadline, OutcomeCheck, Quantity, Span

__all__ = [
    "Deadline",
    "MAX_PERIOD_CHARS",
    "NUMBER",
    "OutcomeCheck",
    "PHRASES_FILE",
    "Quantity",
    "Span",
    "check",
    "period_problem",
    "read_period",
]
