"""A position's compensation, the assumptions the cost lines use, and money formatting."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import ROUND_HALF_UP, Decimal

_DOLLAR = Decimal("1")


def _d(value: float | int | str | Decimal) -> Decimal:
    """Decimal from user or config input without float artefacts."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def _dollars(value: Decimal) -> Decimal:
    return value.quantize(_DOLLAR, rounding=ROUND_HALF_UP)


def money(value) -> str:
    """Whole dollars, the sign before the symbol: "$1,250", "-$156,016"."""
    dollars = _dollars(Decimal(value)) + 0  # + 0 turns -0 into 0
    return f"-${-dollars:,}" if dollars < 0 else f"${dollars:,}"


_money = money


def _pct(value: Decimal) -> str:
    return f"{(value * 100).normalize():f}%"


def _num(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _years(value: Decimal) -> str:
    return f"{_num(value)} year" + ("" if value == 1 else "s")


@dataclass(frozen=True)
class Compensation:
    """A position's pay: annual base, annual on-target variable pay, benefits as a share of base."""

    base_salary: Decimal
    variable_target: Decimal
    benefits_rate: Decimal

    def __post_init__(self) -> None:
        for f in fields(self):
            object.__setattr__(self, f.name, _d(getattr(self, f.name)))
        if self.base_salary <= 0:
            raise ValueError("Base salary must be greater than zero.")
        if self.variable_target < 0:
            raise ValueError("Variable pay cannot be negative.")
        if not 0 <= self.benefits_rate <= 1:
            raise ValueError("Benefits rate must be between 0 and 1 (e.g. 0.25 for 25%).")

    @property
    def on_target_cash(self) -> Decimal:
        """First-year cash compensation at target: base plus variable."""
        return self.base_salary + self.variable_target

    @property
    def loaded_base(self) -> Decimal:
        """Base salary plus benefits: what a year of the role's time costs before commission."""
        return self.base_salary * (1 + self.benefits_rate)


@dataclass(frozen=True)
class Assumptions:
    """The rates behind each default; every one can be replaced."""

    tenure_years: Decimal = Decimal("2")
    recruiter_fee_rate: Decimal = Decimal("0.25")
    # A failing salesperson rarely earns much commission; a quarter of target is generous.
    variable_paid_share: Decimal = Decimal("0.25")
    profit_per_cash_comp: Decimal = Decimal("0.5")
    bad_hire_attainment: Decimal = Decimal("0.25")
    manager_cost_multiple: Decimal = Decimal("1.5")
    manager_time_share: Decimal = Decimal("0.10")
    executive_cost_multiple: Decimal = Decimal("2")
    executive_time_share: Decimal = Decimal("0.05")
    support_cost_multiple: Decimal = Decimal("0.8")
    support_time_share: Decimal = Decimal("0.10")
    colleagues: Decimal = Decimal("3")
    colleague_time_share: Decimal = Decimal("0.02")
    alienated_customers_share: Decimal = Decimal("0.15")
    lost_referrals_share: Decimal = Decimal("0.05")
    brand_erosion_share: Decimal = Decimal("0.05")
    expenses_share_of_base: Decimal = Decimal("0.15")
    worry_time_share: Decimal = Decimal("0.02")
    rescue_months: Decimal = Decimal("6")
    rescue_manager_share: Decimal = Decimal("0.20")
    legal_share_of_base: Decimal = Decimal("0.25")

    def __post_init__(self) -> None:
        for f in fields(self):
            value = _d(getattr(self, f.name))
            if value < 0:
                raise ValueError(f"{f.name} cannot be negative.")
            object.__setattr__(self, f.name, value)


def with_assumptions(assumptions: Assumptions, **changes: Decimal | float | str) -> Assumptions:
    """A copy of the assumptions with some rates replaced."""
    return replace(assumptions, **{k: _d(v) for k, v in changes.items()})
