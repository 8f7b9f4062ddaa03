from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hiring.db import db, utcnow

STAGES = ("applied", "writing", "research", "interview", "decision", "hired", "onboarding",
          "screened_out")
STAGE_LABELS = {
    "applied": "Applied",
    "writing": "Writing test",
    "research": "Research exercise",
    "interview": "Interview",
    "decision": "Decision",
    "hired": "Hired",
    "onboarding": "Onboarding",
    "screened_out": "Screened out",
}
# The steps a candidate is invited to take in the portal.
STEPS = ("writing", "research")
STEP_LABELS = {"writing": "Writing test", "research": "Company-research exercise"}


class Candidate(db.Model):
    __table_args__ = (
        UniqueConstraint("position_id", "email"),
        Index("ix_candidate_position_stage", "position_id", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(160))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(20), default="applied")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    legal_hold: Mapped[bool] = mapped_column(default=False)

    position = relationship("Position")
    invitations: Mapped[list[Invitation]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS.get(self.stage, self.stage)


class Invitation(db.Model):
    """A link that lets one candidate take one step; only the token's hash is kept."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    first_used_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    candidate: Mapped[Candidate] = relationship(back_populates="invitations")

    def is_usable(self, now: datetime) -> bool:
        return self.revoked_at is None and self.expires_at > now

    @property
    def step_label(self) -> str:
        return STEP_LABELS.get(self.step, self.step)
