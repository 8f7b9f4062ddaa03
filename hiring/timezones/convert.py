"""Conversions between a wall-clock time in a named zone and UTC. Pure.

A local time can fail to exist (the hour skipped when clocks go forward) or exist twice (the
hour repeated when they go back). The first is refused; the second is resolved to the earlier
of the two instants (the daylight-saving one, `fold=0`), and said so, so that the person who
entered it can correct it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


class NonexistentTime(ValueError):
    """A wall-clock time the zone skips."""


class AmbiguousTime(ValueError):
    """A wall-clock time the zone passes twice (only raised on request)."""


@dataclass(frozen=True, slots=True)
class Resolved:
    utc: datetime
    ambiguous: bool
    note: str = ""


@cache
def _known() -> frozenset[str]:
    return frozenset(available_timezones())


def zone_names() -> tuple[str, ...]:
    """Zone names to offer, sorted: the system's list without the Etc/ and SystemV/ aliases."""
    return tuple(sorted(n for n in _known() if not n.startswith(("Etc/", "SystemV/"))))


def is_valid_zone(name: str | None) -> bool:
    """Whether name is a zone `zoneinfo` can load from the system's list."""
    if not name or name not in _known():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_to_utc(local: datetime, zone: str) -> Resolved:
    """The UTC instant of a naive wall-clock time in zone; raises NonexistentTime for a skipped
    time and resolves a repeated one to its first occurrence."""
    if local.tzinfo is not None:
        raise ValueError("Give a wall-clock time without a zone.")
    tz = ZoneInfo(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    # A time exists when it survives the round trip through UTC.
    if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local:
        raise NonexistentTime(
            f"{local:%d %B %Y %H:%M} does not exist in {zone}: the clocks go forward then. "
            "Choose a time outside the skipped hour.")
    if first.utcoffset() != second.utcoffset():
        later = second.astimezone(UTC)
        return Resolved(first.astimezone(UTC), True, (
            f"{local:%d %B %Y %H:%M} happens twice in {zone} (the clocks go back); "
            f"it was taken as the first, {abbreviation(first)} "
            f"({first.astimezone(UTC):%H:%M} UTC), not the second at "
            f"{later:%H:%M} UTC."))
    return Resolved(first.astimezone(UTC), False)


def utc_to_local(moment: datetime, zone: str) -> datetime:
    """An aware UTC datetime shown in zone."""
    if moment.tzinfo is None:
        # Stored times are UTC; SQLite hands some back without their zone.
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(zone))


def abbreviation(local: datetime) -> str:
    """A short name for a localised time's zone: 'CEST', or the offset ('+04') when the zone
    has no letters, or 'UTC'."""
    name = local.tzname() or ""
    return name or local.strftime("%z")
