"""Who may open which page: every view declares its rule, and the server enforces it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from flask import abort, g, render_template, session
from flask_login import LoginManager, current_user
from sqlalchemy import select

from hiring.auth import services
from hiring.auth.models import LoginSession
from hiring.candidates.models import Candidate, Invitation
from hiring.db import db, utcnow

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."
login_manager.login_message_category = "info"
login_manager.session_protection = None  # server-side sessions do this job


@dataclass(frozen=True)
class Access:
    """The rule a view declares: public, staff with one of `roles`, or a candidate."""

    kind: str
    roles: tuple[str, ...] = ()


@login_manager.user_loader
def _load_user(user_id: str):
    from hiring.auth.models import User

    user = services.session_holder(User, LoginSession.user_id, session.get("sid"))
    if user is None or str(user.id) != user_id:
        return None
    return user if user.is_active else None


def roles_required(*roles: str):
    """Staff with any of `roles` (admins always); others are sent to sign in or refused."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        wrapped.access = Access("staff", tuple(roles))
        return wrapped

    return decorator


def staff_required(view):
    """Any signed-in staff member."""
    return roles_required("admin", "manager", "interviewer")(view)


def public(view):
    view.access = Access("public")
    return view


def writes(view):
    """A GET view that writes: its transaction takes SQLite's write lock at BEGIN."""
    view.writes = True
    return view


def current_candidate() -> Candidate | None:
    """The candidate of this browser's invitation session, if any."""
    if "current_candidate" not in g:
        g.current_candidate = services.session_holder(
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
