"""The dashboard's way into the assessments: an interviewer's work to review, the
administrator's prompt library."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import func, select

from hiring.assessments.models import Prompt
from hiring.assessments.services import review_queue
from hiring.db import db
from hiring.main.panels import Panel

SHOWN = 5


def _work_to_review(user) -> Panel:
    waiting = review_queue(user.id, "todo", 1, assigned_only=True)
    items = [(f"{s.code}: {s.step} handed in {s.submitted_at:%-d %b %Y}",
              url_for("assessments.review", submission_id=s.id))
             for s in waiting.items[:SHOWN]]
    if waiting.total > SHOWN:
        items.append((f"and {waiting.total - SHOWN:,} more, oldest first",
                      url_for("assessments.queue")))
    return Panel(title="Work to review", items=items, order=10,
                 empty_text="Nothing is waiting for your review.",
                 action=("Review queue", url_for("assessments.queue")))


def panel(user) -> Panel | None:
    if user.role == "interviewer":
        return _work_to_review(user)
    if user.role != "admin":
        return None
    offered = db.session.scalar(select(func.count(Prompt.id)).where(Prompt.active))
    return Panel(title="Exercise prompts",
                 items=[(f"{offered} prompt{'' if offered == 1 else 's'} offered to positions",
                         url_for("assessments.prompts"))],
                 order=80, action=("Add a prompt", url_for("assessments.edit_prompt")))
