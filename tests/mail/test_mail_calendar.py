"""Calendar invitations: the pure writer, and interview emails read back through SMTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
from sqlalchemy import select

from hiring.db import db
from hiring.mail import calendar
from tests.conftest import login
from tests.interviews.conftest import schedule, setup  # noqa: F401

START = datetime(2027, 3, 9, 14, 0, tzinfo=UTC)


def _event(**changes) -> calendar.Event:
    fields = dict(uid="interview-7-20270301T100000@acme.example", sequence=0, start=START,
                  end=START + timedelta(hours=1), summary="Interview: Dana, AE (Acme)",
                  organizer=("Acme Sales", "jobs@acme.example"),
                  attendees=(("Dana Doe", "dana@example.org"), ("Ana", "ana@example.test")),
                  location="Room 4", description="Structured interview.")
    fields.update(changes)
    return calendar.Event(**fields)


def test_lines_are_folded_at_75_octets_with_crlf_and_text_is_escaped():
    long_place = "Konferenzraum Überseeblick; Etage 3, Flügel B\\Nord\n" + "ä" * 80
    text = calendar.invitation(_event(location=long_place), stamp=START)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    parsed = icalendar.Calendar.from_ical(text)
    event = parsed.walk("VEVENT")[0]
    assert str(event["LOCATION"]) == long_place
    assert "LOCATION:Konferenzraum Überseeblick\\; Etage 3\\, Flügel B\\\\Nord\\n" in \
        text.replace("\r\n ", "")


def test_a_request_has_what_calendars_need_and_a_cancel_says_so():
    parsed = icalendar.Calendar.from_ical(calendar.invitation(_event(), stamp=START))
    assert str(parsed["METHOD"]) == "REQUEST" and str(parsed["VERSION"]) == "2.0"
    event = parsed.walk("VEVENT")[0]
    assert event["UID"] == "interview-7-20270301T100000@acme.example"
    assert event["SEQUENCE"] == 0 and event["STATUS"] == "CONFIRMED"
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTEND") == START + timedelta(hours=1)
    assert event.decoded("DTSTAMP") == START
    assert str(event["ORGANIZER"]) == "mailto:jobs@acme.example"
    assert event["ORGANIZER"].params["CN"] == "Acme Sales"
    assert [str(a) for a in event["ATTENDEE"]] == ["mailto:dana@example.org",
                                                   "mailto:ana@example.test"]
    cancel = icalendar.Calendar.from_ical(
        calendar.invitation(_event(sequence=2, cancelled=True), stamp=START))
    assert str(cancel["METHOD"]) == "CANCEL"
    assert cancel.walk("VEVENT")[0]["STATUS"] == "CANCELLED"
    assert cancel.walk("VEVENT")[0]["SEQUENCE"] == 2


def _sent_count(app):
    from hiring.mail.models import OutboxMessage

    with app.app_context():
        return len(list(db.session.scalars(select(OutboxMessage.id).where(
            OutboxMessage.sent_at.is_not(None)))))


def _invitations(received):
    """(recipient, method header, parsed calendar) for each message, with the .ics checked."""
    found = []
    for message in received:
        parts = {part.get_content_type(): part for part in message.walk()}
        inline = parts["text/calendar"]
        attachment = parts["application/ics"]
        assert attachment.get_filename() == "invite.ics"
        assert attachment.get_content() == inline.get_content().encode("utf-8")
        assert message.get_body(("plain",)) and message.get_body(("html",))
        found.append((message["To"], inline.get_param("method"),
                      icalendar.Calendar.from_ical(inline.get_content())))
    return found


def test_interview_emails_carry_one_event_that_moves_and_is_cancelled(
        app, smtp, setup, schedule, wait_for):  # noqa: F811
    interview_id = schedule("ana", "ben")
    wait_for(lambda: _sent_count(app) == 3, what="three invitations")
    first = _invitations(smtp.messages)
    from hiring.candidates.models import Candidate

    with app.app_context():
        candidate_email = db.session.get(Candidate, setup.candidate_id).email
    assert sorted(to for to, _, _ in first) == sorted(
        [candidate_email, "ana@example.test", "ben@example.test"])
    uids = {str(cal.walk("VEVENT")[0]["UID"]) for _, _, cal in first}
    assert len(uids) == 1
    for _, method, cal in first:
        event = cal.walk("VEVENT")[0]
        assert method == "REQUEST" and str(cal["METHOD"]) == "REQUEST"
        assert event["SEQUENCE"] == 0 and len(event["ATTENDEE"]) == 3
        assert event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert "Interview for Account Executive" in smtp.messages[0]["Subject"]

    manager = app.test_client()
    login(manager, "max@example.test")
    later = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=3)
    moved = manager.post(f"/interviews/{interview_id}/move", data={
        "scheduled_at": later.strftime("%Y-%m-%dT%H:%M"), "location": "Room 9"})
    assert moved.status_code in (302, 303), moved.get_data(as_text=True)
    wait_for(lambda: _sent_count(app) == 6, what="three updates")
    update = _invitations(smtp.messages[3:])
    for _, method, cal in update:
        event = cal.walk("VEVENT")[0]
        assert method == "REQUEST" and str(event["UID"]) in uids
        assert event["SEQUENCE"] == 1 and event.decoded("DTSTART") == later
        assert str(event["LOCATION"]) == "Room 9"
    assert "moved" in smtp.messages[3]["Subject"]

    cancelled = manager.post(f"/interviews/{interview_id}/cancel")
    assert cancelled.status_code in (302, 303)
    wait_for(lambda: _sent_count(app) == 9, what="three cancellations")
    for _, method, cal in _invitations(smtp.messages[6:]):
        event = cal.walk("VEVENT")[0]
        assert method == "CANCEL" and str(cal["METHOD"]) == "CANCEL"
        assert str(event["UID"]) in uids and event["SEQUENCE"] == 2
        assert event["STATUS"] == "CANCELLED"
    from hiring.interviews.models import Interview

    with app.app_context():
        assert db.session.get(Interview, interview_id) is None
