"""The cost of a bad hire: a position's compensation and saved scenario, worked out and
printed."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from hiring.analysis import hiring_cost as hc
from hiring.audit import record
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.positions.models import Position
from hiring.reports.models import CostScenario


def compensation_of(position: Position) -> hc.Compensation | None:
    """The position's pay as calculator input; None until a base salary is set (or while the
    stored pay is out of range)."""
    if position.pay_problem or not position.base_salary:
        return None
    return hc.Compensation(
        base_salary=position.base_salary,
        variable_target=position.variable_pay or 0,
        benefits_rate=position.benefits_rate if position.benefits_rate is not None else 0,
    )


def scenario_of(position: Position) -> CostScenario | None:
    """The position's saved calculator inputs, if any."""
    return db.session.scalar(select(CostScenario).where(CostScenario.position_id == position.id))


@dataclass(frozen=True)
class CostView:
    compensation: hc.Compensation
    estimate: hc.CostEstimate
    payback: hc.Payback


def cost_of(
    position: Position,
    overrides: dict | None = None,
    rates: tuple[float, float] | None = None,
) -> CostView | None:
    """The calculator for a position from its saved scenario (or the given values)."""
    compensation = compensation_of(position)
    if compensation is None:
        return None
    scenario = scenario_of(position)
    if overrides is None:
        overrides = dict(scenario.overrides) if scenario else {}
    if rates is None:
        rates = (
            (scenario.bad_hire_rate_without, scenario.bad_hire_rate_with)
            if scenario
            else (0.40, 0.15)
        )
    estimate = hc.estimate(compensation, overrides=overrides)
    payback = hc.payback(
        compensation,
        estimate.total,
        bad_hire_rate_without=str(rates[0]),
        bad_hire_rate_with=str(rates[1]),
    )
    return CostView(compensation, estimate, payback)


def save_cost_scenario(
    position: Position, amounts: dict[str, object], rates: tuple[float, float], actor
) -> CostScenario:
    """Keep the lines that differ from their defaults, and the bad-hire rates."""
    compensation = compensation_of(position)
    if compensation is None:
        raise HiringError("Set the position's base salary first: the defaults are built on it.")
    without, with_ = rates
    if not (0 <= with_ <= 1 and 0 <= without <= 1):
        raise HiringError("Bad-hire rates are percentages between 0 and 100.")
    defaults = hc.estimate(compensation)
    overrides: dict[str, int] = {}
    for key, raw in amounts.items():
        if key not in hc.LINE_KEYS or raw in (None, ""):
            continue
        try:
            amount = Decimal(str(raw)).quantize(Decimal(1))
        except InvalidOperation as e:
            raise HiringError(f"{hc.LINE_LABELS[key]}: enter an amount in dollars.") from e
        if amount < 0:
            raise HiringError(f"{hc.LINE_LABELS[key]}: an amount cannot be negative.")
        if amount != defaults.line(key).amount:
            overrides[key] = int(amount)
    scenario = scenario_of(position)
    if scenario is None:
        scenario = CostScenario(position_id=position.id)
        db.session.add(scenario)
    scenario.overrides = overrides
    scenario.bad_hire_rate_without = float(without)
    scenario.bad_hire_rate_with = float(with_)
    scenario.updated_by_id = getattr(actor, "id", None)
    scenario.updated_at = utcnow()
    db.session.flush()
    record(actor, "reports.cost_saved", "position", position.id,
           after={"overridden": sorted(overrides)})
    return scenario


def cost_pdf_document(position: Position, view: CostView) -> dict:
    """Plain data for pdf/document.html: the lines, totals and payback, no ORM objects."""
    estimate, payback = view.estimate, view.payback

    money = hc.money
    rows = [
        [
            line.label + (" (changed)" if line.overridden else ""),
            "Direct" if line.kind == hc.DIRECT else "Indirect",
            money(line.amount),
            line.assumption
            + (f" Calculated default: {money(line.default)}." if line.overridden else ""),
        ]
        for line in estimate.lines
    ]
    c = view.compensation
    return {
        "kicker": "Cost of a bad hire",
        "subtitle": position.title,
        "summary": [
            {"label": "Direct expense", "value": money(estimate.direct_total)},
            {"label": "Indirect cost", "value": money(estimate.indirect_total)},
            {"label": "Total", "value": money(estimate.total)},
            {"label": "Payback of a structured process",
             "value": f"{payback.ratio}x" if payback.ratio is not None else "n/a"},
        ],
        "footnote": (
            f"Built on base salary {money(c.base_salary.quantize(Decimal(1)))}, variable pay "
            f"{money(c.variable_target.quantize(Decimal(1)))} and benefits at "
            f"{c.benefits_rate * 100:.0f}% of base."
        ),
        "sections": [
            {
                "heading": "The fifteen costs",
                "intro": "Direct lines are money paid out; indirect lines are time and "
                "opportunity lost.",
                "table": {
                    "caption": "Cost lines",
                    "columns": [
                        {"label": "Cost", "width": 28},
                        {"label": "Kind", "width": 10},
                        {"label": "Amount", "width": 14},
                        {"label": "Assumption", "width": 48},
                    ],
                    "rows": rows,
                },
            },
            {
                "heading": "Payback of a structured process",
                "paragraphs": [
                    payback.explanation,
                    f"Process cost per hire: {money(payback.process_cost)}. Expected bad-hire "
                    f"cost avoided per hire: {money(payback.avoided_cost)}.",
                    payback.verdict,
                ],
            },
        ],
    }
