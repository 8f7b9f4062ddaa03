"""A manager's development plans to draft on the dashboard: candidates heading for the first
interview with no development plan yet."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import select

from hiring.candidates.dashboard import SHOWN
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.main.panels import Panel
from hiring.plans.models import DevelopmentPlan


def plans_to_draft() -> list[tuple[str, str]]:
    """Candidates heading for the first interview with no development plan yet."""
    rows = db.session.execute(
        select(Candidate.id, Candidate.name).where(
            Candidate.stage.in_(("research", "interview")),
            ~select(DevelopmentPlan.id)
            .where(DevelopmentPlan.candidate_id == Candidate.id).exists())
        .order_by(Candidate.last_activity_at.desc(), Candidate.id).limit(SHOWN)).all()
    return [(f"{name}: draft the development plan before the interview",
             url_for("interviews.schedule", candidate_id=cid)) for cid, name in rows]


def panel(user) -> Panel | None:
    if not user.has_role("manager"):
        return None
    return Panel("Development plans to draft", plans_to_draft(), order=14,
                 empty_text="Every candidate near an interview has a plan.")
