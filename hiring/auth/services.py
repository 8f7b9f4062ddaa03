"""Staff accounts and server-side sessions."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import bindparam, delete, select
from werkzeug.security import check_password_hash, generate_password_hash

from hiring.audit import record
from hiring.auth.models import ROLES, LoginSession, User
from hiring.auth.tokens import hash_token, new_token
from hiring.db import db, utcnow
from hiring.errors import HiringError

MIN_PASSWORD_LENGTH = 12
# Verified against when the email is unknown, so both paths take the same time.
_DUMMY_HASH = generate_password_hash("not-a-real-password", method="scrypt")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise HiringError(f"Choose a password of at least {MIN_PASSWORD_LENGTH} characters.")


def create_user(email: str, role: str, password: str, name: str = "") -> User:
    """A staff account with a scrypt-hashed password."""
    email = normalise_email(email)
    if "@" not in email or email.startswith("@") or email.endswith("@"):
        raise HiringError(f"'{email}' is not an email address.")
    if role not in ROLES:
        raise HiringError(f"Unknown role '{role}'. Choose one of: {', '.join(ROLES)}.")
    check_password_rules(password)
    if db.session.scalar(select(User.id).where(User.email == email)) is not None:
        raise HiringError(f"There is already an account for {email}.")
    user = User(email=email, role=role, name=name or email.split("@")[0],
                password_hash=generate_password_hash(password, method="scrypt"))
    db.session.add(user)
    db.session.flush()
    record(None, "user.created", "user", user.id, after={"email": email, "role": role})
    return user


def authenticate(email: str, password: str) -> User | None:
    user = db.session.scalar(select(User).where(User.email == normalise_email(email)))
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(user.password_hash, password) or not user.active:
        return None
    return user


def open_session(*, user: User, hours: int) -> str:
    """A new server-side session for a staff member; returns the token for the cookie."""
    token = new_token()
    db.session.add(LoginSession(token_hash=hash_token(token), user_id=user.id,
                                expires_at=utcnow() + timedelta(hours=hours)))
    return token


def find_session(token: str | None, now: datetime | None = None) -> LoginSession | None:
    if not token:
        return None
    found = db.session.scalar(select(LoginSession).where(
        LoginSession.token_hash == hash_token(token)))
    if found is None or found.expires_at <= (now or utcnow()):
        return None
    return found


def session_holder(model, column, token: str | None):
    """The User or Candidate (`model`) whose live session has `token`, in one query;
    `column` is LoginSession's foreign key to that model."""
    if not token:
        return None
    return db.session.scalar(_session_holder_query(model, column.key),
                             {"token_hash": hash_token(token), "now": utcnow()})


@cache
def _session_holder_query(model, column: str):
    """Built once per model: every signed-in request asks it."""
    return (select(model).join(LoginSession, getattr(LoginSession, column) == model.id)
            .where(LoginSession.token_hash == bindparam("token_hash"),
                   LoginSession.expires_at > bindparam("now")))


def close_session(token: str | None) -> None:
    if token:
        db.session.execute(delete(LoginSession).where(LoginSession.token_hash == hash_token(token)))
