"""The interviewer's reminder on the dashboard: scorecards still to submit, oldest first."""

from __future__ import annotations

from flask import url_for

from hiring.interviews.services import outstanding_count, outstanding_scorecards, sits_on_panels
from hiring.main.panels import Panel

SHOWN = 10


def panel(user) -> Panel | None:
    """Outstanding scorecards of `user`, or None for someone who sits on no panel."""
    if not sits_on_panels(user):
        return None
    items = [
        (f"{i.candidate.name}, {i.position.title} ({i.scheduled_at.strftime('%Y-%m-%d')})",
         url_for("interviews.scorecard", interview_id=i.id))
        for i in outstanding_scorecards(user, limit=SHOWN)
    ]
    more = outstanding_count(user) - len(items) if len(items) == SHOWN else 0
    if more > 0:
        items.append((f"and {more:,} more, oldest first", url_for("interviews.mine")))
    return Panel(title="Scorecards to submit", items=items, order=20,
                 empty_text="All your scorecards are in.",
                 action=("Your interviews", url_for("interviews.mine")))
