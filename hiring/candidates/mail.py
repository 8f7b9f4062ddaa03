"""Sending an email through SMTP with the standard library's smtplib and email packages."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import make_msgid


def smtp_configured(config: Mapping) -> bool:
    """True when MAIL_SERVER names an SMTP server."""
    return bool(config.get("MAIL_SERVER"))


def build_message(config: Mapping, to: str, subject: str, body: str) -> EmailMessage:
    """A plain-text message from MAIL_DEFAULT_SENDER to one recipient."""
    message = EmailMessage()
    sender = config.get("MAIL_DEFAULT_SENDER") or f"hiring@{config.get('MAIL_SERVER')}"
    message["From"] = sender
    message["To"] = to
    # A header is one line: a line break typed into a title must not end it (or add headers).
    message["Subject"] = " ".join(subject.split())
    message["Message-ID"] = make_msgid(domain=str(sender).rpartition("@")[2] or None)
    message.set_content(body)
    return message


def send(config: Mapping, message: EmailMessage) -> None:
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
        if not config.get("MAIL_USE_SSL") and config.get("MAIL_USE_TLS", True):
            smtp.starttls(context=context)
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
        smtp.send_message(message)
