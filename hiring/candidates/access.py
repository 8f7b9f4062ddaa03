"""A candidate's browser session: who they are and which invitation links they opened."""

from __future__ import annotations

from functools import wraps

from flask import g, render_template, session
from sqlalchemy import and_, select

from hiring.auth.access import Access
from hiring.auth.models import LoginSession
from hiring.auth.tokens import hash_token
from hiring.candidates.models import Candidate, Invitation
from hiring.db import among, db, utcnow


def current_candidate() -> Candidate | None:
    """The candidate of this browser's invitation session, if any."""
    if "current_candidate" not in g:
        _load_session()
    return g.current_candidate


def _load_session() -> None:
    """The session's candidate and the invitations this browser opened, in one statement:
    every candidate page asks for both (who, and which step they may take)."""
    token, unlocked = session.get("csid"), tuple(session.get("inv", []))
    g.current_candidate, g.opened_invitations = None, (unlocked, [])
    if not token:
        return
    live = (LoginSession.token_hash == hash_token(token), LoginSession.expires_at > utcnow())
    if not unlocked:
        g.current_candidate = db.session.scalar(
            select(Candidate).join(LoginSession, LoginSession.candidate_id == Candidate.id)
            .where(*live))
        return
    rows = db.session.execute(
        select(Candidate, Invitation).join(LoginSession, LoginSession.candidate_id == Candidate.id)
        .outerjoin(Invitation, and_(Invitation.candidate_id == Candidate.id,
                                    among(Invitation.id, unlocked)))
        .where(*live).order_by(Invitation.id)).all()
    if rows:
        g.current_candidate = rows[0][0]
        g.opened_invitations = (unlocked, [row[1] for row in rows if row[1] is not None])


def candidate_invitation(step: str) -> Invitation | None:
    """The usable invitation for `step` that this browser has opened, if any."""
    candidate = current_candidate()
    if candidate is None:
        return None
    unlocked = tuple(session.get("inv", []))
    if not unlocked:
        return None
    opened_for, opened = g.opened_invitations
    if opened_for != unlocked:  # the session opened another link since
        opened = list(db.session.scalars(select(Invitation).where(
            among(Invitation.id, unlocked), Invitation.candidate_id == candidate.id)
            .order_by(Invitation.id)))
        g.opened_invitations = (unlocked, opened)
    now = utcnow()
    for invitation in opened:
        if invitation.step == step and invitation.is_usable(now):
            return invitation
    return None


def candidate_required(view):
    """Pages of a candidate who arrived through an invitation link."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if current_candidate() is None:
            return render_template("errors/no_candidate_session.html"), 403
        return view(*args, **kwargs)

    wrapped.access = Access("candidate")
    return wrapped
