"""The plans page and a position's plan template (where new development plans start)."""

from __future__ import annotations

from flask import redirect, render_template, request, url_for
from flask_login import current_user

from hiring.actions import attempt
from hiring.auth.access import roles_required
from hiring.inputs import page_arg
from hiring.plans import forms, listing, services
from hiring.plans.views.common import bp, fill_rows, position_or_404


@bp.get("/")
@roles_required("manager")
def index():
    args = request.args
    listed = listing.overview(
        args.get("page", type=page_arg), args.get("onboarding_page", type=page_arg),
        args.get("draft_page", type=page_arg), args.get("hire_page", type=page_arg))
    return render_template(
        "plans/index.html", **listed, draft_form=forms.DraftForm(), bulk_form=forms.BulkForm(),
        start_form=forms.OnboardingStartForm())


@bp.route("/positions/<int:position_id>/template", methods=["GET", "POST"])
@roles_required("manager")
def template(position_id: int):
    position = position_or_404(position_id)
    current = services.template_for(position)
    form = forms.PlanTemplateForm()
    if form.validate_on_submit():
        if attempt(lambda: services.save_template(
                position, current_user, how_we_sell=form.how_we_sell.data,
                coaching_rhythm=form.coaching_rhythm.data,
                learning_areas=forms.lines(form.learning_areas.data),
                milestones=[row.data for row in form.milestones]),
                "Plan template saved. New plans for this position start from it."):
            return redirect(url_for(".template", position_id=position.id))
    elif request.method == "GET":
        form.how_we_sell.data = current.how_we_sell
        form.coaching_rhythm.data = current.coaching_rhythm
        form.learning_areas.data = "\n".join(current.learning_areas or [])
        fill_rows(form.milestones, [
            {"month": str(m["month"]), "title": m["title"], "measure": m.get("measure", "")}
            for m in current.milestones or []])
    return render_template("plans/template.html", form=form, position=position)
