from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)

from hiring.actions import attempt
from hiring.candidates.access import candidate_required, current_candidate
from hiring.company import services as company_services
from hiring.db import utcnow
from hiring.plans import documents, printing
from hiring.plans import services as plans
from hiring.plans.forms import CandidateResponseForm
from hiring.plans.models import RESPONSE_MAX
from hiring.portal import services
from hiring.research.services import current_record

bp = Blueprint("portal", __name__, url_prefix="/candidate")


@bp.get("/")
@candidate_required
def home():
    candidate = current_candidate()
    now = utcnow()
    steps = services.step_rows(candidate, session.get("inv", []), now)
    return render_template(
        "portal/home.html", candidate=candidate, position=candidate.position, steps=steps,
        company=_company_name(), interviews=services.upcoming_interviews(
            candidate, now), untimed_days=services.untimed_days(),
        plan=_shared_plan(candidate))


def _company_name() -> str:
    """The hiring company: its settings' name, else the research fact sheet's."""
    settings = company_services.saved()
    if settings is not None and settings.name:
        return settings.name
    sheet = current_record()
    return sheet.name if sheet else ""


# --- the development plan, once the team shares it -------------------------------------------


def _shared_plan(candidate):
    if candidate.stage == "screened_out":
        return None
    return plans.shared_plan_for(candidate.id)


def _plan_or_404():
    plan = _shared_plan(current_candidate())
    if plan is None:
        abort(404)
    return plan


def _plan_data(plan) -> dict:
    return plans.candidate_data(plan, str(current_app.config.get("COMPANY_NAME") or ""))


def _plan_page(plan, form=None, status=200):
    return render_template(
        "portal/plan.html", plan=plan, candidate=plan.candidate,
        position=plan.candidate.position, company=_company_name(),
        context=documents.development_context(_plan_data(plan)), response_max=RESPONSE_MAX,
        form=form or CandidateResponseForm(formdata=None, response=plan.candidate_response),
    ), status


@bp.get("/plan")
@candidate_required
def plan():
    return _plan_page(_plan_or_404())


@bp.post("/plan")
@candidate_required
def respond():
    shared = _plan_or_404()
    form = CandidateResponseForm()
    if form.validate_on_submit():
        if attempt(lambda: plans.record_candidate_response(shared, form.response.data),
                   "Thank you: your reaction is saved, and the hiring team can read it."):
            return redirect(url_for(".plan") + "#response-section")
    return _plan_page(shared, form=form, status=422)


@bp.get("/plan.pdf")
@candidate_required
def plan_pdf():
    shared = _plan_or_404()
    printed = attempt(lambda: printing.printed(_plan_data(shared)))
    if printed and printed.value.ready:
        found = printed.value
        return send_file(found.path, mimetype="application/pdf", as_attachment=True,
                         download_name="development-plan.pdf", max_age=0,
                         conditional=True, etag=found.key)
    return render_template("plans/preparing.html", kind="development", candidate=shared.candidate,
                           status_url=url_for(".plan_pdf_status"),
                           download_url=request.path), 202


@bp.get("/plan.pdf/status")
@candidate_required
def plan_pdf_status():
    data = _plan_data(_plan_or_404())
    state, message = printing.status(data)
    return {"state": state, "message": message, "url": url_for(".plan_pdf")}
