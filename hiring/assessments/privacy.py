"""What the writing test and research exercise leave behind when a candidate is erased."""

from __future__ import annotations

from sqlalchemy import select

from hiring.assessments.models import Review, Submission
from hiring.db import db


def anonymous_scores(candidate) -> list[dict]:
    """Each submission's final score, with the rubric version of its reviews, and no person."""
    kept = []
    for submission in db.session.scalars(select(Submission).where(
            Submission.candidate_id == candidate.id, Submission.final_score.is_not(None))):
        version = db.session.scalar(select(Review.rubric_version).where(
            Review.submission_id == submission.id).limit(1))
        kept.append({"kind": submission.step, "score": submission.final_score,
                     "rubric_id": submission.rubric_id, "rubric_version": version})
    return kept
