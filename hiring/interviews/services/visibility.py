"""Who sees which interview, and what is still waiting for whom."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from hiring import blind
from hiring.auth.models import User
from hiring.db import db, utcnow
from hiring.interviews.models import Interview, PanelMember, Scorecard


def is_panelist(interview: Interview, user: User) -> bool:
    return user.id in interview.panelist_ids()


def can_view(interview: Interview, user: User) -> bool:
    """Panelists see their interviews; managers and admins see every interview."""
    return is_panelist(interview, user) or user.has_role("manager")


_LISTED = (selectinload(Interview.scorecards), joinedload(Interview.candidate),
           joinedload(Interview.position))


def interviews_for_query(user: User):
    """Interviews the user sits on, most recent first, ready to paginate."""
    return (select(Interview).join(PanelMember).where(PanelMember.user_id == user.id)
            .order_by(Interview.scheduled_at.desc(), Interview.id.desc()).options(*_LISTED))


def all_interviews_query():
    """Every interview, most recent first, ready to paginate."""
    return (select(Interview).order_by(Interview.scheduled_at.desc(), Interview.id.desc())
            .options(*_LISTED))


def sits_on_panels(user: User) -> bool:
    return db.session.scalar(
        select(PanelMember.id).where(PanelMember.user_id == user.id).limit(1)) is not None


def _outstanding_query(user: User):
    submitted = select(Scorecard.interview_id).where(
        Scorecard.interviewer_id == user.id, Scorecard.submitted_at.is_not(None))
    return (select(Interview).join(PanelMember)
            .where(PanelMember.user_id == user.id, Interview.id.not_in(submitted),
                   Interview.scheduled_at <= utcnow()))


def outstanding_scorecards(user: User, limit: int | None = None) -> list[Interview]:
    """Interviews where the user has not submitted a scorecard yet, oldest first."""
    return list(db.session.scalars(
        _outstanding_query(user).order_by(Interview.scheduled_at, Interview.id).limit(limit)
        .options(joinedload(Interview.candidate), joinedload(Interview.position))))


def outstanding_among(user: User, interviews: list[Interview]) -> set[int]:
    """Which of `interviews` still wait for the user's scorecard."""
    ids = [i.id for i in interviews]
    return set(db.session.scalars(_outstanding_query(user).where(Interview.id.in_(ids))
                                  .with_only_columns(Interview.id)))


def outstanding_count(user: User) -> int:
    return db.session.scalar(select(func.count()).select_from(
        _outstanding_query(user).subquery()))


def own_scorecard(interview: Interview, user: User) -> Scorecard | None:
    return next((s for s in interview.scorecards if s.interviewer_id == user.id), None)


def debrief_block(interview: Interview, user: User) -> str | None:
    """Why the user may not see the panel's ratings yet, or None when they may."""
    if is_panelist(interview, user):
        if blind.withheld(user).hides_interview(interview.id):
            return ("Submit your own scorecard first: until you do, nobody else's ratings are "
                    "shown to you, so that every panelist scores independently.")
        return None
    if not user.has_role("manager"):
        return "Only the panel and hiring managers see this interview."
    return None


def panel_users(interview: Interview) -> dict[int, User]:
    """The interview's panelists by id."""
    return {u.id: u for u in db.session.scalars(
        select(User).where(User.id.in_(interview.panelist_ids())))}
