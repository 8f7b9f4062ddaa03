"""Development plans: drafted from the position's template, edited, shown to the candidate,
and reviewed milestone by milestone."""

from __future__ import annotations

from datetime import date

from flask import Response, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from hiring.actions import attempt
from hiring.auth.access import roles_required, staff_required
from hiring.plans import documents, forms, printing, services
from hiring.plans.charts import milestone_timeline_svg
from hiring.plans.models import DevelopmentPlan
from hiring.plans.views.common import bp, candidate_or_404, fill_rows, plan_for


def _plan(candidate_id: int) -> DevelopmentPlan:
    return plan_for(current_user, candidate_id, "development")


@bp.post("/candidates/<int:candidate_id>/development/new")
@roles_required("manager")
def draft_development(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = forms.DraftForm()
    if not form.validate_on_submit():
        flash("Give the expected start date as a date.", "error")
        return redirect(url_for(".index"))
    drafted = attempt(
        lambda: services.draft_development_plan(candidate, current_user, form.start_date.data),
        "Development plan drafted from the position's template. Make it this candidate's.")
    if not drafted:
        return redirect(url_for(".index"))
    printing.prerender(drafted.value)
    return redirect(url_for(".development", candidate_id=candidate.id))


def _development_form(plan: DevelopmentPlan) -> forms.DevelopmentPlanForm:
    form = forms.DevelopmentPlanForm()
    form.start_date.data = plan.start_date
    form.how_we_sell.data = plan.how_we_sell
    form.coaching_rhythm.data = plan.coaching_rhythm
    form.learning_areas.data = "\n".join(plan.learning_areas or [])
    fill_rows(form.milestones, [
        {"id": str(m.id), "month": str(m.month), "title": m.title, "measure": m.measure}
        for m in plan.milestones])
    return form


def _review_form(plan: DevelopmentPlan) -> forms.ReviewForm:
    form = forms.ReviewForm(formdata=None)
    form.review_date.data = date.today()
    for m in plan.milestones:
        latest = m.latest_review
        form.rows.append_entry({"milestone_id": str(m.id), "status": m.status,
                                "note": latest.note if latest else ""})
    return form


def _development_page(plan, form=None, reaction_form=None, review_form=None, status=200):
    candidate = plan.candidate
    return render_template(
        "plans/development.html", plan=plan, candidate=candidate,
        position=candidate.position, form=form or _development_form(plan),
        reaction_form=reaction_form or forms.ReactionForm(
            formdata=None, reaction=plan.candidate_reaction),
        review_form=review_form or _review_form(plan),
        can_edit=current_user.has_role("manager"),
        hired=candidate.stage in services.HIRED_STAGES,
        context=documents.development_context(printing.plan_data(plan))), status


@bp.get("/candidates/<int:candidate_id>/development")
@staff_required
def development(candidate_id: int):
    return _development_page(_plan(candidate_id))


@bp.post("/candidates/<int:candidate_id>/development")
@roles_required("manager")
def save_development(candidate_id: int):
    plan = _plan(candidate_id)
    form = forms.DevelopmentPlanForm()
    if form.validate_on_submit() and attempt(lambda: services.update_development_plan(
            plan, current_user, start_date=form.start_date.data,
            how_we_sell=form.how_we_sell.data, coaching_rhythm=form.coaching_rhythm.data,
            learning_areas=forms.lines(form.learning_areas.data),
            milestones=[row.data for row in form.milestones]), "Development plan saved."):
        printing.prerender(plan)
        return redirect(url_for(".development", candidate_id=candidate_id))
    return _development_page(plan, form=form, status=422)


@bp.post("/candidates/<int:candidate_id>/development/reaction")
@staff_required
def record_reaction(candidate_id: int):
    plan = _plan(candidate_id)
    form = forms.ReactionForm()
    if form.validate_on_submit() and attempt(
            lambda: services.record_reaction(plan, current_user, form.reaction.data),
            "The candidate's reaction is recorded."):
        printing.prerender(plan)
        return redirect(url_for(".development", candidate_id=candidate_id) + "#reaction-section")
    return _development_page(plan, reaction_form=form, status=422)


@bp.post("/candidates/<int:candidate_id>/development/share")
@roles_required("manager")
def share_development(candidate_id: int):
    plan = _plan(candidate_id)
    attempt(lambda: services.share_with_candidate(plan, current_user),
            f"The plan is shared: {plan.candidate.name} can read it, download it and answer "
            "it from their page.")
    return redirect(url_for(".development", candidate_id=candidate_id) + "#sharing-section")


@bp.post("/candidates/<int:candidate_id>/development/unshare")
@roles_required("manager")
def unshare_development(candidate_id: int):
    plan = _plan(candidate_id)
    attempt(lambda: services.stop_sharing(plan, current_user),
            f"The plan is no longer shared with {plan.candidate.name}.")
    return redirect(url_for(".development", candidate_id=candidate_id) + "#sharing-section")


@bp.post("/candidates/<int:candidate_id>/development/review")
@roles_required("manager")
def record_review(candidate_id: int):
    plan = _plan(candidate_id)
    form = forms.ReviewForm()
    if form.validate_on_submit():
        entries = {}
        for row in form.rows:
            try:
                entries[int(row.milestone_id.data)] = (row.status.data, row.note.data)
            except (TypeError, ValueError):
                abort(400)
        reviewed = attempt(lambda: services.record_review(
            plan, current_user, form.review_date.data, entries))
        if reviewed:
            count = reviewed.value
            flash(f"Progress recorded for {count} milestone{'' if count == 1 else 's'}.",
                  "success")
            printing.prerender(plan)
            return redirect(
                url_for(".development", candidate_id=candidate_id) + "#progress-section")
    return _development_page(plan, review_form=form, status=422)


@bp.get("/candidates/<int:candidate_id>/development/timeline.svg")
@staff_required
def timeline(candidate_id: int):
    context = documents.development_context(printing.plan_data(_plan(candidate_id)))
    svg = milestone_timeline_svg(context["milestones"], start=context["start_date"])
    return Response(svg, mimetype="image/svg+xml",
                    headers={"Cache-Control": "private, no-cache"})
