"""Invitation links: creating, revoking and redeeming them, the candidate's session they
open, and the invitation email (whose outbox copy never holds a working token)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta

from sqlalchemy import select

from hiring.audit import record
from hiring.auth.models import LoginSession
from hiring.auth.tokens import hash_token, new_token
from hiring.candidates.models import (
    Candidate,
    Invitation,
)
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.mail import messages, sending
from hiring.mail.messages import Rendered
from hiring.mail.models import OutboxMessage
from hiring.steps import INVITED_STEPS, STEP_LABELS


def create_invitation(candidate: Candidate, step: str, actor,
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


def revoke_invitation(invitation: Invitation, actor) -> None:
    """Stop a link from working."""
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


def open_candidate_session(candidate: Candidate, hours: int) -> str:
    """A new server-side session for a candidate; returns the token for the cookie."""
    token = new_token()
    db.session.add(LoginSession(token_hash=hash_token(token), candidate_id=candidate.id,
                                expires_at=utcnow() + timedelta(hours=hours)))
    return token


def invitations_of(candidate: Candidate) -> list[Invitation]:
    """Every link the candidate was sent, newest first."""
    return list(db.session.scalars(select(Invitation).where(
        Invitation.candidate_id == candidate.id).order_by(Invitation.id.desc())))


def newest_per_step(candidate: Candidate) -> list[Invitation]:
    """Per step, the newest link (older ones were replaced), in the order they were sent."""
    newest: dict[str, Invitation] = {}
    for invitation in db.session.scalars(select(Invitation).where(
            Invitation.candidate_id == candidate.id).order_by(Invitation.id)):
        newest[invitation.step] = invitation
    return list(newest.values())


def invite(candidate: Candidate, step: str, actor, ttl_days: int) -> tuple[Invitation, str]:
    """A new link for a step (earlier links for it die); returns the raw token, shown once."""
    return create_invitation(candidate, step, actor, ttl_days)


def resend_invitation(invitation: Invitation, actor, ttl_days: int) -> tuple[Invitation, str]:
    """A fresh link for the same step; the old link stops working."""
    if invitation.revoked_at is not None:
        raise HiringError("This link was revoked. Create a new invitation instead.")
    return create_invitation(invitation.candidate, invitation.step, actor, ttl_days)


def invitation_variables(candidate: Candidate, invitation: Invitation, link: str) -> dict:
    """What the invitation message may say."""
    return {"candidate_name": candidate.name, "position_title": candidate.position.title,
            "step": STEP_LABELS.get(invitation.step, invitation.step).lower(), "link": link,
            "expires_on": f"{invitation.expires_at:%d %B %Y}"}


def invitation_message(candidate: Candidate, invitation: Invitation, link: str,
                       config: Mapping | None = None) -> tuple[str, str]:
    """Subject and plain-text body of an invitation email."""
    rendered = messages.render("invitation", invitation_variables(candidate, invitation, link),
                               config or {})
    return rendered.subject, rendered.text


# What the outbox keeps in place of the token: a link read from the database never works.
LINK_SENT = sending.LINK_SENT
LINK_NOT_KEPT = sending.LINK_NOT_KEPT


def _redacted(link: str, token: str, placeholder: str) -> str:
    return link.replace(token, placeholder) if token else placeholder


def deliver_invitation(candidate: Candidate, invitation: Invitation, link: str,
                       config: Mapping, token: str | None = None) -> OutboxMessage:
    """Put the invitation in the outbox without its token.

    With email configured, the background sender issues a fresh link when it sends (the
    outbox never holds a working token); without, the person inviting copies the link shown
    once on the page after inviting. `token` is the raw token inside `link` (by default its
    last path segment).
    """
    token = token if token is not None else link.rstrip("/").rsplit("/", 1)[-1]
    placeholder = sending.LINK_WAITING if sending.smtp_configured(config) else LINK_NOT_KEPT
    rendered = messages.render(
        "invitation",
        invitation_variables(candidate, invitation, _redacted(link, token, placeholder)),
        config)
    return sending.queue(candidate_id=candidate.id, to=candidate.email, kind="invitation",
                         rendered=rendered, config=config, invitation_id=invitation.id)


def fresh_invitation_parts(message: OutboxMessage, config: Mapping) -> tuple[Rendered, Rendered]:
    """A fresh link for a waiting invitation: the outbox never holds a usable token.

    Returns what is sent and what the outbox keeps; raises `sending.Undeliverable` when no
    link should be sent any more.
    """
    invitation = db.session.get(Invitation, message.invitation_id) \
        if message.invitation_id else None
    if invitation is None:
        raise sending.Undeliverable("This invitation no longer exists. Invite the candidate "
                                    "again from their page.")
    if invitation.first_used_at is not None:
        raise sending.Undeliverable("The candidate has already opened this link (it was passed "
                                    "on by hand), so it is not replaced.")
    if not invitation.is_usable(utcnow()):
        raise sending.Undeliverable("This link was replaced, withdrawn or has expired. Invite "
                                    "the candidate again from their page.")
    found = re.search(rf"(\S*)(?:{re.escape(sending.LINK_WAITING)}|{re.escape(LINK_NOT_KEPT)})",
                      message.body)
    if found is None:
        raise sending.Undeliverable("This message has no link to send. Invite the candidate "
                                    "again from their page.")
    prefix = found.group(1)
    candidate = invitation.candidate
    fresh, token = create_invitation(
        candidate, invitation.step, None, int(config.get("INVITATION_TTL_DAYS") or 14))
    sent = messages.render("invitation",
                           invitation_variables(candidate, fresh, prefix + token), config)
    kept = messages.render("invitation",
                           invitation_variables(candidate, fresh, prefix + LINK_SENT), config)
    message.invitation_id, message.subject = fresh.id, sent.subject
    return sent, kept
