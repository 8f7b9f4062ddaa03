"""A list's period ("By day 90:") stands in for the deadline its statements leave out."""

import pytest

from hiring.analysis.outcomes import (
    MAX_PERIOD_CHARS,
    check,
    period_problem,
    read_period,
)

TWELVE = "by the end of the twelfth full month after the hire date"
NINETY = "within 90 days of the hire date"


def codes(found) -> set[str]:
    return {p.code for p in found.problems}


@pytest.mark.parametrize(("period", "months", "day"), [
    (TWELVE, 12, None),
    (NINETY, 3, None),
    ("By day 90", 3, None),
    ("in the first year", 12, None),
    ("within six months of your start date", 6, None),
    ("by 31 December 2027", None, "2027-12-31"),
    # A scorecard's heading: within that time of the hire date.
    ("First 90 days", 3, None),
    ("the first six months", 6, None),
    ("Year one", 12, None),
    ("Year 1", 12, None),
    ("First-year outcomes:", 12, None),
    ("12 months", 12, None),
])
def test_a_period_reads_as_the_checkers_own_deadline(period, months, day):
    found = read_period(period)
    assert found is not None
    assert found.months_after_hire == months
    assert (found.date.isoformat() if found.date else None) == day
    assert period_problem(period) is None


@pytest.mark.parametrize("period", [
    "Outcomes:",  # a heading that does not say by when
    "soon",
    "as soon as possible",
    "ongoing",
    "a day",  # a rate: nothing falls due after zero months
    "daily",
    "90",
    "12 deals",
])
def test_a_period_that_says_no_deadline_is_refused_with_examples(period):
    assert read_period(period) is None
    message = period_problem(period)
    assert message.startswith(f"“{period}” does not say by when")
    assert "within 90 days of the hire date" in message


def test_an_empty_period_is_no_problem_and_no_deadline():
    assert period_problem("") is None and period_problem("   ") is None
    assert read_period("") is None


def test_a_period_over_the_limit_is_refused_before_it_is_read(monkeypatch):
    from hiring.analysis.outcomes import period

    read = []
    real = period._deadline_candidates
    monkeypatch.setattr(period, "_deadline_candidates",
                        lambda text: read.append(len(text)) or real(text))
    long = TWELVE + " " + "x" * MAX_PERIOD_CHARS
    assert read_period(long) is None
    assert read_period("1" * 1_000_000) is None
    assert read == []
    assert read_period(TWELVE) is not None and read == [len(TWELVE)]
    assert period_problem(long) == f"Keep the period under {MAX_PERIOD_CHARS} characters."


@pytest.mark.parametrize("text", [
    "Close $1.2M in new ARR",
    "Add 12 new logos",
    "Renew 95% of assigned accounts",
    "Sign four to six new customers in the Ohio dental market",
])
def test_a_statement_without_a_deadline_takes_the_lists(text):
    alone = check(text)
    assert not alone.measurable and "missing_deadline" in codes(alone)
    listed = check(text, due=read_period(TWELVE))
    assert listed.measurable
    assert "missing_deadline" not in codes(listed)
    assert listed.deadline_from_list is True
    assert listed.deadline.months_after_hire == 12
    assert listed.to_dict()["deadline"] == {"months_after_hire": 12, "from_list": True}


@pytest.mark.parametrize(("text", "months"), [
    ("Close $1.2M in new ARR by month 6", 6),
    ("Add 12 new logos within 90 days of your start", 3),
    ("Hit 100% of quota in year one", 12),
    # Its own deadline is a rate: still its own, not the list's.
    ("Book 20 first meetings with CFOs each month", 1),
])
def test_a_statements_own_deadline_wins(text, months):
    found = check(text, due=read_period("by the end of 2027"))
    assert found.deadline_from_list is False
    assert found.deadline.months_after_hire == months
    assert found.deadline.date is None
    assert found.to_dict()["deadline"] == {"months_after_hire": months}


@pytest.mark.parametrize("text", [
    "Make 50 calls",
    "Make 80 dials a day",
    "Keep the CRM up to date",
    "Manage 40-50 opportunities",
])
def test_an_activity_never_becomes_measurable_through_the_period(text):
    found = check(text, due=read_period(TWELVE))
    assert not found.measurable
    assert "missing_result" in codes(found)
    assert found.deadline_from_list is False


@pytest.mark.parametrize("text", [
    "On-target earnings of $140k",
    "Earn $60,000 in commission",
])
def test_pay_never_becomes_measurable_through_the_period(text):
    found = check(text, due=read_period(TWELVE))
    assert not found.measurable
    assert "missing_result" in codes(found)
    assert found.deadline_from_list is False


@pytest.mark.parametrize("text", [
    "5+ years of industry experience",
    "Proven track record of closing $1M a year",
    "Bring a book of business worth $500k in new ARR",
])
def test_an_input_requirement_never_becomes_measurable_through_the_period(text):
    found = check(text, due=read_period(TWELVE))
    assert not found.measurable
    assert found.inputs
    # The list does say by when: the statement is not nagged for a deadline as well.
    assert "missing_deadline" not in codes(found)


@pytest.mark.parametrize(("text", "missing"), [
    ("Increase revenue significantly", "missing_quantity"),
    ("Be a team player", "missing_result"),
])
def test_the_period_supplies_only_the_deadline(text, missing):
    found = check(text, due=read_period(NINETY))
    assert not found.measurable
    assert missing in codes(found) and "missing_deadline" not in codes(found)


@pytest.mark.parametrize("text", [
    # Numbers that look like a period are quantities, and the list's period still applies.
    "Sign 90 new customers",
    "Close 12 deals worth $12,000 each",
])
def test_lookalike_numbers_do_not_count_as_a_deadline(text):
    assert "missing_deadline" in codes(check(text))
    found = check(text, due=read_period(TWELVE))
    assert found.measurable and found.deadline_from_list


def test_without_a_period_check_is_unchanged():
    for text in ("Close $1.2M in new ARR", "Make 50 calls", "5+ years of industry experience"):
        assert check(text) == check(text, due=None)
        assert check(text).deadline_from_list is False
