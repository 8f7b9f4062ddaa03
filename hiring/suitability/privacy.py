"""What the questionnaire leaves behind when a candidate is erased: the suitability score only.

The answers themselves go with the candidate (the response row cascades on delete).
"""

from __future__ import annotations

from sqlalchemy import select

from hiring.db import db
from hiring.suitability.models import PreferenceResponse


def anonymous_scores(candidate) -> list[dict]:
    """The handed-in suitability score with the questionnaire version, and no person."""
    response = db.session.scalar(select(PreferenceResponse).where(
        PreferenceResponse.candidate_id == candidate.id,
        PreferenceResponse.suitability.is_not(None)))
    if response is None:
        return []
    return [{"kind": "preferences", "score": response.suitability,
             "rubric_id": response.questionnaire_id,
             "rubric_version": response.questionnaire_version}]
