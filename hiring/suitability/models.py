"""A position's work-preference profile and a candidate's questionnaire response."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from hiring.db import db, utcnow


class PreferenceProfile(db.Model):
    """What a position needs: per trait an ideal range tied to an outcome, and knock-outs.

    `traits` is {trait key: {"low", "high", "outcome_id", "reason"}}; `knockouts` is
    [{"id", "detail"}] for the knock-outs the position requires.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), unique=True)
    questionnaire_id: Mapped[str] = mapped_column(String(80))
    questionnaire_version: Mapped[int]
    traits: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    knockouts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))


class PreferenceResponse(db.Model):
    """A candidate's answers, saved as they go; the result is stored once they hand in."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), unique=True)
    questionnaire_id: Mapped[str] = mapped_column(String(80))
    questionnaire_version: Mapped[int]
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    knockouts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seq: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]
    digest: Mapped[str] = mapped_column(String(64), default="")
    # The result of hand-in (Result.to_contract()), with the numbers the reports read.
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    suitability: Mapped[float | None] = mapped_column(Float)
    consistency: Mapped[float | None] = mapped_column(Float)
    eligible: Mapped[bool | None]

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None
