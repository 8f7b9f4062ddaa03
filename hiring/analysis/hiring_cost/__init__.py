"""The cost of a bad sales hire, line by line, and the payback of a structured process.

The fifteen lines are the article's list ("Bad Hires are Expensive"). Each default is derived
from the position's compensation through a named assumption whose explanation quotes the
numbers it used, so a manager can see why a line has its value and replace it with their own.

Direct lines are money paid out because of the hire (fees, pay, expenses, lawyers); indirect
lines are time and opportunity. The article's claim that a single bad hire can exceed $250,000
in direct expense is about the first group.

What is where:
  pay.py      the position's compensation, the assumptions, and money formatting
  lines.py    the fifteen cost lines and estimate()
  process.py  the structured process's effort and payback()
"""

from hiring.analysis.hiring_cost.lines import (
    DIRECT,
    INDIRECT,
    LINE_KEYS,
    LINE_LABELS,
    CostEstimate,
    CostLine,
    estimate,
)
from hiring.analysis.hiring_cost.pay import Assumptions, Compensation, money, with_assumptions
from hiring.analysis.hiring_cost.process import HOURS_PER_YEAR, Payback, ProcessEffort, payback

__all__ = [
    "Assumptions",
    "Compensation",
    "CostEstimate",
    "CostLine",
    "DIRECT",
    "HOURS_PER_YEAR",
    "INDIRECT",
    "LINE_KEYS",
    "LINE_LABELS",
    "Payback",
    "ProcessEffort",
    "estimate",
    "money",
    "payback",
    "with_assumptions",
]
