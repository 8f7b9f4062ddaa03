"""What structured interviews leave behind when a candidate is erased."""

from __future__ import annotations

from sqlalchemy import select

from hiring.db import db
from hiring.interviews.models import Interview
from hiring.interviews.services import debrief


def anonymous_scores(candidate) -> list[dict]:
    """Each interview's mechanically combined score (0-100), with no person attached."""
    kept = []
    for interview in db.session.scalars(select(Interview).where(
            Interview.candidate_id == candidate.id)):
        combined = debrief(interview).weighted_percent
        if combined is not None:
            kept.append({"kind": "interview", "score": combined})
    return kept
