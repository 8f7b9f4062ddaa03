"""The start page's panel for managers: candidates waiting for a screening decision."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import func, select

from hiring.candidates.models import Candidate, ScreenOutSuggestion
from hiring.db import db
from hiring.mail.models import OutboxMessage
from hiring.main.panels import Panel

SHOWN = 8


def panel(user) -> Panel | None:
    """Open gate suggestions, newest first, and unsent messages in the outbox."""
    if not user.has_role("manager"):
        return None
    rows = db.session.execute(
        select(ScreenOutSuggestion.step, Candidate.id, Candidate.name)
        .join(Candidate, Candidate.id == ScreenOutSuggestion.candidate_id)
        .where(ScreenOutSuggestion.resolved_at.is_(None))
        .order_by(ScreenOutSuggestion.id.desc()).limit(SHOWN)).all()
    items = [(f"{name}: a required knock-out not met" if step == "preferences"
              else f"{name}: {step} below the pass mark",
              url_for("candidates.detail", candidate_id=candidate_id))
             for step, candidate_id, name in rows]
    unsent = db.session.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.sent_at.is_(None)))
    action = (f"Outbox: {unsent} unsent", url_for("candidates.outbox")) if unsent else None
    return Panel("Screening decisions", items, empty_text="No gate is waiting for a decision.",
                 order=20, action=action)
