"""A candidate's browser session: who they are and which invitation links they opened."""

from __future__ import annotations

from functools import wraps

from flask import g, render_template, session
from sqlalchemy import select

from hiring.auth import services as auth_services
from hiring.auth.access import Access
from hiring.auth.models import LoginSession
from hiring.candidates.models import Candidate, Invitation
from hiring.db import db, utcnow


def current_candidate() -> Candidate | None:
    """The candidate of this browser's invitation session, if any."""
    if "current_candidate" not in g:
        g.current_candidate = auth_services.session_holder(
            Candidate, LoginSession.candidate_id, session.get("csid"))
    return g.current_candidate


def candidate_invitation(step: str) -> Invitation | None:
    """The usable invitation for `step` that this browser has opened, if any."""
    candidate = current_candidate()
    if candidate is None:
        return None
    unlocked = session.get("inv", [])
    if not unlocked:
        return None
    now = utcnow()
    for invitation in db.session.scalars(select(Invitation).where(
            Invitation.id.in_(unlocked), Invitation.candidate_id == candidate.id,
            Invitation.step == step)):
        if invitation.is_usable(now):
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
