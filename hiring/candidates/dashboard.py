"""What waits for a hiring manager on the start page, each item a link to the page where it
is done: candidates waiting for a screening decision and unsent messages.

The later steps' panels live with their packages (hiring/assessments/dashboard.py: submissions
to assign, candidates ready for the next step; hiring/interviews/dashboard.py: scorecards
outstanding, decisions to record; hiring/plans/dashboard.py: development plans to draft);
they share `SHOWN` and `active()` from here.
"""

from __future__ import annotations

from flask import url_for
from sqlalchemy import func, select

from hiring.candidates.models import Candidate, ScreenOutSuggestion
from hiring.db import db
from hiring.mail.models import OutboxMessage
from hiring.main.panels import Panel

SHOWN = 8
WAITING_STAGES = ("screened_out", "hired", "onboarding")


def active():
    """Candidates still moving through the steps (not screened out, hired or onboarding)."""
    return Candidate.stage.not_in(WAITING_STAGES)


def screening_panel() -> Panel:
    """Open gate suggestions, newest first, and unsent messages in the outbox."""
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


def panel(user) -> Panel | None:
    """The screening decisions waiting for a manager."""
    if not user.has_role("manager"):
        return None
    return screening_panel()
