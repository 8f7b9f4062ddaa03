"""The cost of a bad sales hire, line by line, and the payback of a structured process.

The fifteen lines are the article's list ("Bad Hires are Expensive"). Each default is derived
from the position's compensation through a named assumption whose explanation quotes the
numbers it used, so a manager can see why a line has its value and replace it with their own.

Direct lines are money paid out because of the hire (fees, pay, expenses, lawyers); indirect
lines are time and opportunity. The article's claim that a single bad hire can exceed $250,000
in direct expense is about the first group.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from decimal import ROUND_HALF_UP, Decimal

DIRECT = "direct"
INDIRECT = "indirect"

_DOLLAR = Decimal("1")


def _d(value: float | int | str | Decimal) -> Decimal:
    """Decimal from user or config input without float artefacts."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def _dollars(value: Decimal) -> Decimal:
    return value.quantize(_DOLLAR, rounding=ROUND_HALF_UP)


def _money(value: Decimal) -> str:
    return f"${_dollars(value):,}"


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


@dataclass(frozen=True)
class _LineRule:
    key: str
    label: str
    kind: str
    amount: Callable[[Compensation, Assumptions], Decimal]
    explain: Callable[[Compensation, Assumptions], str]


def _manager_year(c: Compensation, a: Assumptions) -> Decimal:
    return c.loaded_base * a.manager_cost_multiple


def _executive_year(c: Compensation, a: Assumptions) -> Decimal:
    return c.loaded_base * a.executive_cost_multiple


_RULES: tuple[_LineRule, ...] = (
    _LineRule(
        "recruiter_fee_bad_hire",
        "Recruiter's fee for the bad hire",
        DIRECT,
        lambda c, a: c.on_target_cash * a.recruiter_fee_rate,
        lambda c, a: (
            f"Recruiter fee of {_pct(a.recruiter_fee_rate)} of first-year cash compensation "
            f"at target ({_money(c.on_target_cash)})."
        ),
    ),
    _LineRule(
        "recruiter_fee_replacement",
        "Recruiter's fee for a replacement",
        DIRECT,
        lambda c, a: c.on_target_cash * a.recruiter_fee_rate,
        lambda c, a: (
            f"The same {_pct(a.recruiter_fee_rate)} fee again to fill the seat a second time."
        ),
    ),
    _LineRule(
        "salary_and_benefits",
        "Salary and benefits for the bad hire",
        DIRECT,
        lambda c, a: a.tenure_years
        * (c.loaded_base + c.variable_target * a.variable_paid_share),
        lambda c, a: (
            f"{_years(a.tenure_years)} of base salary plus {_pct(c.benefits_rate)} benefits "
            f"({_money(c.loaded_base)} a year) and {_pct(a.variable_paid_share)} of target "
            f"variable pay ({_money(c.variable_target * a.variable_paid_share)} a year): "
            "a bad hire usually stays about two years before leaving or being let go."
        ),
    ),
    _LineRule(
        "lost_opportunities",
        "Net profit of lost opportunities",
        INDIRECT,
        lambda c, a: a.tenure_years
        * c.on_target_cash
        * a.profit_per_cash_comp
        * (1 - a.bad_hire_attainment),
        lambda c, a: (
            f"A productive salesperson returns net profit of {_pct(a.profit_per_cash_comp)} "
            "of their cash compensation a year "
            f"({_money(c.on_target_cash * a.profit_per_cash_comp)}); "
            f"the bad hire delivers {_pct(a.bad_hire_attainment)} of it, "
            f"for {_years(a.tenure_years)}."
        ),
    ),
    _LineRule(
        "sales_management_time",
        "Wasted sales management time",
        INDIRECT,
        lambda c, a: a.tenure_years * a.manager_time_share * _manager_year(c, a),
        lambda c, a: (
            f"{_pct(a.manager_time_share)} of a sales manager's year for "
            f"{_years(a.tenure_years)}; a manager costs {_num(a.manager_cost_multiple)} times "
            f"the role's base plus benefits ({_money(_manager_year(c, a))} a year)."
        ),
    ),
    _LineRule(
        "admin_executive_time",
        "Wasted administrative and executive time",
        INDIRECT,
        lambda c, a: a.tenure_years * a.executive_time_share * _executive_year(c, a),
        lambda c, a: (
            f"{_pct(a.executive_time_share)} of an executive's year for "
            f"{_years(a.tenure_years)}, at {_num(a.executive_cost_multiple)} times the "
            f"role's base plus benefits ({_money(_executive_year(c, a))} a year)."
        ),
    ),
    _LineRule(
        "sales_support_time",
        "Wasted sales support time (estimating, pricing, proposals)",
        INDIRECT,
        lambda c, a: a.tenure_years
        * a.support_time_share
        * c.loaded_base
        * a.support_cost_multiple,
        lambda c, a: (
            f"{_pct(a.support_time_share)} of a sales-support person's year for "
            f"{_years(a.tenure_years)} spent on proposals that go nowhere, at "
            f"{_num(a.support_cost_multiple)} times the role's base plus benefits."
        ),
    ),
    _LineRule(
        "colleague_distraction",
        "Wasted time of other salespeople distracted by the bad hire",
        INDIRECT,
        lambda c, a: a.colleagues * a.colleague_time_share * a.tenure_years * c.loaded_base,
        lambda c, a: (
            f"{_num(a.colleagues)} colleagues each lose {_pct(a.colleague_time_share)} of their "
            f"time for {_years(a.tenure_years)}, each costing the role's base plus benefits."
        ),
    ),
    _LineRule(
        "alienated_customers",
        "Alienated prospects and customers",
        INDIRECT,
        lambda c, a: c.on_target_cash * a.alienated_customers_share,
        lambda c, a: (
            f"Profit from prospects and customers who will not come back, taken as "
            f"{_pct(a.alienated_customers_share)} of a year's cash compensation at target."
        ),
    ),
    _LineRule(
        "lost_referrals",
        "Lost referrals",
        INDIRECT,
        lambda c, a: c.on_target_cash * a.lost_referrals_share,
        lambda c, a: (
            f"Referrals satisfied customers would have given, taken as "
            f"{_pct(a.lost_referrals_share)} of a year's cash compensation at target."
        ),
    ),
    _LineRule(
        "brand_erosion",
        "Erosion of brand equity",
        INDIRECT,
        lambda c, a: c.on_target_cash * a.brand_erosion_share,
        lambda c, a: (
            f"Damage to how the market sees the company, taken as "
            f"{_pct(a.brand_erosion_share)} of a year's cash compensation at target."
        ),
    ),
    _LineRule(
        "travel_office_expenses",
        "Travel, entertainment, office and other expenses",
        DIRECT,
        lambda c, a: a.tenure_years * a.expenses_share_of_base * c.base_salary,
        lambda c, a: (
            f"Expenses of {_pct(a.expenses_share_of_base)} of base salary a year "
            f"({_money(a.expenses_share_of_base * c.base_salary)}) for "
            f"{_years(a.tenure_years)}."
        ),
    ),
    _LineRule(
        "worry_time",
        "Time spent talking, worrying or hand-wringing",
        INDIRECT,
        lambda c, a: a.tenure_years * a.worry_time_share * _executive_year(c, a),
        lambda c, a: (
            f"{_pct(a.worry_time_share)} of an executive's year for {_years(a.tenure_years)} "
            "spent discussing the hire."
        ),
    ),
    _LineRule(
        "rescue_attempt",
        "A misguided turnaround or rescue attempt",
        INDIRECT,
        lambda c, a: a.rescue_manager_share * a.rescue_months / 12 * _manager_year(c, a),
        lambda c, a: (
            f"{_pct(a.rescue_manager_share)} of a sales manager's time for "
            f"{_num(a.rescue_months)} months of coaching that does not work."
        ),
    ),
    _LineRule(
        "legal_termination",
        "Potential legal expenses to terminate",
        DIRECT,
        lambda c, a: a.legal_share_of_base * c.base_salary,
        lambda c, a: (
            f"Counsel and a negotiated separation worth {_pct(a.legal_share_of_base)} of a year's "
            "base salary (about three months)."
        ),
    ),
)

