"""One function per event that emails a candidate or their panel. Each renders the admin's (or
the default) wording and puts the message in the outbox; it is delivered after the transaction
commits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import current_app

from hiring.mail import calendar, messages, sending
from hiring.steps import STEP_LABELS

DEFAULT_INTERVIEW_MINUTES = 60


def _config():
    return current_app.config


def _queue(candidate, kind: str, to: str, variables: dict, calendar_text: str = ""):
    rendered = messages.render(kind, variables, _config())
    return sending.queue(candidate_id=candidate.id, to=to, kind=kind, rendered=rendered,
                         config=_config(), calendar=calendar_text)


def _base(candidate) -> dict:
    return {"candidate_name": candidate.name, "position_title": candidate.position.title}


def application_received(candidate):
    """The acknowledgement an applicant gets."""
    return _queue(candidate, "application_received", candidate.email, _base(candidate))


def step_received(candidate, step: str):
    """The receipt when a candidate hands in a step."""
    return _queue(candidate, "step_received", candidate.email,
                  {**_base(candidate), "step": STEP_LABELS.get(step, step).lower()})


def plan_shared(candidate):
    """The candidate's development plan is ready for them."""
    return _queue(candidate, "plan_shared", candidate.email, _base(candidate))


def decision(candidate, reason: str = ""):
    """A courteous no; the reason only when the manager chose to give it."""
    return _queue(candidate, "decision", candidate.email,
                  {**_base(candidate), "reason": (reason or "").strip()})


def offer_made(candidate):
    return _queue(candidate, "offer", candidate.email, _base(candidate))


# Interviews: to the candidate and to each panelist, with a calendar invitation.


def _when(value: datetime) -> str:
    value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return f"{value:%A} {value.day} {value:%B %Y, %H:%M} UTC"


def interview_span(interview) -> tuple[datetime, datetime]:
    start = interview.scheduled_at
    start = start.astimezone(UTC) if start.tzinfo else start.replace(tzinfo=UTC)
    minutes = (getattr(interview, "minutes", None)
               or sum(q.minutes for q in interview.questions) or DEFAULT_INTERVIEW_MINUTES)
    return start, start + timedelta(minutes=minutes)


def interview_uid(interview, config) -> str:
    """Stable for the interview's life; the creation time keeps a reused id from matching."""
    created = interview.created_at
    domain = sending.sender_address(config).rpartition("@")[2] or "hiring.invalid"
    return f"interview-{interview.id}-{created:%Y%m%dT%H%M%S}@{domain}"


def _kind(interview) -> str:
    """"Structured interview" or "Final presentation"."""
    return getattr(interview, "kind_label", None) or "Structured interview"


def interview_event(interview, config, *, cancelled: bool = False) -> calendar.Event:
    candidate = interview.candidate
    start, end = interview_span(interview)
    company = messages.company_name(config)
    panel = [m.user for m in interview.panel]
    return calendar.Event(
        uid=interview_uid(interview, config), sequence=interview.calendar_sequence,
        start=start, end=end,
        summary=f"{_kind(interview)}: {candidate.name}, {candidate.position.title} ({company})",
        organizer=(company, sending.sender_address(config)),
        attendees=((candidate.name, candidate.email),
                   *((u.name or u.email, u.email) for u in panel)),
        location=interview.location,
        description=f"{_kind(interview)} for the {candidate.position.title} position.",
        cancelled=cancelled)


def _interview(interview, kind: str, cancelled: bool = False) -> list:
    """The candidate's and each panelist's message, with the calendar invitation; a final
    presentation has its own wording (presentation_scheduled, ...)."""
    if getattr(interview, "kind", None) == "presentation":
        kind = kind.replace("interview_", "presentation_")
    config = _config()
    candidate = interview.candidate
    start, end = interview_span(interview)
    panel = [m.user for m in interview.panel]
    ics = calendar.invitation(interview_event(interview, config, cancelled=cancelled),
                              stamp=datetime.now(UTC))
    shared = {**_base(candidate), "starts_at": _when(start), "ends_at": f"{end:%H:%M} UTC",
              "location": interview.location,
              "panel": ", ".join(u.name or u.email for u in panel)}
    recipients = [(candidate.name, candidate.email)] + [(u.name or u.email, u.email)
                                                        for u in panel]
    return [_queue(candidate, kind, email, {**shared, "recipient_name": name}, ics)
            for name, email in recipients]


def interview_scheduled(interview) -> list:
    return _interview(interview, "interview_scheduled")


def interview_moved(interview) -> list:
    return _interview(interview, "interview_moved")


def interview_cancelled(interview) -> list:
    return _interview(interview, "interview_cancelled", cancelled=True)
