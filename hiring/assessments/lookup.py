"""The objects the assessment pages start from, found by id, and the invitation links a
browser opened. Each returns None when there is nothing; the view turns that into a 404."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from hiring.assessments.models import Prompt, Submission
from hiring.candidates.models import Invitation
from hiring.db import db


def submission_by_id(submission_id: int) -> Submission | None:
    return db.session.get(Submission, submission_id)


def prompt_by_id(prompt_id: int) -> Prompt | None:
    return db.session.get(Prompt, prompt_id)


def opened_link(invitation_ids: Iterable[int], step: str) -> int | None:
    """The id of one of the opened invitations that was for `step`, usable or not."""
    return db.session.scalar(select(Invitation.id).where(
        Invitation.id.in_(list(invitation_ids)), Invitation.step == step).limit(1))