LINE_KEYS: tuple[str, ...] = tuple(rule.key for rule in _RULES)
LINE_LABELS: dict[str, str] = {rule.key: rule.label for rule in _RULES}


@dataclass(frozen=True)
class CostLine:
    key: str
    label: str
    kind: str
    default: Decimal
    amount: Decimal
    assumption: str

    @property
    def overridden(self) -> bool:
        """True when the amount is the user's, not the computed default."""
        return self.amount != self.default


@dataclass(frozen=True)
class CostEstimate:
    lines: tuple[CostLine, ...]

    @property
    def direct_total(self) -> Decimal:
        """Money paid out because of the hire."""
        return sum((line.amount for line in self.lines if line.kind == DIRECT), Decimal(0))

    @property
    def indirect_total(self) -> Decimal:
        """Time and opportunity lost because of the hire."""
        return sum((line.amount for line in self.lines if line.kind == INDIRECT), Decimal(0))

    @property
    def total(self) -> Decimal:
        """Everything the bad hire costs."""
        return self.direct_total + self.indirect_total

    def line(self, key: str) -> CostLine:
        """The line with this key."""
        for line in self.lines:
            if line.key == key:
                return line
        raise KeyError(key)


def estimate(
    compensation: Compensation,
    assumptions: Assumptions | None = None,
    overrides: Mapping[str, Decimal | int | float | str] | None = None,
) -> CostEstimate:
    """Every cost line from defaults, with any user overrides applied."""
    assumptions = assumptions or Assumptions()
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(LINE_KEYS))
    if unknown:
        raise ValueError(f"Unknown cost lines: {', '.join(unknown)}.")
    lines = []
    for rule in _RULES:
        default = _dollars(rule.amount(compensation, assumptions))
        amount = default
        if overrides.get(rule.key) is not None:
            amount = _dollars(_d(overrides[rule.key]))
            if amount < 0:
                raise ValueError(f"{rule.label}: an amount cannot be negative.")
        lines.append(
            CostLine(
                key=rule.key,
                label=rule.label,
                kind=rule.kind,
                default=default,
                amount=amount,
                assumption=rule.explain(compensation, assumptions),
            )
        )
    return CostEstimate(tuple(lines))


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


def with_assumptions(assumptions: Assumptions, **changes: Decimal | float | str) -> Assumptions:
    """A copy of the assumptions with some rates replaced."""
    return replace(assumptions, **{k: _d(v) for k, v in changes.items()})
