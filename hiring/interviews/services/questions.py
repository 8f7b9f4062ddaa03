"""The question bank: questions with anchored scales, and the question checker."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select

from hiring.analysis.questions import lint
from hiring.auth.models import User
from hiring.db import db
from hiring.errors import HiringError, NotAllowed
from hiring.interviews.models import REQUIRED_ANCHORS, SCALE, InterviewQuestion
from hiring.positions.models import Position

MAX_QUESTION_CHARS = 1000


def clean_anchors(anchors: Mapping) -> dict[str, str]:
    """Anchors keyed "1".."5" with blanks dropped; 1, 3 and 5 must be written."""
    cleaned = {}
    for key, text in anchors.items():
        points = int(key)
        if points not in SCALE:
            raise HiringError(f"Anchors are for points 1 to 5; {points} is not on the scale.")
        if text and str(text).strip():
            cleaned[str(points)] = str(text).strip()
    missing = [str(p) for p in REQUIRED_ANCHORS if str(p) not in cleaned]
    if missing:
        raise HiringError(
            "Write a behavioural anchor for " + " and ".join(missing)
            + " points: raters need at least the anchors for 1, 3 and 5."
        )
    return dict(sorted(cleaned.items()))


def save_question(position: Position, *, text: str, competency: str, anchors: Mapping,
                  outcome_ids: Iterable[int], actor: User,
                  question: InterviewQuestion | None = None) -> InterviewQuestion:
    """Create or update a question in the position's bank."""
    text, competency = (text or "").strip(), (competency or "").strip()
    if not text:
        raise HiringError("Write the question.")
    if not competency:
        raise HiringError("Name the competency the question probes.")
    cleaned = clean_anchors(anchors)
    wanted = set(outcome_ids)
    outcomes = [o for o in position.outcomes if o.id in wanted]
    if len(outcomes) != len(wanted):
        raise HiringError("Choose outcomes of this position only.")
    if question is not None and question.position_id != position.id:
        raise NotAllowed("That question belongs to another position.")
    if question is None:
        question = InterviewQuestion(position_id=position.id, created_by_id=actor.id)
        db.session.add(question)
    question.text, question.competency, question.anchors = text, competency, cleaned
    question.outcomes = outcomes
    db.session.flush()
    return question


def bank(position: Position) -> list[InterviewQuestion]:
    """The position's questions, oldest first."""
    return list(db.session.scalars(
        select(InterviewQuestion).where(InterviewQuestion.position_id == position.id)
        .order_by(InterviewQuestion.id)))

def lint_dict(text: str) -> dict | None:
    """The question checker's verdict as plain data; None for a text over the length limit,
    which is never analysed."""
    if len(text) > MAX_QUESTION_CHARS:
        return None
    return lint(text).to_dict()
