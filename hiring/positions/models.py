from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hiring.db import db, utcnow

POSITION_STATUSES = ("draft", "open", "closed")


class Position(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(160))
    target_market: Mapped[str] = mapped_column(String(200), default="")
    hiring_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), index=True)
    base_salary: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    variable_pay: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    benefits_rate: Mapped[Decimal | None] = mapped_column(Numeric(5, 4))
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    # The posting's application form: ask for a résumé; send the writing test at once.
    accepts_resume: Mapped[bool] = mapped_column(default=False, server_default=false())
    invite_on_apply: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    hiring_manager = relationship("User")
    outcomes: Mapped[list[Outcome]] = relationship(
        back_populates="position", order_by="Outcome.sort_order",
        cascade="all, delete-orphan")


class Outcome(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    position: Mapped[Position] = relationship(back_populates="outcomes")


class PositionRubric(db.Model):
    """The rubric a position uses for one step (writing, research, interview, presentation)."""

    __table_args__ = (UniqueConstraint("position_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    rubric_id: Mapped[str] = mapped_column(String(80))
