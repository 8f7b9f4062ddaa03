"""The administrator's way into the prompt library from the dashboard."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import func, select

from hiring.assessments.models import Prompt
from hiring.db import db
from hiring.main.panels import Panel


def panel(user) -> Panel | None:
    if user.role != "admin":
        return None
    offered = db.session.scalar(select(func.count(Prompt.id)).where(Prompt.active))
    return Panel(title="Exercise prompts",
                 items=[(f"{offered} prompt{'' if offered == 1 else 's'} offered to positions",
                         url_for("assessments.prompts"))],
                 order=80, action=("Add a prompt", url_for("assessments.edit_prompt")))
