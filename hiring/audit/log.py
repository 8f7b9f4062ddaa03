"""Reading the audit log a page at a time."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from hiring.audit.models import AuditEvent
from hiring.db import db


@dataclass(frozen=True)
class LogPage:
    events: list[AuditEvent]  # this page's entries, newest first
    has_more: bool
    actions: list[str]  # every action in the log, for the filter
    total: int  # entries matching the filter


def log_page(*, candidate_id: int | None, action: str, page: int, size: int) -> LogPage:
    """One page of entries, optionally about one candidate and of one action."""
    query = select(AuditEvent)
    if candidate_id:
        query = query.where(AuditEvent.candidate_id == candidate_id)
    if action:
        query = query.where(AuditEvent.action == action)
    events = list(db.session.scalars(query.order_by(AuditEvent.id.desc())
                                     .offset((page - 1) * size).limit(size + 1)))
    actions = distinct_actions()
    total = db.session.scalar(select(func.count()).select_from(query.subquery()))
    return LogPage(events[:size], len(events) > size, actions, total)


def distinct_actions() -> list[str]:
    """Every action in the log, in order: one step of the (action, id) index per action
    (a recursive query), not a pass over every entry."""
    found = select(func.min(AuditEvent.action).label("action")).cte("actions", recursive=True)
    following = select(func.min(AuditEvent.action)).where(
        AuditEvent.action > found.c.action).scalar_subquery()
    found = found.union_all(select(following).where(found.c.action.is_not(None)))
    return list(db.session.scalars(select(found.c.action).where(found.c.action.is_not(None))
                                   .order_by(found.c.action)))
