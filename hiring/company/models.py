from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hiring.db import db, utcnow


class CompanySettings(db.Model):
    """The one row of company settings shown to candidates, in emails and in PDFs."""

    __tablename__ = "company_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_type: Mapped[str] = mapped_column(String(40), default="")
    primary_color: Mapped[str] = mapped_column(String(7), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    # Where the work is based, for job search engines (e.g. "Chicago, IL, US").
    location: Mapped[str] = mapped_column(String(120), default="")
    sender: Mapped[str] = mapped_column(String(254), default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
