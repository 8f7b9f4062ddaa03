"""The fact sheet on the staff dashboard, for the people who keep it."""

from __future__ import annotations

from flask import url_for

from hiring.main.panels import Panel
from hiring.research import services


def panel(user) -> Panel | None:
    """A link to the fact sheet, with what it holds, for managers and admins."""
    if not user.has_role("manager"):
        return None
    sheet = services.current_fact_sheet()
    items = []
    if sheet is not None:
        items.append((
            f"{sheet.name}: {len(sheet.executives)} executives, {len(sheet.services)} services, "
            f"{len(sheet.customers)} customers, {len(sheet.facts)} facts",
            url_for("research.facts")))
    return Panel("Company research", items=items, order=60,
                 empty_text="No fact sheet yet: the research exercise has nothing to check "
                            "against.",
                 action=("Edit the fact sheet", url_for("research.facts")))
