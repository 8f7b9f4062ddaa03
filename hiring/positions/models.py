from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hiring.db import db, utcnow

POSITION_STATUSES = ("draft", "open", "closed")
# Dollars a year, base or variable pay: above any sales salary, far inside Numeric(12, 2).
MAX_PAY = Decimal(10_000_000)


def pay_in_range(amount: Decimal | None, high: Decimal = MAX_PAY) -> bool:
    """No amount, or a finite one from 0 to `high`."""
    return amount is None or (amount.is_finite() and 0 <= amount <= high)


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
    # When the whole outcomes list is due ("within 90 days of the hire date"): a statement
    # that gives no deadline of its own takes this one.
    outcomes_due: Mapped[str | None] = mapped_column(Text)
    # The posting's application form: ask for a résumé; send the writing test at once.
    accepts_resume: Mapped[bool] = mapped_column(default=False, server_default=false())
    invite_on_apply: Mapped[bool] = mapped_column(default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    hiring_manager = relationship("User")

    @property
    def pay_problem(self) -> str | None:
        """A stored pay figure out of range (kept from before limits were checked)."""
        if not (pay_in_range(self.base_salary) and pay_in_range(self.variable_pay)
                and pay_in_range(self.benefits_rate, Decimal(1))):
            return (f"The pay stored for this position is out of range (base salary and "
                    f"variable pay at most ${MAX_PAY:,}, benefits at most 100%). Correct it "
                    f"on the position's edit page.")
        return None
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
