"""Who may open which page: every view declares its rule, and the server enforces it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import wraps

from flask import abort, session
from flask_login import LoginManager, current_user

from hiring.auth import services
from hiring.auth.models import LoginSession, User

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


def standalone_writes(view):
    """A view whose every write is one statement complete in itself, that nothing before or
    after it must join (a guarded UPDATE): on PostgreSQL it runs without a transaction."""
    view.standalone_writes = True
    return view


def draft_writes(view):
    """A view whose writes are drafts its client sends again (the autosave): on PostgreSQL
    they commit without waiting for the disk (hiring.db.draft_writes)."""
    view.draft_writes = True
    return view
