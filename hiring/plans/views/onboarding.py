"""Onboarding plans: a hire's first quarter, week by week, and its checklist."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from hiring.actions import attempt
from hiring.auth.access import roles_required
from hiring.plans import documents, forms, printing, services
from hiring.plans.models import OnboardingPlan
from hiring.plans.views.common import bp, candidate_or_404, fill_rows, plan_for


def _plan(candidate_id: int) -> OnboardingPlan:
    return plan_for(current_user, candidate_id, "onboarding")


@bp.post("/candidates/<int:candidate_id>/onboarding/new")
@roles_required("manager")
def create_onboarding(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = forms.OnboardingStartForm()
    if not form.validate_on_submit():
        flash(" ".join(form.start_date.errors) or "Give the start date as a date.", "error")
        return redirect(url_for(".index"))
    created = attempt(
        lambda: services.create_onboarding_plan(candidate, current_user, form.start_date.data),
        "Onboarding plan created with a typical first quarter. Name the people to meet.")
    if not created:
        return redirect(url_for(".index"))
    printing.prerender(created.value)
    return redirect(url_for(".onboarding", candidate_id=candidate.id))


def _onboarding_form(plan: OnboardingPlan) -> forms.OnboardingPlanForm:
    form = forms.OnboardingPlanForm()
    form.start_date.data = plan.start_date
    fill_rows(form.activities, [
        {"id": str(a.id), "week": str(a.week), "kind": a.kind, "text": a.text, "owner": a.owner}
        for a in plan.activities])
    fill_rows(form.connections, [
        {"id": str(c.id), "name": c.name, "role": c.role, "why": c.why,
         "introduced_by": c.introduced_by, "by_week": str(c.by_week)}
        for c in plan.connections])
    return form


def _onboarding_page(plan, form=None, status=200):
    return render_template(
        "plans/onboarding.html", plan=plan, candidate=plan.candidate,
        form=form or _onboarding_form(plan), check_form=forms.CheckForm(formdata=None),
        progress=services.checklist_progress(plan),
        context=documents.onboarding_context(printing.plan_data(plan))), status


@bp.get("/candidates/<int:candidate_id>/onboarding")
@roles_required("manager")
def onboarding(candidate_id: int):
    return _onboarding_page(_plan(candidate_id))


@bp.post("/candidates/<int:candidate_id>/onboarding")
@roles_required("manager")
def save_onboarding(candidate_id: int):
    plan = _plan(candidate_id)
    form = forms.OnboardingPlanForm()
    if form.validate_on_submit() and attempt(lambda: services.update_onboarding_plan(
            plan, current_user, start_date=form.start_date.data,
            activities=[row.data for row in form.activities],
            connections=[row.data for row in form.connections]), "Onboarding plan saved."):
        printing.prerender(plan)
        return redirect(url_for(".onboarding", candidate_id=candidate_id))
    return _onboarding_page(plan, form=form, status=422)


@bp.post("/candidates/<int:candidate_id>/onboarding/check")
@roles_required("manager")
def check(candidate_id: int):
    plan = _plan(candidate_id)
    form = forms.CheckForm()
    if not form.validate_on_submit():
        flash("That checklist change could not be read; reload the page.", "error")
    elif attempt(lambda: services.set_done(plan, current_user, form.item_type.data,
                                           form.item_id.data, form.done.data)):
        printing.prerender(plan)
    return redirect(url_for(".onboarding", candidate_id=candidate_id) + "#checklist-section")
