"""What suitability answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from hiring.db import db
from hiring.errors import HiringError
from hiring.suitability import counts
from hiring.suitability.models import PreferenceResponse


def check_screen_out_reason(candidate, reason: str) -> None:
    """A missed knock-out needs a handed-in questionnaire with a knock-out not met."""
    if reason != "preferences":
        return
    response = db.session.scalar(select(PreferenceResponse).where(
        PreferenceResponse.candidate_id == candidate.id))
    if response is None or response.submitted_at is None:
        raise HiringError(f"{candidate.name} has not handed in the work-preference "
                          "questionnaire, so no knock-out can have been missed. Choose another "
                          "reason and explain it.")
    if response.eligible:
        raise HiringError(f"{candidate.name} met every knock-out the position requires; choose "
                          "another reason and explain it.")


def card_notes(candidates: Sequence) -> dict[int, list[str]]:
    """A board card's line on the questionnaire, for the candidates who have begun it."""
    return {candidate_id: [f"Work preferences: {state}"] for candidate_id, state
            in counts.card_states([c.id for c in candidates]).items()}
