"""Reading the audit log a page at a time, newest first, by "after id" cursors."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from hiring.audit.models import AuditEvent
from hiring.db import db
from hiring.pagination import Window, count_up_to, newest_first

# The log says how many entries match up to this many; beyond, "more than".
COUNTED = 10_000


@dataclass(frozen=True)
class LogPage:
    window: Window  # this page's entries, newest first, and the cursors around it
    actions: list[str]  # every action in the log, for the filter
    total: int  # entries matching the filter, up to COUNTED + 1

    @property
    def events(self) -> list[AuditEvent]:
        return self.window.items

    @property
    def total_is_exact(self) -> bool:
        return self.total <= COUNTED


def log_page(*, candidate_id: int | None, action: str, before: int | None = None,
             after: int | None = None, size: int) -> LogPage:
    """One page of entries, optionally about one candidate and of one action: the newest,
    those older than entry `before`, or those newer than entry `after`."""
    query = select(AuditEvent)
    if candidate_id:
        query = query.where(AuditEvent.candidate_id == candidate_id)
    if action:
        query = query.where(AuditEvent.action == action)
    window = newest_first(query, AuditEvent.id, before=before, after=after, size=size)
    return LogPage(window, distinct_actions(), count_up_to(query, COUNTED + 1))


def distinct_actions() -> list[str]:
    """Every action in the log, in order: one step of the (action, id) index per action
    (a recursive query), not a pass over every entry."""
    found = select(func.min(AuditEvent.action).label("action")).cte("actions", recursive=True)
    following = select(func.min(AuditEvent.action)).where(
        AuditEvent.action > found.c.action).scalar_subquery()
    found = found.union_all(select(following).where(found.c.action.is_not(None)))
    return list(db.session.scalars(select(found.c.action).where(found.c.action.is_not(None))
                                   .order_by(found.c.action)))
