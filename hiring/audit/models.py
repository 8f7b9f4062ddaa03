from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, event
from sqlalchemy.orm import Mapped, mapped_column

from hiring.db import db, utcnow


class AuditEvent(db.Model):
    """One entry of the append-only log; entries are never updated or deleted by the ORM."""

    # The log filtered by action is read newest first.
    __table_args__ = (Index("ix_audit_event_action_id", "action", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), index=True)
    actor_label: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int | None]
    # Plain integer, not a foreign key: the entry outlives an erased candidate.
    candidate_id: Mapped[int | None] = mapped_column(index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)


def _refuse_change(mapper, connection, target):
    raise RuntimeError("the audit log is append-only")


event.listen(AuditEvent, "before_update", _refuse_change)
event.listen(AuditEvent, "before_delete", _refuse_change)


def record(actor, action: str, subject_type: str, subject_id: int | None, *,
           candidate_id: int | None = None, before: dict | None = None,
           after: dict | None = None, at: datetime | None = None) -> AuditEvent:
    """Add an audit entry to the session; the caller's transaction commits it.

    `actor` is a User, a string such as "system" or "candidate", or None; `at` defaults to
    now (a caller writing a record of the same moment elsewhere passes its time).
    """
    if actor is None:
        actor_id, label = None, "system"
    elif isinstance(actor, str):
        actor_id, label = None, actor
    else:
        actor_id, label = actor.id, actor.email
    entry = AuditEvent(actor_id=actor_id, actor_label=label, action=action,
                       subject_type=subject_type, subject_id=subject_id,
                       candidate_id=candidate_id, before=before, after=after,
                       at=at or utcnow())
    db.session.add(entry)
    return entry
