"""Erasure: a candidate's plans leave no printed copy behind in the PDF cache."""

from __future__ import annotations

from flask import current_app

from hiring.plans import printing, services
from hiring.plans.documents import cache_key


def forget(candidate) -> None:
    """Delete the cached PDFs of the candidate's development and onboarding plans."""
    cache = printing.app_cache()
    company = str(current_app.config.get("COMPANY_NAME") or "")
    plans = [(services.development_plan_for(candidate.id), services.development_data),
             (services.onboarding_plan_for(candidate.id), services.onboarding_data)]
    for plan, data_of in plans:
        if plan is not None:
            found = cache.get(cache_key(data_of(plan, company)))
            if found is not None:
                found.unlink(missing_ok=True)
