"""The objects the assessment pages start from, found by id, and the invitation links a
browser opened. Each returns None when there is nothing; the view turns that into a 404."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import joinedload

from hiring.assessments.models import Prompt, Submission
from hiring.candidates.access import load_session_with, session_statement
from hiring.candidates.models import Candidate, Invitation
from hiring.db import db, dialect_name


def submission_by_id(submission_id: int) -> Submission | None:
    return db.session.get(Submission, submission_id)


def prompt_by_id(prompt_id: int) -> Prompt | None:
    return db.session.get(Prompt, prompt_id)


def opened_link(invitation_ids: Iterable[int], step: str) -> int | None:
    """The id of one of the opened invitations that was for `step`, usable or not."""
    return db.session.scalar(select(Invitation.id).where(
        Invitation.id.in_(list(invitation_ids)), Invitation.step == step).limit(1))


def session_and_submission(step: str) -> tuple[bool, Submission | None]:
    """Look up the browser's candidate session (as current_candidate() would) and, in the
    same statement, the candidate's submission for `step` with its prompt. The first value
    says whether it found a live session, and so read the submission (it reads nothing when
    the browser opened no link)."""
    rows = load_session_with(_session_submission_statement(dialect_name()), step=step)
    return bool(rows), next((row[2] for row in rows if row[2] is not None), None)


@cache
def _session_submission_statement(dialect: str):
    # The submission comes on the rows of the links opened for its step (normally one).
    return (session_statement(dialect).add_columns(Submission)
            .outerjoin(Submission, and_(Submission.candidate_id == Candidate.id,
                                        Submission.step == bindparam("step"),
                                        Invitation.step == bindparam("step")))
            .options(joinedload(Submission.prompt)))
