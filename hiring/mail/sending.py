"""Delivery: a request only writes a message to the outbox; after the transaction commits,
an RQ job (with REDIS_URL) or one background sender thread per process delivers it through
SMTP, retrying with backoff. `flask mail send-waiting` delivers what waits, for cron."""

from __future__ import annotations

import logging
import smtplib
import ssl
import threading
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from flask import Flask, current_app, has_app_context
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from hiring import registry
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.mail import messages
from hiring.mail.messages import Rendered
from hiring.mail.models import OutboxMessage

log = logging.getLogger(__name__)

# Minutes to wait after the 1st, 2nd, ... failed attempt; then the sender gives up until
# someone presses "Send again".
RETRY_MINUTES = (1, 5, 30, 120, 720)
# A claimed message is left alone by other senders for this long.
LEASE = timedelta(minutes=5)
QUEUE = "mail"

# What an invitation in the outbox holds in place of its token.
LINK_WAITING = "[link issued when the email is sent]"
LINK_SENT = "[link sent by email]"
# ... and one queued while email was not configured: its link was shown once, to the inviter.
LINK_NOT_KEPT = "[link not kept: shown once to whoever invited]"


class Undeliverable(HiringError):
    """Sending again cannot help (the invitation is gone); the sender stops trying."""


def smtp_configured(config: Mapping) -> bool:
    return bool(config.get("MAIL_SERVER"))


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands datetimes back without their zone; they are stored in UTC.
    if value is not None and value.tzinfo is None:
        from datetime import UTC

        return value.replace(tzinfo=UTC)
    return value


# --- writing to the outbox ------------------------------------------------------------------


def queue(*, candidate_id: int, to: str, kind: str, rendered: Rendered, config: Mapping,
          invitation_id: int | None = None, calendar: str = ""):
    """Put a message in the outbox; it is delivered after the transaction commits."""
    message = OutboxMessage(candidate_id=candidate_id, invitation_id=invitation_id, to=to,
                            kind=kind, subject=rendered.subject, body=rendered.text,
                            html=rendered.html, calendar=calendar, attempts=0,
                            next_try_at=utcnow() if smtp_configured(config) else None)
    db.session.add(message)
    db.session.flush()
    if smtp_configured(config):
        db.session.info["mail_waiting"] = True
    return message


def outbox_page(page: int, size: int) -> tuple[list[OutboxMessage], bool]:
    """Page `page` of the outbox, `size` messages newest first, and whether more follow."""
    messages = list(db.session.scalars(select(OutboxMessage).order_by(
        OutboxMessage.id.desc()).offset((page - 1) * size).limit(size + 1)))
    return messages[:size], len(messages) > size


def send_again(message, config: Mapping) -> None:
    """Queue a waiting message for another attempt now."""
    if message.sent_at is not None:
        raise HiringError("This message was already sent.")
    if not smtp_configured(config):
        raise HiringError("Email is not configured (MAIL_SERVER), so nothing can be sent "
                          "from here yet.")
    message.next_try_at = utcnow()
    db.session.info["mail_waiting"] = True


# --- building and sending one email -----------------------------------------------------------


def sender_address(config: Mapping) -> str:
    """The From address: the company settings' sender, else MAIL_DEFAULT_SENDER."""
    settings = messages._company_settings()
    if settings is not None and settings.sender:
        return settings.sender
    return str(config.get("MAIL_DEFAULT_SENDER") or f"hiring@{config.get('MAIL_SERVER')}")


