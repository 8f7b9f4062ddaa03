"""The objects the candidate pages start from, found by id.

Each returns None when there is no such object; the view's loader turns that into a 404.
"""

from __future__ import annotations

from hiring.candidates.models import Candidate, Invitation, ScreenOutSuggestion
from hiring.db import db
from hiring.mail.models import OutboxMessage


def candidate_by_id(candidate_id: int) -> Candidate | None:
    return db.session.get(Candidate, candidate_id)


def invitation_by_id(invitation_id: int) -> Invitation | None:
    return db.session.get(Invitation, invitation_id)


def suggestion_by_id(suggestion_id: int) -> ScreenOutSuggestion | None:
    return db.session.get(ScreenOutSuggestion, suggestion_id)


def outbox_message_by_id(message_id: int) -> OutboxMessage | None:
    return db.session.get(OutboxMessage, message_id)
