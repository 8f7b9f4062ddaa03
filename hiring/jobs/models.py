from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hiring.db import db, utcnow


class Application(db.Model):
    """What a candidate sent with an application through a posting."""

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), unique=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    # A file name under instance/resumes/, never a path given by the applicant.
    resume_file: Mapped[str] = mapped_column(String(80), default="")
    consented_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
