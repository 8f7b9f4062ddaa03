"""The fifteen cost lines of a bad hire, each with its default and explanation; estimate()."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from hiring.analysis.hiring_cost.pay import (
    Assumptions,
    Compensation,
    _d,
    _dollars,
    _money,
    _num,
    _pct,
    _years,
)

DIRECT = "direct"
INDIRECT = "indirect"


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
