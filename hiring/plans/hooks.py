"""What plans give lower packages that must not import them (see hiring.registry.hooks)."""

from __future__ import annotations

from hiring.plans import services
from hiring.plans.charts import milestone_timeline_svg


def pdf_template_globals() -> dict:
    """Functions the PDF templates call: the development plan's milestone timeline."""
    return {"timeline_svg": milestone_timeline_svg}


def has_drafted_plan(candidate_id: int) -> bool:
    """Whether the candidate's development plan is drafted (the interview's gate asks)."""
    return services.has_drafted_plan(candidate_id)
