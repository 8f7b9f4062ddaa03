from decimal import Decimal

import pytest

from hiring.analysis import hiring_cost as hc

TYPICAL = hc.Compensation(base_salary=90_000, variable_target=60_000, benefits_rate="0.25")

# Hand-computed with on-target cash 150,000 and base plus benefits 112,500.
EXPECTED = {
    "recruiter_fee_bad_hire": 37_500,  # 25% x 150,000
    "recruiter_fee_replacement": 37_500,
    "salary_and_benefits": 255_000,  # 2 x (112,500 + 25% x 60,000)
    "lost_opportunities": 112_500,  # 2 x 150,000 x 50% x 75%
    "sales_management_time": 33_750,  # 2 x 10% x 1.5 x 112,500
    "admin_executive_time": 22_500,  # 2 x 5% x 2 x 112,500
    "sales_support_time": 18_000,  # 2 x 10% x 0.8 x 112,500
    "colleague_distraction": 13_500,  # 3 x 2% x 2 x 112,500
    "alienated_customers": 22_500,  # 15% x 150,000
    "lost_referrals": 7_500,  # 5% x 150,000
    "brand_erosion": 7_500,
    "travel_office_expenses": 27_000,  # 2 x 15% x 90,000
    "worry_time": 9_000,  # 2 x 2% x 2 x 112,500
    "rescue_attempt": 16_875,  # 20% x 6/12 x 1.5 x 112,500
    "legal_termination": 22_500,  # 25% x 90,000
}


def test_the_article_lists_fifteen_lines_and_all_have_an_explained_default():
    est = hc.estimate(TYPICAL)
    assert len(est.lines) == 15
    assert len(set(hc.LINE_KEYS)) == 15
    assert {line.key: int(line.amount) for line in est.lines} == EXPECTED
    assert all(line.assumption and not line.overridden for line in est.lines)


def test_direct_expense_of_a_typical_bad_hire_clearly_exceeds_250k():
    est = hc.estimate(TYPICAL)
    # 37,500 + 37,500 + 255,000 + 27,000 + 22,500
    assert est.direct_total == Decimal(379_500)
    assert est.direct_total > 250_000
    assert est.indirect_total == Decimal(263_625)
    assert est.total == Decimal(643_125)


def test_explanations_quote_the_numbers_they_use():
    est = hc.estimate(TYPICAL)
    fee = est.line("recruiter_fee_bad_hire").assumption
    assert "25%" in fee and "$150,000" in fee
    pay = est.line("salary_and_benefits").assumption
    assert "2 years" in pay and "$112,500" in pay


def test_override_replaces_one_line_and_moves_the_total():
    est = hc.estimate(TYPICAL, overrides={"legal_termination": 0, "lost_referrals": "10000"})
    assert est.line("legal_termination").amount == 0
    assert est.line("legal_termination").default == 22_500
    assert est.line("legal_termination").overridden
    assert est.line("lost_referrals").amount == 10_000
    assert est.total == Decimal(643_125 - 22_500 + 2_500)


def test_none_override_keeps_the_default():
    est = hc.estimate(TYPICAL, overrides={"brand_erosion": None})
    assert est.line("brand_erosion").amount == 7_500


@pytest.mark.parametrize(
    "overrides, message",
    [({"coffee": 5}, "Unknown cost lines: coffee"), ({"brand_erosion": -1}, "negative")],
)
def test_bad_overrides_are_refused(overrides, message):
    with pytest.raises(ValueError, match=message):
        hc.estimate(TYPICAL, overrides=overrides)


def test_assumptions_change_the_defaults():
    shorter = hc.with_assumptions(hc.Assumptions(), tenure_years=1, recruiter_fee_rate="0.2")
    est = hc.estimate(TYPICAL, shorter)
    assert est.line("recruiter_fee_bad_hire").amount == 30_000
    assert est.line("salary_and_benefits").amount == 127_500
    assert "1 year " in est.line("salary_and_benefits").assumption


@pytest.mark.parametrize(
    "kwargs",
    [
        {"base_salary": 0, "variable_target": 0, "benefits_rate": 0},
        {"base_salary": 1, "variable_target": -1, "benefits_rate": 0},
        {"base_salary": 1, "variable_target": 0, "benefits_rate": 25},
    ],
)
def test_compensation_is_validated(kwargs):
    with pytest.raises(ValueError):
        hc.Compensation(**kwargs)


def test_payback_of_a_structured_process():
    est = hc.estimate(TYPICAL)
    result = hc.payback(TYPICAL, est.total)
    # 40 planning + 20 x 1 review + 5 interviews x 3 panelists x 2 hours
    assert result.process_hours == 90
    # 112,500 x 1.5 / 2,000 = 84.375 -> 84.38 an hour
    assert result.hourly_cost == Decimal("84.38")
    assert result.process_cost == Decimal(7_594)
    # (40% - 15%) x 643,125 = 160,781.25
    assert result.avoided_cost == Decimal(160_781)
    assert result.ratio == Decimal("21.2")
    assert "40%" in result.explanation and "15%" in result.explanation


def test_payback_with_no_improvement_is_zero_and_free_process_has_no_ratio():
    assert hc.payback(TYPICAL, 100_000, bad_hire_rate_with="0.4").avoided_cost == 0
    free = hc.ProcessEffort(planning_hours=0, candidates_screened=0, candidates_interviewed=0)
    assert hc.payback(TYPICAL, 100_000, effort=free).ratio is None
    with pytest.raises(ValueError, match="between 0 and 1"):
        hc.payback(TYPICAL, 100_000, bad_hire_rate_without=40)


def test_a_negative_payback_says_why():
    result = hc.payback(TYPICAL, 100_000, bad_hire_rate_without="0.15", bad_hire_rate_with="0.4")
    assert result.ratio < 0
    assert result.verdict == ("The process costs more than it saves because the failure rate "
                              "with the process (40%) is set higher than without (15%).")
    same = hc.payback(TYPICAL, 100_000, bad_hire_rate_with="0.4")
    assert same.verdict.startswith("The process saves nothing")
    small = hc.payback(TYPICAL, 10_000)
    assert small.verdict == ("The process costs more than it saves: it avoids $2,500 of "
                             "bad-hire cost per hire and costs $7,594.")
    assert hc.payback(TYPICAL, 643_125).verdict == "The process pays for itself 21.2 times over."


@pytest.mark.parametrize("value, text", [
    (Decimal("1250"), "$1,250"), (Decimal("-156016.4"), "-$156,016"), (Decimal("0.5"), "$1"),
    (Decimal("-0.4"), "$0"), (0, "$0"), (Decimal("250000"), "$250,000"),
])
def test_money_puts_the_sign_before_the_dollar_symbol(value, text):
    assert hc.money(value) == text
