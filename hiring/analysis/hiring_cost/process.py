"""What a structured process costs for one hire, against the bad-hire cost it avoids."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import ROUND_HALF_UP, Decimal

from hiring.analysis.hiring_cost.pay import (
    Assumptions,
    Compensation,
    _d,
    _dollars,
    _money,
    _num,
    _pct,
)


@dataclass(frozen=True)
class ProcessEffort:
    """People's hours a structured process takes for one hire."""

    # Writing outcomes, the development plan and the onboarding plan.
    planning_hours: Decimal = Decimal("40")
    candidates_screened: Decimal = Decimal("20")
    # Reading a writing sample and a research exercise.
    review_hours_per_candidate: Decimal = Decimal("1")
    candidates_interviewed: Decimal = Decimal("5")
    panel_size: Decimal = Decimal("3")
    # Preparing from the kit, the interview itself and the debrief.
    hours_per_panelist: Decimal = Decimal("2")

    def __post_init__(self) -> None:
        for f in fields(self):
            value = _d(getattr(self, f.name))
            if value < 0:
                raise ValueError(f"{f.name} cannot be negative.")
            object.__setattr__(self, f.name, value)

    @property
    def hours(self) -> Decimal:
        """Total hours of people's time for one hire."""
        return (
            self.planning_hours
            + self.candidates_screened * self.review_hours_per_candidate
            + self.candidates_interviewed * self.panel_size * self.hours_per_panelist
        )


# A working year for turning annual cost into an hourly one.
HOURS_PER_YEAR = Decimal("2000")


@dataclass(frozen=True)
class Payback:
    process_hours: Decimal
    hourly_cost: Decimal
    process_cost: Decimal
    bad_hire_cost: Decimal
    bad_hire_rate_without: Decimal
    bad_hire_rate_with: Decimal
    avoided_cost: Decimal
    explanation: str = field(compare=False)

    @property
    def ratio(self) -> Decimal | None:
        """Expected avoided cost per dollar the process costs; None when the process is free."""
        if self.process_cost == 0:
            return None
        return (self.avoided_cost / self.process_cost).quantize(Decimal("0.1"), ROUND_HALF_UP)

    @property
    def verdict(self) -> str:
        """One sentence saying whether the process pays for itself, and why not when it does not."""
        without, with_ = _pct(self.bad_hire_rate_without), _pct(self.bad_hire_rate_with)
        if self.bad_hire_rate_with > self.bad_hire_rate_without:
            return ("The process costs more than it saves because the failure rate with the "
                    f"process ({with_}) is set higher than without ({without}).")
        if self.bad_hire_rate_with == self.bad_hire_rate_without:
            return ("The process saves nothing because the failure rate with the process "
                    f"({with_}) is set the same as without ({without}).")
        if self.process_cost == 0:
            return "The process costs nothing, so whatever it avoids is saved."
        if self.avoided_cost < self.process_cost:
            return (f"The process costs more than it saves: it avoids "
                    f"{_money(self.avoided_cost)} of bad-hire cost per hire and costs "
                    f"{_money(self.process_cost)}.")
        return f"The process pays for itself {self.ratio} times over."


def payback(
    compensation: Compensation,
    bad_hire_cost: Decimal,
    *,
    effort: ProcessEffort | None = None,
    bad_hire_rate_without: Decimal | float | str = Decimal("0.40"),
    bad_hire_rate_with: Decimal | float | str = Decimal("0.15"),
    assumptions: Assumptions | None = None,
) -> Payback:
    """Cost of the structured process for one hire against the bad-hire cost it should avoid.

    The expected avoided cost is (rate without - rate with) x cost of one bad hire: the process
    pays for itself when that exceeds the hours it takes at a sales manager's hourly cost.
    """
    effort = effort or ProcessEffort()
    assumptions = assumptions or Assumptions()
    without, with_ = _d(bad_hire_rate_without), _d(bad_hire_rate_with)
    for rate in (without, with_):
        if not 0 <= rate <= 1:
            raise ValueError("Bad-hire rates must be between 0 and 1 (e.g. 0.4 for 40%).")
    hourly = compensation.loaded_base * assumptions.manager_cost_multiple / HOURS_PER_YEAR
    hourly = hourly.quantize(Decimal("0.01"), ROUND_HALF_UP)
    process_cost = _dollars(effort.hours * hourly)
    avoided = _dollars((without - with_) * _d(bad_hire_cost))
    explanation = (
        f"The process takes about {_num(effort.hours)} hours of people's time per hire "
        f"(planning, reviewing {_num(effort.candidates_screened)} candidates' exercises, "
        f"{_num(effort.candidates_interviewed)} panel interviews of {_num(effort.panel_size)}) "
        f"at a sales manager's cost of {_money(hourly)} an hour. Without it, "
        f"{_pct(without)} of sales hires are assumed to fail; with it, {_pct(with_)}. "
        "Replace both rates with your own history when you have it."
    )
    return Payback(
        process_hours=effort.hours,
        hourly_cost=hourly,
        process_cost=process_cost,
        bad_hire_cost=_d(bad_hire_cost),
        bad_hire_rate_without=without,
        bad_hire_rate_with=with_,
        avoided_cost=avoided,
        explanation=explanation,
    )