def build_email(config: Mapping, to: str, subject: str, text: str, html: str,
                calendar: str = "") -> EmailMessage:
    """Multipart text and HTML from the company, with the calendar invitation if any."""
    address = sender_address(config)
    email = EmailMessage()
    email["From"] = formataddr((messages.company_name(config), address))
    email["To"] = to
    email["Subject"] = subject
    email["Date"] = formatdate(localtime=False, usegmt=True)
    email["Message-ID"] = make_msgid(domain=address.rpartition("@")[2] or None)
    email.set_content(text)
    if html:
        email.add_alternative(html, subtype="html")
    if calendar:
        method = "CANCEL" if "\r\nMETHOD:CANCEL\r\n" in calendar else "REQUEST"
        email.add_alternative(calendar, subtype="calendar", params={"method": method})
        email.add_attachment(calendar.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
    return email


def smtp_send(config: Mapping, email: EmailMessage) -> None:
    """Deliver through the configured server; raises OSError or smtplib.SMTPException."""
    host = config["MAIL_SERVER"]
    port = int(config.get("MAIL_PORT") or (465 if config.get("MAIL_USE_SSL") else 587))
    timeout = float(config.get("MAIL_TIMEOUT") or 10)
    context = ssl.create_default_context()
    if config.get("MAIL_USE_SSL"):
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
    with smtp:
        if not config.get("MAIL_USE_SSL") and _wants_starttls(smtp, config):
            smtp.starttls(context=context)
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
        smtp.send_message(email)


def _wants_starttls(smtp: smtplib.SMTP, config: Mapping) -> bool:
    """MAIL_USE_TLS true: always (the server must offer it); false: never; unset: whenever the
    server offers it, and required before a password is sent."""
    setting = config.get("MAIL_USE_TLS")
    if setting is not None and str(setting).strip() != "":
        return str(setting).strip().lower() not in ("0", "false", "no", "off")
    smtp.ehlo()
    if smtp.has_extn("starttls"):
        return True
    if config.get("MAIL_USERNAME"):
        raise smtplib.SMTPNotSupportedError(
            "The mail server does not offer STARTTLS; set HIRING_MAIL_USE_TLS=false to send "
            "the password unencrypted anyway, or use HIRING_MAIL_USE_SSL.")
    return False


def _fresh_parts(message, config: Mapping) -> tuple[Rendered, Rendered]:
    """What to send and what to keep of `message`: as queued, unless the package that queued
    its kind renders it afresh at sending time (an invitation issues its link only then)."""
    for parts in registry.hooks("outbox_parts"):
        found = parts(message, config)
        if found is not None:
            return found
    rendered = Rendered(message.subject, message.body, message.html)
    return rendered, rendered


def _send_one(message, config: Mapping) -> None:
    """Send now; raises on failure (the caller rolls back whatever was issued)."""
    sent, kept = _fresh_parts(message, config)
    try:
        smtp_send(config, build_email(config, message.to, sent.subject, sent.text, sent.html,
                                      message.calendar))
    except (OSError, smtplib.SMTPException) as e:
        raise HiringError(f"{type(e).__name__}: {e}") from e
    message.body, message.html = kept.text, kept.html
    message.sent_at, message.error, message.next_try_at = utcnow(), "", None
    message.attempts += 1


def _claim(message_id: int) -> bool:
    now = utcnow()
    claimed = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.sent_at.is_(None),
               OutboxMessage.next_try_at.is_not(None), OutboxMessage.next_try_at <= now)
        .values(next_try_at=now + LEASE)
        .execution_options(synchronize_session=False)).rowcount
    db.session.commit()
    return claimed == 1


def deliver(message_id: int, config: Mapping) -> bool:
    """One attempt at one due message, in its own transactions; True when it was sent."""
    if not _claim(message_id):
        return False
    message = db.session.get(OutboxMessage, message_id)
    try:
        _send_one(message, config)
    except Exception as e:
        if not isinstance(e, HiringError):
            log.exception("message %s: unexpected failure", message_id)
        db.session.rollback()
        message = db.session.get(OutboxMessage, message_id)
        message.attempts += 1
        message.error = str(e) if isinstance(e, HiringError) else f"{type(e).__name__}: {e}"
        retry = None if isinstance(e, Undeliverable) or message.attempts > len(RETRY_MINUTES) \
            else utcnow() + timedelta(minutes=RETRY_MINUTES[message.attempts - 1])
        message.next_try_at = retry
        db.session.commit()
        log.warning("message %s not sent: %s", message_id, e)
        return False
    db.session.commit()
    return True


