"""Local wall-clock times to UTC and back, across daylight-saving changes. Pure."""

from datetime import UTC, datetime

import pytest

from hiring.timezones.convert import (
    NonexistentTime,
    abbreviation,
    is_valid_zone,
    local_to_utc,
    utc_to_local,
)


def test_berlin_the_day_after_the_spring_change_is_two_hours_ahead():
    resolved = local_to_utc(datetime(2026, 3, 30, 9, 30), "Europe/Berlin")
    assert resolved.utc == datetime(2026, 3, 30, 7, 30, tzinfo=UTC)
    assert not resolved.ambiguous and resolved.note == ""


def test_berlin_in_winter_is_one_hour_ahead():
    assert local_to_utc(datetime(2026, 1, 15, 9, 30), "Europe/Berlin").utc == datetime(
        2026, 1, 15, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(("zone", "skipped"), [
    ("Europe/Berlin", datetime(2026, 3, 29, 2, 30)),
    ("America/New_York", datetime(2026, 3, 8, 2, 30)),
])
def test_a_time_in_the_skipped_hour_is_refused_with_a_reason(zone, skipped):
    with pytest.raises(NonexistentTime, match="does not exist in .*clocks go forward"):
        local_to_utc(skipped, zone)


@pytest.mark.parametrize(("zone", "repeated", "first_utc"), [
    ("Europe/Berlin", datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
    ("America/New_York", datetime(2026, 11, 1, 1, 30), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
])
def test_a_repeated_autumn_time_is_the_first_one_and_says_so(zone, repeated, first_utc):
    resolved = local_to_utc(repeated, zone)
    assert resolved.utc == first_utc
    assert resolved.ambiguous
    assert "happens twice" in resolved.note and "taken as the first" in resolved.note
    # The same input always gives the same instant.
    assert local_to_utc(repeated, zone) == resolved


def test_new_york_after_the_spring_change():
    assert local_to_utc(datetime(2026, 3, 9, 9, 30), "America/New_York").utc == datetime(
        2026, 3, 9, 13, 30, tzinfo=UTC)


def test_round_trip_and_abbreviations():
    stored = datetime(2026, 3, 30, 7, 30, tzinfo=UTC)
    shown = utc_to_local(stored, "Europe/Berlin")
    assert (shown.hour, shown.minute, abbreviation(shown)) == (9, 30, "CEST")
    assert abbreviation(utc_to_local(datetime(2026, 1, 5, 12, tzinfo=UTC), "America/New_York")) \
        == "EST"
    # SQLite can hand back a naive value: it is UTC.
    assert utc_to_local(datetime(2026, 3, 30, 7, 30), "UTC").hour == 7


def test_aware_input_is_refused():
    with pytest.raises(ValueError, match="without a zone"):
        local_to_utc(datetime(2026, 1, 1, tzinfo=UTC), "Europe/Berlin")


@pytest.mark.parametrize(("name", "valid"), [
    ("Europe/Berlin", True), ("America/New_York", True), ("UTC", True),
    ("Europe/Atlantis", False), ("", False), (None, False), ("../../etc/passwd", False),
])
def test_zone_names_are_checked_against_the_system_list(name, valid):
    assert is_valid_zone(name) is valid
