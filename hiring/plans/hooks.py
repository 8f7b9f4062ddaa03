"""What plans give lower packages that must not import them (see hiring.registry.hooks)."""

from __future__ import annotations

from hiring.plans.charts import milestone_timeline_svg


def pdf_template_globals() -> dict:
    """Functions the PDF templates call: the development plan's milestone timeline."""
    return {"timeline_svg": milestone_timeline_svg}
