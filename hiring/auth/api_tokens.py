"""Read-only API tokens: the scopes a token may read, the token itself (only its hash is
kept), and creating, revoking and looking tokens up. The reports API is what reads with them."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import Mapped, mapped_column

from hiring.audit import record
from hiring.auth.tokens import hash_token, new_token
from hiring.db import db, utcnow
from hiring.errors import HiringError

# What a token may read; every API endpoint needs one of these. All are read-only: the API
# has no writing endpoint, and a token cannot gain one.
API_SCOPES = {
    "read:positions": "Positions and pipeline stages",
    "read:candidates": "Candidates (no self-identification, no notes) and their plans",
    "read:scores": "Exercise scores, and interview scores from completed panels",
}


class ApiToken(db.Model):
    """A read-only API token; only its hash is kept, and it can be revoked or expire."""

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Space-separated keys of API_SCOPES.
    scope: Mapped[str] = mapped_column(String(120), default="read:positions")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    @property
    def scopes(self) -> tuple[str, ...]:
        return tuple(s for s in (self.scope or "").split() if s in API_SCOPES)

    def allows(self, scope: str) -> bool:
        return scope in self.scopes

    def expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now

    @property
    def active(self) -> bool:
        """True until revoked or expired."""
        return self.revoked_at is None and not self.expired(utcnow())


MAX_TOKEN_DAYS = 3650


def create_api_token(name: str, actor, scopes=("read:positions",),
                     expires_in_days: int | None = None) -> tuple[ApiToken, str]:
    """A new read-only token for some scopes, expiring after `expires_in_days` if given;
    the raw value is returned once and never stored."""
    name = " ".join(name.split())
    if not name:
        raise HiringError("Give the token a name that says who or what uses it.")
    if len(name) > 80:
        raise HiringError("Keep the token's name under 80 characters.")
    chosen = [s for s in API_SCOPES if s in set(scopes or ())]
    if not chosen or len(chosen) != len(set(scopes)):
        raise HiringError("Choose what the token may read: one or more of "
                          + ", ".join(API_SCOPES) + ".")
    if expires_in_days is not None and not 1 <= expires_in_days <= MAX_TOKEN_DAYS:
        raise HiringError(f"A token expires after 1 to {MAX_TOKEN_DAYS:,} days, or never "
                          "(leave the field empty).")
    raw = new_token()
    now = utcnow()
    token = ApiToken(name=name, token_hash=hash_token(raw), scope=" ".join(chosen),
                     created_by_id=getattr(actor, "id", None), created_at=now,
                     expires_at=now + timedelta(days=expires_in_days)
                     if expires_in_days is not None else None)
    db.session.add(token)
    db.session.flush()
    record(actor, "reports.api_token_created", "api_token", token.id,
           after={"scopes": chosen, "expires_at": token.expires_at.isoformat()
                  if token.expires_at else None})
    return token, raw


def revoke_api_token(token: ApiToken, actor) -> None:
    """Stop a token from working, for good."""
    if token.revoked_at is not None:
        raise HiringError("That token is already revoked.")
    token.revoked_at = utcnow()
    record(actor, "reports.api_token_revoked", "api_token", token.id)


def api_tokens() -> list[ApiToken]:
    """Every token, newest first."""
    return list(db.session.scalars(select(ApiToken).order_by(ApiToken.created_at.desc())))


def token_for(raw: str | None) -> ApiToken | None:
    """The active (unrevoked, unexpired) token with this raw value, if any."""
    if not raw:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(raw)))
    if token is None or not token.active:
        return None
    return token
