"""Reading the pipeline for reports, and the few records reports keep themselves:

    pipeline   the funnel of a position; candidates per position
    cost       the cost of a bad hire
    impact     voluntary self-identification and adverse impact
    outcomes   outcomes of hires and the validity of the scores
    api_reads  what the read-only API reads (imported from there, not from here)

The names are importable from here too, as `services.<name>`. API tokens are accounts':
hiring.auth.api_tokens.
"""

from __future__ import annotations

from hiring.reports.services.cost import (
    CostView,
    compensation_of,
    cost_of,
    cost_pdf_document,
    save_cost_scenario,
    scenario_of,
)
from hiring.reports.services.impact import (
    DIMENSION_SETS,
    SuggestionImpact,
    adverse_impact,
    record_self_identification,
    self_identification_of,
    suggestion_impact,
)
from hiring.reports.services.outcomes import (
    HIRED_STAGES,
    hires,
    milestone_tallies,
    milestone_tallies_at,
    outcomes_by_candidate,
    record_outcome,
    validity_report,
)
from hiring.reports.services.pipeline import (
    COUNTED,
    candidate_counts,
    candidates_of,
    dashboard_funnel,
    funnel_of,
    positions,
    stays_cache,
)

__all__ = [
    "COUNTED",
    "candidates_of",
    "dashboard_funnel",
    "positions",
    "CostView",
    "DIMENSION_SETS",
    "HIRED_STAGES",
    "SuggestionImpact",
    "adverse_impact",
    "candidate_counts",
    "compensation_of",
    "cost_of",
    "cost_pdf_document",
    "funnel_of",
    "hires",
    "milestone_tallies",
    "milestone_tallies_at",
    "outcomes_by_candidate",
    "record_outcome",
    "record_self_identification",
    "save_cost_scenario",
    "scenario_of",
    "self_identification_of",
    "stays_cache",
    "suggestion_impact",
    "validity_report",
]
