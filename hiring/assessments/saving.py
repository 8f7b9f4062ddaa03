"""Autosave, the hot path of an assessment day: one guarded UPDATE keeps a text unless a newer
save arrived, the work was handed in or the grace period ran out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Integer, Text, bindparam, select, update

from hiring.assessments.analysing import MAX_TEXT
from hiring.assessments.models import Submission
from hiring.candidates.access import may_take
from hiring.db import UTCDateTime, db
from hiring.errors import HiringError


@dataclass(frozen=True)
class SaveResult:
    """What the browser needs after a save: was it kept, the server's clock, the deadline."""

    status: str  # saved | late | stale | closed
    seq: int
    saved_at: datetime | None
    deadline_at: datetime | None
    now: datetime

    def to_dict(self) -> dict:
        """JSON body for the editor."""
        remaining = (self.deadline_at - self.now).total_seconds() if self.deadline_at else None
        return {
            "status": self.status,
            "seq": self.seq,
            "saved_at": self.saved_at.isoformat() if self.saved_at else None,
            "deadline_at": self.deadline_at.isoformat() if self.deadline_at else None,
            "server_now": self.now.isoformat(),
            "remaining_seconds": max(0, round(remaining)) if remaining is not None else None,
        }


def autosave(candidate_id: int, step: str, seq: int, text: str, now: datetime) -> SaveResult:
    """Keep `text` unless a newer save arrived, the step is submitted or the grace ran out."""
    kept = db.session.execute(_save_statement(None), _save_parameters(
        step, seq, text, now, owner_id=candidate_id)).one_or_none()
    if kept is not None:
        return _kept(kept, now)
    row = db.session.execute(
        select(Submission.seq, Submission.saved_at, Submission.deadline_at,
               Submission.submitted_at, Submission.started_at).where(
            Submission.candidate_id == candidate_id, Submission.step == step)).one_or_none()
    if row is None:
        raise HiringError("Open the test page and press Begin first.")
    if row.started_at is None or row.submitted_at is not None or now > row.deadline_at:
        status = "closed"
    else:
        status = "stale"
    return SaveResult(status, row.seq, row.saved_at, row.deadline_at, now)


def autosave_for_session(session: dict, dialect: str, step: str, seq: int, text: str,
                         now: datetime) -> SaveResult | None:
    """Keep `text` in the submission of the browser's session (`session`: the parameters of
    hiring.candidates.access.may_take), checking the session and its link for the step in the
    same UPDATE. None when nothing was kept, for whatever reason: autosave() after the
    session's own checks then says why (or keeps it, if something changed in between)."""
    if len(text) > MAX_TEXT:
        return None
    kept = db.session.execute(_save_statement(dialect), _save_parameters(
        step, seq, text, now, **session)).one_or_none()
    return _kept(kept, now) if kept is not None else None


def _save_parameters(step: str, seq: int, text: str, now: datetime, **owner) -> dict:
    if len(text) > MAX_TEXT:
        raise HiringError(f"The text is longer than {MAX_TEXT:,} characters; shorten it.")
    # Form posts arrive with CRLF line breaks, fetch() with LF: spans count characters alike.
    return {"for_step": step, "new_seq": seq, "new_text": text.replace("\r\n", "\n"),
            "now": now, **owner}


def _kept(row, now: datetime) -> SaveResult:
    status = "late" if row.deadline_at < now else "saved"
    return SaveResult(status, row.seq, row.saved_at, row.deadline_at, now)


@cache
def _save_statement(session_dialect: str | None):
    """The guarded UPDATE, built once, returning what the editor needs: for the candidate
    `owner_id`, or (given the database's dialect) for the candidate of the browser's session
    with a usable link for the step. A save is kept when it is newer than the stored one,
    the clock has started, nothing was handed in and the grace period is not over.

    It updates the table, not the model: no loaded object needs to follow the change, and
    the ORM's handling of a bulk UPDATE cost as much CPU as the rest of the statement."""
    submission = Submission.__table__.c
    now = bindparam("now", type_=UTCDateTime())
    seq = bindparam("new_seq", type_=Integer())
    if session_dialect is None:
        owner = submission.candidate_id == bindparam("owner_id", type_=Integer())
    else:
        owner = may_take(submission.candidate_id, submission.step, session_dialect)
    return (update(Submission.__table__)
            .where(submission.step == bindparam("for_step"), owner, submission.seq < seq,
                   submission.submitted_at.is_(None), submission.started_at.is_not(None),
                   submission.closes_at >= now)
            .values(text=bindparam("new_text", type_=Text()), seq=seq, saved_at=now,
                    late=submission.late | (submission.deadline_at < now))
            .returning(submission.seq, submission.saved_at, submission.deadline_at))
