"""Report data of its own: self-identification (kept apart), hire outcomes, cost scenarios.
The API's tokens are accounts' (hiring.auth.api_tokens); the table is registered here, with the
tables of the package whose API reads with them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hiring.auth.api_tokens import ApiToken  # noqa: F401  (registers its table with these)
from hiring.db import db, utcnow

SELF_ID_FIELDS = ("sex", "race", "age_band", "disability", "veteran")
SELF_ID_LABELS = {
    "sex": "Sex",
    "race": "Race/ethnicity",
    "age_band": "Age band",
    "disability": "Disability",
    "veteran": "Veteran status",
}
# Stored keys and the words the form shows; "decline" is always offered and stored as None.
SELF_ID_CHOICES = {
    "sex": (("female", "Female"), ("male", "Male"), ("another", "Another sex")),
    "race": (
        ("american_indian", "American Indian or Alaska Native"),
        ("asian", "Asian"),
        ("black", "Black or African American"),
        ("hispanic", "Hispanic or Latino"),
        ("pacific_islander", "Native Hawaiian or Other Pacific Islander"),
        ("white", "White"),
        ("two_or_more", "Two or more races"),
    ),
    "age_band": (("under_40", "Under 40"), ("40_or_over", "40 or over")),
    "disability": (("yes", "Yes, I have a disability"), ("no", "No")),
    "veteran": (("protected", "Protected veteran"), ("not_protected", "Not a protected veteran")),
}
OUTCOME_CHECKPOINTS = (90, 365)


class SelfIdentification(db.Model):
    """A candidate's voluntary answers, in a table of its own that only aggregates read.

    Nothing here is joined into pages, exports or the API about a candidate: only the
    adverse-impact report reads it, and only as counts.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), unique=True)
    sex: Mapped[str | None] = mapped_column(String(40))
    race: Mapped[str | None] = mapped_column(String(60))
    age_band: Mapped[str | None] = mapped_column(String(20))
    disability: Mapped[str | None] = mapped_column(String(20))
    veteran: Mapped[str | None] = mapped_column(String(20))
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)


class HireOutcome(db.Model):
    """For a hire, how many of the position's outcomes were met at day 90 or day 365."""

    __table_args__ = (
        UniqueConstraint("candidate_id", "checkpoint_days"),
        CheckConstraint("outcomes_met >= 0 AND outcomes_met <= outcomes_total",
                        name="met_within_total"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    checkpoint_days: Mapped[int]
    outcomes_met: Mapped[int]
    outcomes_total: Mapped[int]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class CostScenario(db.Model):
    """A position's bad-hire calculator inputs: the lines and rates the user changed."""

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), unique=True)
    # {line key: whole dollars}; lines not present use their default.
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    bad_hire_rate_without: Mapped[float] = mapped_column(default=0.40)
    bad_hire_rate_with: Mapped[float] = mapped_column(default=0.15)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
