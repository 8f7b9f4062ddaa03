"""The administrator's way from the dashboard to the settings they look after."""

from __future__ import annotations

from flask import current_app, url_for

from hiring.main.panels import Panel


def panel(user) -> Panel | None:
    if user.role != "admin":
        return None
    endpoints = current_app.view_functions
    items = [(label, url_for(endpoint)) for endpoint, label in (
        ("assessments.prompts", "Exercise prompts"),
        ("research.facts", "Company fact sheet"),
        ("admin.rubrics", "Rubrics in use"),
        ("reports.tokens", "API tokens"),
    ) if endpoint in endpoints]
    items.insert(3, ("Adverse impact, per position", url_for("admin.index") + "#admin-impact"))
    return Panel("Administration", items, order=5,
                 action=("All administration", url_for("admin.index")))
