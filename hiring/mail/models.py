"""The outbox, and an admin's wording of a message (the defaults live in
hiring/mail/messages.toml)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hiring.db import db, utcnow


class MessageWording(db.Model):
    __tablename__ = "mail_message_wording"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class OutboxMessage(db.Model):
    """An email about a candidate, to them or a panelist: delivered in the background when
    SMTP is configured, else kept here to copy."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    invitation_id: Mapped[int | None] = mapped_column(
        ForeignKey("invitation.id", ondelete="SET NULL"))
    to: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    sent_at: Mapped[datetime | None]
    # The last delivery error; empty once sent.
    error: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(40), default="invitation",
                                      server_default="invitation")
    html: Mapped[str] = mapped_column(Text, default="", server_default="")
    # An RFC 5545 invitation sent with the message (interviews), without any token.
    calendar: Mapped[str] = mapped_column(Text, default="", server_default="")
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    # When the sender tries next; None while email is not configured or after giving up.
    next_try_at: Mapped[datetime | None] = mapped_column(index=True)
