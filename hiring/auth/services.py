"""Accounts, server-side sessions and invitation links."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from werkzeug.security import check_password_hash, generate_password_hash

from hiring.audit import record
from hiring.auth.models import ROLES, LoginSession, User
from hiring.auth.tokens import hash_token, new_token
from hiring.candidates.models import INVITED_STEPS, Candidate, Invitation
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


def open_session(*, user: User | None = None, candidate: Candidate | None = None,
                 hours: int) -> str:
    """A new server-side session; returns the token for the cookie."""
    token = new_token()
    db.session.add(LoginSession(
        token_hash=hash_token(token),
        user_id=user.id if user else None,
        candidate_id=candidate.id if candidate else None,
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
    return db.session.scalar(
        select(model).join(LoginSession, column == model.id)
        .where(LoginSession.token_hash == hash_token(token), LoginSession.expires_at > utcnow()))


def close_session(token: str | None) -> None:
    if token:
        db.session.execute(delete(LoginSession).where(LoginSession.token_hash == hash_token(token)))


def create_invitation(candidate: Candidate, step: str, actor: User | None,
                      ttl_days: int) -> tuple[Invitation, str]:
    """A new link for one candidate and one step; earlier links for that step stop working.

    Returns the invitation and the raw token, which is shown once and never stored.
    """
    if step not in INVITED_STEPS:
        raise HiringError(f"Unknown step '{step}'.")
    if candidate.stage == "screened_out":
        raise HiringError("This candidate has been screened out. Reverse the screen-out "
                          "before inviting them to a step.")
    now = utcnow()
    for earlier in candidate.invitations:
        if earlier.step == step and earlier.revoked_at is None:
            earlier.revoked_at = now
    token = new_token()
    invitation = Invitation(candidate=candidate, step=step, token_hash=hash_token(token),
                            expires_at=now + timedelta(days=ttl_days), created_by_id=actor.id
                            if actor else None)
    db.session.add(invitation)
    db.session.flush()
    record(actor, "invitation.created", "invitation", invitation.id,
           candidate_id=candidate.id, after={"step": step,
                                             "expires_at": invitation.expires_at.isoformat()})
    return invitation, token


def revoke_invitation(invitation: Invitation, actor: User | None) -> None:
    if invitation.revoked_at is not None:
        raise HiringError("This link was already revoked.")
    invitation.revoked_at = utcnow()
    record(actor, "invitation.revoked", "invitation", invitation.id,
           candidate_id=invitation.candidate_id)


class InvitationProblem(HiringError):
    """A link that cannot be used; the message explains why without revealing data."""


def usable_invitation_ids(candidate) -> list[int]:
    """The ids of the candidate's invitations that can be used now."""
    now = utcnow()
    return [invitation.id for invitation in db.session.scalars(select(Invitation).where(
        Invitation.candidate_id == candidate.id)) if invitation.is_usable(now)]


def redeem_invitation(token: str) -> Invitation:
    """The invitation behind a token, if it can still be used."""
    invitation = db.session.scalar(select(Invitation).where(
        Invitation.token_hash == hash_token(token)))
    now = utcnow()
    if invitation is None:
        raise InvitationProblem("This link is not valid. Check that you copied the whole link, "
                                "or ask the person who invited you for a new one.")
    if invitation.revoked_at is not None:
        raise InvitationProblem("This link has been replaced or withdrawn. Use the newest link "
                                "you were sent, or ask the person who invited you for a new one.")
    if invitation.expires_at <= now:
        raise InvitationProblem("This link has expired. Ask the person who invited you for a "
                                "new one.")
    if invitation.first_used_at is None:
        invitation.first_used_at = now
    invitation.last_used_at = now
    invitation.candidate.last_activity_at = now
    return invitation
