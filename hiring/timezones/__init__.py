"""Time zones: local times entered and shown, UTC stored.

`convert` is pure (no flask, no db); `default_timezone()` and `timezone_of(person)` read the
configured default, so email and calendar code ask one place for a person's zone.
"""

from __future__ import annotations

from functools import cache

from flask import current_app, has_app_context

from hiring.audit import record
from hiring.company.services import saved
from hiring.errors import HiringError
from hiring.timezones.convert import (  # noqa: F401  (re-exported for callers)
    AmbiguousTime,
    NonexistentTime,
    Resolved,
    abbreviation,
    is_valid_zone,
    local_to_utc,
    utc_to_local,
    zone_names,
)

FALLBACK = "UTC"


def default_timezone() -> str:
    """The company's default zone: the company settings' zone, else config `DEFAULT_TIMEZONE`,
    UTC when unset or unknown."""
    if not has_app_context():
        return FALLBACK
    settings = saved()
    name = (settings.time_zone if settings is not None and settings.time_zone
            else current_app.config.get("DEFAULT_TIMEZONE"))
    return name if name and is_valid_zone(name) else FALLBACK


def set_staff_zone(user, name: str | None) -> None:
    """A staff member's own zone (None: the company's default), recorded in the audit log."""
    before = user.timezone
    user.timezone = name
    record(user, "user.timezone_changed", "user", user.id,
           before={"timezone": before}, after={"timezone": user.timezone})


def timezone_of(person) -> str:
    """The zone a staff user or candidate reads times in: their own choice, else the default."""
    name = getattr(person, "timezone", None)
    return name if name and is_valid_zone(name) else default_timezone()


@cache
def zone_choices() -> tuple[str, ...]:
    """Zone names offered in pickers, sorted."""
    return zone_names()


def local_text(moment, person, fmt: str = "%d %b %Y %H:%M") -> str:
    """A stored UTC time as the person reads it, with its zone: '30 Mar 2026 09:30 CEST'."""
    if moment is None:
        return ""
    local = utc_to_local(moment, timezone_of(person))
    return f"{local.strftime(fmt)} {abbreviation(local)}"


def utc_from_local(local, person) -> Resolved:
    """A wall-clock time the person entered, in their zone, as UTC; a skipped time is refused."""
    zone = timezone_of(person)
    try:
        return local_to_utc(local, zone)
    except NonexistentTime as error:
        raise HiringError(str(error)) from None