def due_ids(limit: int = 100) -> list[int]:
    return list(db.session.scalars(
        select(OutboxMessage.id).where(OutboxMessage.sent_at.is_(None),
                                       OutboxMessage.next_try_at.is_not(None),
                                       OutboxMessage.next_try_at <= utcnow())
        .order_by(OutboxMessage.id).limit(limit)))


def next_due() -> datetime | None:
    return _aware(db.session.scalar(
        select(OutboxMessage.next_try_at).where(OutboxMessage.sent_at.is_(None),
                                                OutboxMessage.next_try_at.is_not(None))
        .order_by(OutboxMessage.next_try_at).limit(1)))


def deliver_due(config: Mapping) -> tuple[int, int]:
    """Every message that is due, once each; returns (sent, not sent)."""
    sent = failed = 0
    for message_id in due_ids():
        if deliver(message_id, config):
            sent += 1
        else:
            failed += 1
    return sent, failed


def make_waiting_due() -> int:
    """Every unsent message is due now (for `send-waiting`, after email is configured),
    except those the sender gave up on, which wait for "Send again"."""
    count = db.session.execute(
        update(OutboxMessage).where(OutboxMessage.sent_at.is_(None),
                                    (OutboxMessage.attempts == 0)
                                    | OutboxMessage.next_try_at.is_not(None))
        .values(next_try_at=utcnow()).execution_options(synchronize_session=False)).rowcount
    db.session.commit()
    return count


# --- background delivery ---------------------------------------------------------------------


class Sender:
    """One thread per app and process, alive while messages wait; wakes when one is queued."""

    def __init__(self, app: Flask):
        self.app = app
        self.wake = threading.Event()
        self.stopping = False
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def kick(self) -> None:
        with self.lock:
            self.wake.set()
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="mail-sender",
                                               daemon=True)
                self.thread.start()

    def stop(self, timeout: float = 10) -> None:
        self.stopping = True
        self.wake.set()
        if self.thread is not None:
            self.thread.join(timeout)

    def _run(self) -> None:
        while not self.stopping:
            self.wake.clear()
            try:
                with self.app.app_context():
                    deliver_due(self.app.config)
                    upcoming = next_due()
                    db.session.remove()
            except Exception:  # a background thread has nobody else to tell
                log.exception("the mail sender failed; it tries again in a minute")
                upcoming = utcnow() + timedelta(minutes=1)
            if upcoming is None:
                with self.lock:
                    if not self.wake.is_set():
                        self.thread = None
                        return
                continue
            wait = max(0.0, (upcoming - utcnow()).total_seconds())
            self.wake.wait(timeout=min(wait, 300))


def sender_for(app: Flask) -> Sender:
    sender = app.extensions.get("mail_sender")
    if sender is None:
        sender = app.extensions.setdefault("mail_sender", Sender(app))
    return sender


def deliver_job() -> tuple[int, int]:
    """RQ job: deliver what is due, and come back for the next retry."""
    from hiring import create_app

    app = create_app()
    with app.app_context():
        result = deliver_due(app.config)
        upcoming = next_due()
    if upcoming is not None:
        _queue(app.config["REDIS_URL"]).enqueue_at(upcoming, deliver_job)
    return result


def _queue(redis_url: str):
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE, connection=Redis.from_url(redis_url))


def kick(app: Flask) -> None:
    """Start delivering what waits: an RQ job with Redis, else the sender thread."""
    if not smtp_configured(app.config):
        return
    if app.config.get("REDIS_URL"):
        try:
            _queue(app.config["REDIS_URL"]).enqueue(deliver_job, job_timeout=300)
            return
        except Exception:  # Redis down: the thread in this process delivers instead
            log.exception("could not queue mail delivery in Redis; sending from this process")
    sender_for(app).kick()


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.info.pop("mail_waiting", False) and has_app_context():
        kick(current_app._get_current_object())


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop("mail_waiting", None)
