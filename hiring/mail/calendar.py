"""RFC 5545 calendar invitations for interviews: pure text, no flask, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

PRODID = "-//Sales hiring portal//Interviews//EN"


@dataclass(frozen=True)
class Event:
    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    organizer: tuple[str, str]          # (name, email)
    attendees: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    location: str = ""
    description: str = ""
    cancelled: bool = False


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newlines."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _param(value: str) -> str:
    # Parameter values cannot hold DQUOTE or control characters; quote the rest.
    cleaned = "".join(c for c in value if c != '"' and (c >= " " or c == "\t"))
    return f'"{cleaned}"'


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 sequence."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _address(name: str, email: str) -> str:
    return f"CN={_param(name or email)}:mailto:{email}"


def method(event: Event) -> str:
    return "CANCEL" if event.cancelled else "REQUEST"


def invitation(event: Event, stamp: datetime) -> str:
    """The VCALENDAR text with CRLF line endings, REQUEST or CANCEL."""
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method(event)}",
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(event.start)}",
        f"DTEND:{_utc(event.end)}",
        f"SUMMARY:{escape_text(event.summary)}",
        f"ORGANIZER;{_address(*event.organizer)}",
    ]
    for name, email in event.attendees:
        lines.append(f"ATTENDEE;CN={_param(name or email)};ROLE=REQ-PARTICIPANT;"
                     f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{email}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    lines.append(f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
