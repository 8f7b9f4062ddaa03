"""Demo presentations: one scheduled for later this week, one given and scored by its panel."""

from __future__ import annotations

from datetime import timedelta

from hiring.db import utcnow
from hiring.interviews import services as interviews
from hiring.presentations import services

ORDER = 75  # after the interviews

# Two panelists' levels per criterion, in rubric order; they differ by two on one of them.
SCORED = ((4, 3, 3, 2, 3), (3, 3, 1, 2, 4))


def seed(demo) -> None:
    manager = demo.users["manager@demo.test"]
    by_name = {c.name: c for c in demo.candidates}
    upcoming, given = by_name.get("Hannah Schmidt"), by_name.get("Isabel Costa")
    if upcoming is not None:
        # The hiring manager and the admin: the interviewers' own panels stay as they were.
        services.schedule_presentation(
            upcoming, panel=[manager, demo.users["admin@demo.test"]],
            scheduled_at=(utcnow() + timedelta(days=3)).replace(hour=14, minute=0, second=0,
                                                                 microsecond=0),
            minutes=30, location="Boardroom, 3rd floor", actor=manager)
    if given is None:
        return
    panel = [demo.users["interviewer2@demo.test"], demo.users["interviewer3@demo.test"]]
    presentation = services.schedule_presentation(
        given, panel=panel, scheduled_at=utcnow() - timedelta(days=2), minutes=30,
        location="Boardroom, 3rd floor", actor=manager)
    rated = [q for q in presentation.questions if q.rated]
    for user, levels in zip(panel, SCORED, strict=True):
        card = interviews.scorecard_for(presentation, user)
        interviews.save_scorecard(
            card, {q.id: interviews.RatingInput(points, "") for q, points in
                   zip(rated, levels, strict=True)},
            recommendation="yes", notes="", submit=True, actor=user)
