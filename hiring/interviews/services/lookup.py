"""The objects the interview pages start from, found by id, and the positions to choose from.

Each returns None when there is no such object; the view's loader turns that into a 404 and
checks who may see it.
"""

from __future__ import annotations

from sqlalchemy import select

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.interviews.models import Interview, InterviewQuestion
from hiring.positions.models import Position


def interview_by_id(interview_id: int) -> Interview | None:
    return db.session.get(Interview, interview_id)


def position_by_id(position_id: int) -> Position | None:
    return db.session.get(Position, position_id)


def question_by_id(question_id: int) -> InterviewQuestion | None:
    return db.session.get(InterviewQuestion, question_id)


def candidate_by_id(candidate_id: int) -> Candidate | None:
    return db.session.get(Candidate, candidate_id)


def positions() -> list[Position]:
    """Every position, by title (a manager's overview picks one)."""
    return list(db.session.scalars(select(Position).order_by(Position.title)))
