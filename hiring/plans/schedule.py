"""Dates and progress for plans: milestone due dates, dated onboarding weeks (pure)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

# "Sharpen Yourself!": the business subjects a salesperson should keep learning.
DEFAULT_LEARNING_AREAS = (
    "Financial literacy: reading a customer's income statement and balance sheet",
    "Business models: how customers in the target market make money",
    "Brands: what our brand and our customers' brands promise",
    "Marketing: how demand is created in the target market",
    "Mergers and acquisitions: how deals reshape customers and competitors",
)
DEFAULT_COACHING_RHYTHM = (
    "Weekly 30-minute coaching on the salesperson's current opportunities (not one-off "
    "training events); monthly review of the route against the milestones; quarterly "
    "review of the destination with the hiring manager."
)
ONBOARDING_DAYS = 90
ACTIVITY_KINDS = (
    ("immersion", "Processes and systems"),
    ("customer", "Customer visits"),
    ("shadowing", "Shadowing"),
    ("solo", "First solo steps"),
)
ACTIVITY_KIND_LABELS = dict(ACTIVITY_KINDS)


def add_months(start: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def milestone_due(start: date, month: int) -> date:
    """Due date of a milestone set for the end of month `month` after `start`."""
    return add_months(start, month) - timedelta(days=1)


def period_label(month: int) -> str:
    """"Month 4 (Q2)": the month after hire and its quarter."""
    return f"Month {month} (Q{(month - 1) // 3 + 1})"


@dataclass(frozen=True)
class Week:
    number: int
    starts: date
    ends: date

    @property
    def label(self) -> str:
        return f"Week {self.number}"


def onboarding_weeks(start: date, days: int = ONBOARDING_DAYS) -> list[Week]:
    """The dated weeks covering `days` days from `start` (13 weeks for 90 days)."""
    count = -(-days // 7)
    last_day = start + timedelta(days=days - 1)
    return [
        Week(n, start + timedelta(weeks=n - 1),
             min(start + timedelta(weeks=n, days=-1), last_day))
        for n in range(1, count + 1)
    ]


def week_of(start: date, when: date) -> int:
    """The onboarding week number that `when` falls in (1 on the start date)."""
    return (when - start).days // 7 + 1


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def label(self) -> str:
        return f"{self.done} of {self.total} done ({self.percent}%)"


def progress(flags: list[bool]) -> Progress:
    """How many of the items are done."""
    return Progress(sum(1 for flag in flags if flag), len(flags))
