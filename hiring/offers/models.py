from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hiring.db import db, utcnow

OFFER_STATES = ("open", "accepted", "refused")
STATE_LABELS = {"open": "Awaiting an answer", "accepted": "Accepted", "refused": "Refused"}


class Offer(db.Model):
    """One offer made to a candidate; a refused offer stays on record beside a later one."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    offered_on: Mapped[date] = mapped_column(Date)
    pay: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    proposed_start: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="open")
    agreed_start: Mapped[date | None] = mapped_column(Date)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    made_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    answered_at: Mapped[datetime | None]

    candidate = relationship("Candidate")
    made_by = relationship("User")

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def start_date(self) -> date:
        """The agreed start once accepted, else the proposed one."""
        return self.agreed_start or self.proposed_start
