"""The interviews on the dashboard: an interviewer's scorecards still to submit, oldest
first; a manager's interviews with scorecards outstanding and decisions to record."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import func, select

from hiring.candidates.dashboard import SHOWN as MANAGER_SHOWN
from hiring.candidates.dashboard import active
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.interviews.models import Interview, PanelMember, Scorecard
from hiring.interviews.services import outstanding_count, outstanding_scorecards, sits_on_panels
from hiring.main.panels import Panel

SHOWN = 10


def _interviews_waiting(decided: bool):
    panel_size = select(func.count(PanelMember.id)) \
        .where(PanelMember.interview_id == Interview.id).scalar_subquery()
    submitted = select(func.count(Scorecard.id)).where(
        Scorecard.interview_id == Interview.id, Scorecard.submitted_at.is_not(None)) \
        .scalar_subquery()
    query = (select(Interview.id, Interview.scheduled_at, Candidate.name, panel_size, submitted)
             .join(Candidate, Candidate.id == Interview.candidate_id)
             .where(Interview.decision.is_(None), Interview.scheduled_at <= utcnow(), active(),
                    Interview.scorecards_complete if decided
                    else ~Interview.scorecards_complete)
             .order_by(Interview.scheduled_at, Interview.id).limit(MANAGER_SHOWN))
    query = query.where(submitted >= panel_size) if decided \
        else query.where(submitted < panel_size)
    return db.session.execute(query).all()


def scorecards_outstanding() -> list[tuple[str, str]]:
    """Interviews held whose panel has not handed in every scorecard."""
    return [(f"{name}: {done} of {size} scorecards in (interview {at:%d %b})",
             url_for("interviews.detail", interview_id=iid))
            for iid, at, name, size, done in _interviews_waiting(decided=False)]


def decisions_to_record() -> list[tuple[str, str]]:
    """Interviews with every scorecard in and no decision yet."""
    return [(f"{name}: every scorecard is in; record the decision",
             url_for("interviews.debrief", interview_id=iid))
            for iid, at, name, size, done in _interviews_waiting(decided=True)]


def panel(user) -> list[Panel] | None:
    """A manager's interviews waiting for scorecards or a decision, and the outstanding
    scorecards of `user` unless they sit on no panel."""
    panels = []
    if user.has_role("manager"):
        panels += [
            Panel("Scorecards outstanding", scorecards_outstanding(), order=12,
                  empty_text="Every panel has handed in its scorecards."),
            Panel("Decisions to record", decisions_to_record(), order=13,
                  empty_text="No decision is waiting."),
        ]
    own = _own_scorecards(user)
    if own is not None:
        panels.append(own)
    return panels or None


def _own_scorecards(user) -> Panel | None:
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
