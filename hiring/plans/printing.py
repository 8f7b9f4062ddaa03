"""Plan PDFs through the PDF service (hiring.pdf): a plan's data, document and cache key, the
background render after each save, a month's cohort printed as one PDF, and erasure."""

from __future__ import annotations

from datetime import date

from flask import current_app

from hiring.errors import HiringError
from hiring.pdf import service as pdf
from hiring.pdf.cache import Document
from hiring.pdf.render import render_pdf_here
from hiring.plans import documents, listing, services
from hiring.plans.models import DevelopmentPlan, OnboardingPlan

COHORT_TITLE = "Plans: cohort"


def company() -> str:
    return str(current_app.config.get("COMPANY_NAME") or "")


def plan_data(plan: DevelopmentPlan | OnboardingPlan) -> dict:
    """The plan as plain JSON data, with the company's name (what its PDF prints)."""
    if isinstance(plan, DevelopmentPlan):
        return services.development_data(plan, company())
    return services.onboarding_data(plan, company())


def document_of(data: dict) -> Document:
    """What the PDF service prints for a plan's JSON data."""
    template, context = documents.context_for(data)
    return Document(template, context, title=documents.document_title(data))


def slot_of(plan: DevelopmentPlan | OnboardingPlan) -> str:
    """Which plan this is, whatever its version: the printer renders only the newest."""
    kind = "development" if isinstance(plan, DevelopmentPlan) else "onboarding"
    return f"{kind}-{plan.candidate_id}"


def render_plan(data: dict) -> bytes:
    """PDF bytes of a plan's JSON data, rendered in this process (the CLI)."""
    document = document_of(data)
    return render_pdf_here(document.template, document.context, title=document.title)


def printed(data: dict, *, slot: str | None = None) -> pdf.Printed:
    """The plan's PDF from the cache, or on its way in the background (not ready yet)."""
    return pdf.printed(document_of(data), key=documents.cache_key(data), slot=slot, wait=False)


def status(data: dict) -> tuple[str, str]:
    """("ready" | "pending" | "failed", message) for the plan's PDF."""
    return pdf.status(documents.cache_key(data))


def prerender(plan: DevelopmentPlan | OnboardingPlan) -> None:
    """Print a saved plan in the background, so its download is instant."""
    try:
        printed(plan_data(plan), slot=slot_of(plan))
    except Exception:  # printing later on demand is fine; saving must not fail for it
        current_app.logger.exception("could not start rendering plan %s", plan.id)


def start_cohort(first: date, kind: str) -> str:
    """Start printing the plans of a month's starters as one PDF; returns the job id."""
    datas = [plan_data(plan) for plan in listing.cohort(first, kind)]
    if not datas:
        raise HiringError("There are no plans to print for that choice.")
    return pdf.start_bulk(items_of(datas), title=COHORT_TITLE)


def items_of(datas: list[dict]) -> list[tuple[str, Document]]:
    """(cache key, document) of each plan, in order, for bulk printing."""
    return [(documents.cache_key(data), document_of(data)) for data in datas]


def forget(candidate) -> None:
    """Delete the cached PDFs of the candidate's development and onboarding plans."""
    plans = [services.development_plan_for(candidate.id),
             services.onboarding_plan_for(candidate.id)]
    pdf.forget([documents.cache_key(plan_data(plan)) for plan in plans if plan is not None])

