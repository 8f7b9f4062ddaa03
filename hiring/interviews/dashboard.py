"""The interviewer's reminder on the dashboard: scorecards still to submit, oldest first."""

from __future__ import annotations

from flask import url_for

from hiring.interviews.services import interviews_for, outstanding_scorecards
from hiring.main.panels import Panel


def panel(user) -> Panel | None:
    """Outstanding scorecards of `user`, or None for someone who sits on no panel."""
    if not interviews_for(user):
        return None
    items = [
        (f"{i.candidate.name}, {i.position.title} ({i.scheduled_at.strftime('%Y-%m-%d')})",
         url_for("interviews.scorecard", interview_id=i.id))
        for i in outstanding_scorecards(user)
    ]
    return Panel(title="Scorecards to submit", items=items, order=20,
                 empty_text="All your scorecards are in.",
                 action=("Your interviews", url_for("interviews.mine")))
