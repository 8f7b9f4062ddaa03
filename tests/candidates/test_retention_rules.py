"""Retention periods and who is due for purge."""

from datetime import UTC, datetime, timedelta

import pytest

from hiring.candidates.retention import (
    RetentionFacts,
    is_due_for_purge,
    parse_period,
    select_due,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "days"),
    [("180d", 180), ("26w", 182), ("6m", 180), ("1y", 365), (" 2 Years ", 730), ("3W", 21)],
)
def test_parse_period(text, days):
    assert parse_period(text) == timedelta(days=days)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "not a period"),
        ("180", "not a period"),
        ("d180", "not a period"),
        ("-5d", "not a period"),
        ("1.5y", "not a period"),
        ("10h", "'h' is not a unit"),
        ("0d", "longer than zero"),
        ("101y", "at most"),
    ],
)
def test_parse_period_errors_say_what_to_write(text, fragment):
    with pytest.raises(ValueError, match=fragment):
        parse_period(text)


def due(**overrides):
    facts = dict(
        hired=False,
        legal_hold=False,
        last_activity_at=NOW - timedelta(days=200),
        now=NOW,
        period=timedelta(days=180),
    )
    facts.update(overrides)
    return is_due_for_purge(**facts)


def test_inactive_unhired_candidate_is_due():
    assert due()


def test_hired_or_held_candidates_are_never_due():
    assert not due(hired=True)
    assert not due(legal_hold=True)


def test_recent_activity_is_kept_and_boundary_is_strict():
    assert not due(last_activity_at=NOW - timedelta(days=10))
    assert not due(last_activity_at=NOW - timedelta(days=180))
    assert due(last_activity_at=NOW - timedelta(days=180, seconds=1))


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        due(last_activity_at=datetime(2020, 1, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        due(now=datetime(2026, 1, 1))


def test_select_due_keeps_order_and_filters():
    old = NOW - timedelta(days=400)
    facts = [
        RetentionFacts(3, hired=False, legal_hold=False, last_activity_at=old),
        RetentionFacts(1, hired=True, legal_hold=False, last_activity_at=old),
        RetentionFacts(2, hired=False, legal_hold=True, last_activity_at=old),
        RetentionFacts(5, hired=False, legal_hold=False, last_activity_at=NOW),
        RetentionFacts(4, hired=False, legal_hold=False, last_activity_at=old),
    ]
    assert select_due(facts, now=NOW, period=parse_period("1y")) == [3, 4]
