"""The company's fact sheet: the truth the research exercise is checked against."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hiring.analysis.research import Executive, Fact, FactSheet
from hiring.db import db, utcnow


class CompanyFactSheet(db.Model):
    """The company, its executives, services, customers and key facts, plus its about text.

    The portal hires for one company, so there is one row. Lists are kept as JSON: the sheet
    is always read, checked and replaced whole, and is never queried row by row.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    executives: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    services: Mapped[list[str]] = mapped_column(JSON, default=list)
    customers: Mapped[list[str]] = mapped_column(JSON, default=list)
    facts: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    about_text: Mapped[str] = mapped_column(Text, default="")
    # Bumped on every change, and stored with each analysis made against the sheet.
    revision: Mapped[int] = mapped_column(default=1)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    def to_fact_sheet(self) -> FactSheet:
        """The stored sheet as the analysis module's frozen FactSheet."""
        return FactSheet(
            name=self.name,
            aliases=tuple(self.aliases),
            executives=tuple(Executive(e["name"], e["title"]) for e in self.executives),
            services=tuple(self.services),
            customers=tuple(self.customers),
            facts=tuple(Fact(f["text"], tuple(f["keywords"])) for f in self.facts),
        )

    def load(self, sheet: FactSheet) -> None:
        """Replace every field but the about text with those of `sheet`."""
        self.name = sheet.name
        self.aliases = list(sheet.aliases)
        self.executives = [{"name": e.name, "title": e.title} for e in sheet.executives]
        self.services = list(sheet.services)
        self.customers = list(sheet.customers)
        self.facts = [{"text": f.text, "keywords": list(f.keywords)} for f in sheet.facts]
