"""Reading and changing the company settings; checks on logos and colours."""

from __future__ import annotations

import re
from dataclasses import dataclass
from time import monotonic
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app, g, has_app_context
from sqlalchemy import inspect, select

from hiring.addresses import normalize_email
from hiring.audit import record
from hiring.company.models import CompanySettings
from hiring.db import db
from hiring.errors import HiringError

LOGO_MAX_BYTES = 256 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_CONTRAST = 4.5  # WCAG AA for normal text, here white text on the colour and back
DEFAULT_NAME = "Hiring portal"
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_MASTHEAD = "company.masthead"
_SVG_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*"
                       rb"(?:<!DOCTYPE[^>]*>\s*)?(?:<!--.*?-->\s*)*<svg[\s>]", re.DOTALL)


def saved() -> CompanySettings | None:
    """The settings row an admin saved, if any. A page asks for it each time it shows a time
    (for the zone), so the row is kept for the rest of the request (app context)."""
    kept = g.get("company_settings") if has_app_context() else None
    if kept is not None and kept in db.session and not inspect(kept).was_deleted:
        return kept
    found = db.session.scalar(select(CompanySettings).order_by(CompanySettings.id).limit(1))
    if has_app_context():
        g.company_settings = found
    return found


@dataclass(frozen=True)
class Masthead:
    """What every page's header shows of the company."""

    name: str
    primary_color: str
    has_logo: bool


def masthead() -> Masthead:
    """The header's name, colour and whether there is a logo, kept by this app process for
    COMPANY_MASTHEAD_SECONDS: every page shows it, and the row seldom changes. Saving the
    settings renews it here at once; other processes (other instances) show a change within
    that time."""
    kept = current_app.extensions.get(_MASTHEAD)
    now = monotonic()
    if kept is not None and kept[0] > now:
        return kept[1]
    found = db.session.execute(select(
        CompanySettings.name, CompanySettings.primary_color,
        CompanySettings.logo_type).order_by(CompanySettings.id).limit(1)).first()
    shown = Masthead(found.name or "", found.primary_color or "", bool(found.logo_type)) \
        if found is not None else Masthead("", "", False)
    current_app.extensions[_MASTHEAD] = (now + current_app.config["COMPANY_MASTHEAD_SECONDS"],
                                         shown)
    return shown


def forget_masthead() -> None:
    """The next page reads the header from the database again."""
    if has_app_context():
        current_app.extensions.pop(_MASTHEAD, None)


def current() -> CompanySettings:
    """The settings row, or unsaved defaults when an admin has not set any."""
    found = saved()
    return found if found is not None else CompanySettings(
        name="", description="", logo=None, logo_type="", primary_color="", time_zone="UTC",
        location="", sender="")


def display_name(settings: CompanySettings | None = None) -> str:
    """The company's name, or the portal's when none is set."""
    settings = settings if settings is not None else current()
    return settings.name or DEFAULT_NAME


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def contrast_with_white(color: str) -> float:
    """The WCAG contrast ratio of a #rrggbb colour against white."""
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)
    return 1.05 / (luminance + 0.05)


def check_color(value: str) -> str:
    """A #rrggbb colour readable with white (contrast at least 4.5:1), or "" for the default."""
    value = (value or "").strip()
    if not value:
        return ""
    if not _HEX.fullmatch(value):
        raise HiringError(f"“{value}” is not a colour: write it as # and six hex digits, "
                          "e.g. #1d4ed8.")
    ratio = contrast_with_white(value)
    if ratio < MIN_CONTRAST:
        raise HiringError(f"{value} is too light: white text on it has a contrast of "
                          f"{ratio:.1f}:1 and needs at least {MIN_CONTRAST}:1. Choose a darker "
                          "shade.")
    return value.lower()


def check_time_zone(value: str) -> str:
    """An IANA time zone name known to zoneinfo, e.g. Europe/Amsterdam."""
    value = (value or "").strip() or "UTC"
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise HiringError(f"“{value}” is not a time zone: use a name such as "
                          "America/Chicago or Europe/Amsterdam.") from None
    return value


def logo_type(data: bytes) -> str:
    """The media type of a logo judged by its bytes: PNG or SVG, at most LOGO_MAX_BYTES."""
    if len(data) > LOGO_MAX_BYTES:
        raise HiringError(f"The logo is {len(data) // 1024:,} KB; at most "
                          f"{LOGO_MAX_BYTES // 1024} KB.")
    if data.startswith(PNG_SIGNATURE):
        return "image/png"
    if _SVG_ROOT.match(data.removeprefix(b"\xef\xbb\xbf")):
        return "image/svg+xml"
    raise HiringError("The logo must be a PNG or SVG image.")


def save_settings(settings: CompanySettings, *, name: str, description: str,
                  primary_color: str, time_zone: str, sender: str, location: str = "",
                  logo: bytes | None = None, remove_logo: bool = False,
                  actor=None) -> CompanySettings:
    """Check every value, then store them; the logo is kept unless replaced or removed."""
    name = " ".join((name or "").split())
    if not name:
        raise HiringError("Enter the company's name.")
    if len(name) > 120:
        raise HiringError("The company's name is too long (at most 120 characters).")
    description = (description or "").strip()
    if len(description) > 1000:
        raise HiringError("The description is too long (at most 1,000 characters).")
    color = check_color(primary_color)
    zone = check_time_zone(time_zone)
    sender = (sender or "").strip()
    if sender:
        try:
            sender = normalize_email(sender)
        except ValueError as e:
            raise HiringError(f"Sender address: {e}.") from None
    media_type = logo_type(logo) if logo else None
    if settings.id is None:
        db.session.add(settings)
    settings.name, settings.description, settings.primary_color = name, description, color
    settings.time_zone, settings.sender = zone, sender
    settings.location = " ".join((location or "").split())[:120]
    if media_type:
        settings.logo, settings.logo_type = logo, media_type
    elif remove_logo:
        settings.logo, settings.logo_type = None, ""
    db.session.flush()
    forget_masthead()
    record(actor, "company.updated", "company_settings", settings.id,
           after={"logo": settings.logo_type or None, "time_zone": zone})
    return settings
