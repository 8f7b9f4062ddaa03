"""Pages for development plans, position plan templates, onboarding plans and their PDFs."""

from __future__ import annotations

from datetime import date

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload
from wtforms.validators import ValidationError

from hiring.auth.access import roles_required, staff_required
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.inputs import check_date, page_arg
from hiring.offers.services import start_date_for
from hiring.pagination import paginate
from hiring.plans import documents, forms, printing, services
from hiring.plans.charts import milestone_timeline_svg
from hiring.plans.models import DevelopmentPlan, OnboardingPlan
from hiring.positions.models import Position

bp = Blueprint("plans", __name__, url_prefix="/plans")
PLAN_STAGES = ("research", "interview", "decision", "offer", "hired", "onboarding")


def plan_url(candidate_id: int) -> str:
    """Address of a candidate's development plan page (for the interviews pages)."""
    return url_for("plans.development", candidate_id=candidate_id)


def _cache() -> printing.PdfCache:
    return printing.app_cache()


def _redis() -> str | None:
    return current_app.config.get("REDIS_URL") or None


def _company() -> str:
    return str(current_app.config.get("COMPANY_NAME") or "")


def _data(plan) -> dict:
    if isinstance(plan, DevelopmentPlan):
        return services.development_data(plan, _company())
    return services.onboarding_data(plan, _company())


def _prerender(plan) -> None:
    # A saved plan is printed in the background so its download is instant.
    try:
        printing.request_pdf(_data(plan), _cache(), _redis(), slot=_slot(plan))
    except Exception:  # printing later on demand is fine; saving must not fail for it
        current_app.logger.exception("could not start rendering plan %s", plan.id)


def _slot(plan) -> str:
    """Which plan this is, whatever its version: the printer renders only the newest."""
    kind = "development" if isinstance(plan, DevelopmentPlan) else "onboarding"
    return f"{kind}-{plan.candidate_id}"


def _development_or_404(candidate_id: int) -> DevelopmentPlan:
    """The candidate's plan, for managers and for interviewers on one of their panels."""
    plan = services.development_plan_for(candidate_id)
    if plan is None:
        abort(404)
    if not current_user.has_role("manager") and not _on_panel_of(candidate_id):
        abort(403)
    return plan


def _on_panel_of(candidate_id: int) -> bool:
    from hiring.interviews.models import PanelMember

    return db.session.scalar(select(PanelMember.id).where(
        PanelMember.candidate_id == candidate_id, PanelMember.user_id == current_user.id)
        .limit(1)) is not None


def _onboarding_or_404(candidate_id: int) -> OnboardingPlan:
    plan = services.onboarding_plan_for(candidate_id)
    if plan is None:
        abort(404)
    return plan


@bp.get("/")
@roles_required("manager")
def index():
    args = request.args
    listed = (joinedload(DevelopmentPlan.candidate).joinedload(Candidate.position),
              selectinload(DevelopmentPlan.milestones))
    development = paginate(select(DevelopmentPlan).order_by(
        DevelopmentPlan.updated_at.desc(), DevelopmentPlan.id.desc()).options(*listed),
        args.get("page", type=page_arg))
    onboarding = paginate(select(OnboardingPlan).order_by(
        OnboardingPlan.start_date.desc(), OnboardingPlan.id.desc()).options(
        joinedload(OnboardingPlan.candidate).joinedload(Candidate.position)),
        args.get("onboarding_page", type=page_arg))
    # Plans are drafted for candidates nearing the first interview, and for hires.
    has_plan = select(DevelopmentPlan.id).where(
        DevelopmentPlan.candidate_id == Candidate.id).exists()
    has_onboarding = select(OnboardingPlan.id).where(
        OnboardingPlan.candidate_id == Candidate.id).exists()
    by_name = (Candidate.name, Candidate.id)
    without_plan = paginate(select(Candidate).where(
        Candidate.stage.in_(PLAN_STAGES), ~has_plan).order_by(*by_name).options(
        joinedload(Candidate.position)), args.get("draft_page", type=page_arg), per_page=20)
    hires_without_onboarding = paginate(select(Candidate).where(
        Candidate.stage.in_(services.HIRED_STAGES), ~has_onboarding).order_by(*by_name)
        .options(joinedload(Candidate.position)), args.get("hire_page", type=page_arg),
        per_page=20)
    positions = db.session.scalars(select(Position).order_by(Position.title)).all()
    return render_template(
        "plans/index.html", development=development, onboarding=onboarding,
        without_plan=without_plan, hires_without_onboarding=hires_without_onboarding,
        positions=positions, draft_form=forms.DraftForm(), bulk_form=forms.BulkForm(),
        start_form=forms.OnboardingStartForm(),
        offer_starts={c.id: start_date_for(c) for c in hires_without_onboarding.items})


# --- position templates ---------------------------------------------------------------------


def _fill_rows(field, rows: list[dict]) -> None:
    while len(field):
        field.pop_entry()
    for row in rows:
        field.append_entry(row)
    for _ in range(forms.BLANK_ROWS):
        field.append_entry()


@bp.route("/positions/<int:position_id>/template", methods=["GET", "POST"])
@roles_required("manager")
def template(position_id: int):
    position = db.get_or_404(Position, position_id)
    current = services.template_for(position)
    form = forms.PlanTemplateForm()
    if form.validate_on_submit():
        try:
            services.save_template(
                position, current_user, how_we_sell=form.how_we_sell.data,
                coaching_rhythm=form.coaching_rhythm.data,
                learning_areas=forms.lines(form.learning_areas.data),
                milestones=[row.data for row in form.milestones])
        except HiringError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            flash("Plan template saved. New plans for this position start from it.", "success")
            return redirect(url_for(".template", position_id=position.id))
    elif request.method == "GET":
        form.how_we_sell.data = current.how_we_sell
        form.coaching_rhythm.data = current.coaching_rhythm
        form.learning_areas.data = "\n".join(current.learning_areas or [])
        _fill_rows(form.milestones, [
            {"month": str(m["month"]), "title": m["title"], "measure": m.get("measure", "")}
            for m in current.milestones or []])
    return render_template("plans/template.html", form=form, position=position)


# --- development plans ----------------------------------------------------------------------


@bp.post("/candidates/<int:candidate_id>/development/new")
@roles_required("manager")
def draft_development(candidate_id: int):
    candidate = db.get_or_404(Candidate, candidate_id)
    form = forms.DraftForm()
    if not form.validate_on_submit():
        flash("Give the expected start date as a date.", "error")
        return redirect(url_for(".index"))
    try:
        plan = services.draft_development_plan(candidate, current_user, form.start_date.data)
    except HiringError as error:
        flash(str(error), "error")
        return redirect(url_for(".index"))
    db.session.commit()
    _prerender(plan)
    flash("Development plan drafted from the position's template. Make it this candidate's.",
          "success")
    return redirect(url_for(".development", candidate_id=candidate.id))


def _development_form(plan: DevelopmentPlan) -> forms.DevelopmentPlanForm:
    form = forms.DevelopmentPlanForm()
    form.start_date.data = plan.start_date
    form.how_we_sell.data = plan.how_we_sell
    form.coaching_rhythm.data = plan.coaching_rhythm
    form.learning_areas.data = "\n".join(plan.learning_areas or [])
    _fill_rows(form.milestones, [
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
        context=documents.development_context(_data(plan))), status


@bp.get("/candidates/<int:candidate_id>/development")
@staff_required
def development(candidate_id: int):
    return _development_page(_development_or_404(candidate_id))


@bp.post("/candidates/<int:candidate_id>/development")
@roles_required("manager")
def save_development(candidate_id: int):
    plan = _development_or_404(candidate_id)
    form = forms.DevelopmentPlanForm()
    if form.validate_on_submit():
        try:
            services.update_development_plan(
                plan, current_user, start_date=form.start_date.data,
                how_we_sell=form.how_we_sell.data, coaching_rhythm=form.coaching_rhythm.data,
                learning_areas=forms.lines(form.learning_areas.data),
                milestones=[row.data for row in form.milestones])
        except HiringError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            db.session.commit()
            _prerender(plan)
            flash("Development plan saved.", "success")
            return redirect(url_for(".development", candidate_id=candidate_id))
    return _development_page(plan, form=form, status=422)


@bp.post("/candidates/<int:candidate_id>/development/reaction")
@staff_required
def record_reaction(candidate_id: int):
    plan = _development_or_404(candidate_id)
    form = forms.ReactionForm()
    if form.validate_on_submit():
        try:
            services.record_reaction(plan, current_user, form.reaction.data)
        except HiringError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            _prerender(plan)
            flash("The candidate's reaction is recorded.", "success")
            return redirect(
                url_for(".development", candidate_id=candidate_id) + "#reaction-section")
    return _development_page(plan, reaction_form=form, status=422)


@bp.post("/candidates/<int:candidate_id>/development/share")
@roles_required("manager")
def share_development(candidate_id: int):
    plan = _development_or_404(candidate_id)
    try:
        services.share_with_candidate(plan, current_user)
    except HiringError as error:
        flash(str(error), "error")
    else:
        db.session.commit()
        flash(f"The plan is shared: {plan.candidate.name} can read it, download it and answer "
              "it from their page.", "success")
    return redirect(url_for(".development", candidate_id=candidate_id) + "#sharing-section")


@bp.post("/candidates/<int:candidate_id>/development/unshare")
@roles_required("manager")
def unshare_development(candidate_id: int):
    plan = _development_or_404(candidate_id)
    try:
        services.stop_sharing(plan, current_user)
    except HiringError as error:
        flash(str(error), "error")
    else:
        db.session.commit()
        flash(f"The plan is no longer shared with {plan.candidate.name}.", "success")
    return redirect(url_for(".development", candidate_id=candidate_id) + "#sharing-section")


@bp.post("/candidates/<int:candidate_id>/development/review")
@roles_required("manager")
def record_review(candidate_id: int):
    plan = _development_or_404(candidate_id)
    form = forms.ReviewForm()
    if form.validate_on_submit():
        entries = {}
        for row in form.rows:
            try:
                entries[int(row.milestone_id.data)] = (row.status.data, row.note.data)
            except (TypeError, ValueError):
                abort(400)
        try:
            count = services.record_review(plan, current_user, form.review_date.data, entries)
        except HiringError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            _prerender(plan)
            flash(f"Progress recorded for {count} milestone{'' if count == 1 else 's'}.",
                  "success")
            return redirect(
                url_for(".development", candidate_id=candidate_id) + "#progress-section")
    return _development_page(plan, review_form=form, status=422)


@bp.get("/candidates/<int:candidate_id>/development/timeline.svg")
@staff_required
def timeline(candidate_id: int):
    plan = _development_or_404(candidate_id)
    context = documents.development_context(_data(plan))
    svg = milestone_timeline_svg(context["milestones"], start=context["start_date"])
    return Response(svg, mimetype="image/svg+xml",
                    headers={"Cache-Control": "private, no-cache"})


# --- onboarding plans -----------------------------------------------------------------------


@bp.post("/candidates/<int:candidate_id>/onboarding/new")
@roles_required("manager")
def create_onboarding(candidate_id: int):
    candidate = db.get_or_404(Candidate, candidate_id)
    form = forms.OnboardingStartForm()
    if not form.validate_on_submit():
        flash(" ".join(form.start_date.errors) or "Give the start date as a date.", "error")
        return redirect(url_for(".index"))
    try:
        plan = services.create_onboarding_plan(candidate, current_user, form.start_date.data)
    except HiringError as error:
        flash(str(error), "error")
        return redirect(url_for(".index"))
    db.session.commit()
    _prerender(plan)
    flash("Onboarding plan created with a typical first quarter. Name the people to meet.",
          "success")
    return redirect(url_for(".onboarding", candidate_id=candidate.id))


def _onboarding_form(plan: OnboardingPlan) -> forms.OnboardingPlanForm:
    form = forms.OnboardingPlanForm()
    form.start_date.data = plan.start_date
    _fill_rows(form.activities, [
        {"id": str(a.id), "week": str(a.week), "kind": a.kind, "text": a.text, "owner": a.owner}
        for a in plan.activities])
    _fill_rows(form.connections, [
        {"id": str(c.id), "name": c.name, "role": c.role, "why": c.why,
         "introduced_by": c.introduced_by, "by_week": str(c.by_week)}
        for c in plan.connections])
    return form


def _onboarding_page(plan, form=None, status=200):
    return render_template(
        "plans/onboarding.html", plan=plan, candidate=plan.candidate,
        form=form or _onboarding_form(plan), check_form=forms.CheckForm(formdata=None),
        progress=services.checklist_progress(plan),
        context=documents.onboarding_context(_data(plan))), status


@bp.get("/candidates/<int:candidate_id>/onboarding")
@roles_required("manager")
def onboarding(candidate_id: int):
    return _onboarding_page(_onboarding_or_404(candidate_id))


@bp.post("/candidates/<int:candidate_id>/onboarding")
@roles_required("manager")
def save_onboarding(candidate_id: int):
    plan = _onboarding_or_404(candidate_id)
    form = forms.OnboardingPlanForm()
    if form.validate_on_submit():
        try:
            services.update_onboarding_plan(
                plan, current_user, start_date=form.start_date.data,
                activities=[row.data for row in form.activities],
                connections=[row.data for row in form.connections])
        except HiringError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            db.session.commit()
            _prerender(plan)
            flash("Onboarding plan saved.", "success")
            return redirect(url_for(".onboarding", candidate_id=candidate_id))
    return _onboarding_page(plan, form=form, status=422)


@bp.post("/candidates/<int:candidate_id>/onboarding/check")
@roles_required("manager")
def check(candidate_id: int):
    plan = _onboarding_or_404(candidate_id)
    form = forms.CheckForm()
    if form.validate_on_submit():
        try:
            services.set_done(plan, current_user, form.item_type.data, form.item_id.data,
                              form.done.data)
        except HiringError as error:
            flash(str(error), "error")
        else:
            db.session.commit()
            _prerender(plan)
    else:
        flash("That checklist change could not be read; reload the page.", "error")
    return redirect(url_for(".onboarding", candidate_id=candidate_id) + "#checklist-section")


# --- PDFs -----------------------------------------------------------------------------------


def _plan_for_pdf(kind: str, candidate_id: int):
    if kind == "development":
        plan = _development_or_404(candidate_id)
        if not current_user.has_role("manager", "interviewer"):
            abort(403)
        return plan
    if kind == "onboarding":
        if not current_user.has_role("manager"):
            abort(403)
        return _onboarding_or_404(candidate_id)
    abort(404)


@bp.get("/candidates/<int:candidate_id>/<kind>.pdf")
@staff_required
def download(candidate_id: int, kind: str):
    plan = _plan_for_pdf(kind, candidate_id)
    cache = _cache()
    data = _data(plan)
    key = documents.cache_key(data)
    found = cache.get(key)
    if found is not None:
        cache.touch(key)  # kept while people download it
        name = f"{kind}-plan-{candidate_id}.pdf"
        return send_file(found, mimetype="application/pdf", download_name=name,
                         max_age=0, conditional=True, etag=key)
    try:
        printing.request_pdf(data, cache, _redis(), slot=_slot(plan))
    except HiringError as error:
        flash(str(error), "error")
    return render_template("plans/preparing.html", kind=kind, candidate=plan.candidate,
                           status_url=url_for(".pdf_status", candidate_id=candidate_id,
                                              kind=kind),
                           download_url=request.path), 202


@bp.get("/candidates/<int:candidate_id>/<kind>.pdf/status")
@staff_required
def pdf_status(candidate_id: int, kind: str):
    plan = _plan_for_pdf(kind, candidate_id)
    data = _data(plan)
    state, message = printing.pdf_status(documents.cache_key(data), _cache(), _redis())
    return {"state": state, "message": message,
            "url": url_for(".download", candidate_id=candidate_id, kind=kind)}


@bp.post("/bulk")
@roles_required("manager")
def bulk():
    form = forms.BulkForm()
    try:
        if not form.validate_on_submit():
            raise HiringError("Choose a month as YYYY-MM.")
        try:
            first = date.fromisoformat(form.month.data + "-01")
            check_date(first, "The month")
        except ValueError as error:
            raise HiringError(f"Choose a month as YYYY-MM, e.g. 2027-03. {error}".strip()
                              if isinstance(error, ValidationError) else
                              "Choose a month as YYYY-MM, e.g. 2027-03.") from None
        datas = _cohort(first, form.kind.data)
        job_id = printing.start_bulk(datas, _cache(), _redis())
    except HiringError as error:
        flash(str(error), "error")
        return redirect(url_for(".index") + "#bulk")
    return redirect(url_for(".bulk_progress", job_id=job_id))


def _cohort(first: date, kind: str) -> list[dict]:
    """Plans of every hire starting in the month beginning `first`."""
    next_month = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    datas = []
    if kind in ("development", "both"):
        for plan in db.session.scalars(select(DevelopmentPlan).join(Candidate).where(
                DevelopmentPlan.start_date >= first, DevelopmentPlan.start_date < next_month,
                Candidate.stage.in_(services.HIRED_STAGES)).order_by(Candidate.name)):
            datas.append(_data(plan))
    if kind in ("onboarding", "both"):
        for plan in db.session.scalars(select(OnboardingPlan).join(Candidate).where(
                OnboardingPlan.start_date >= first, OnboardingPlan.start_date < next_month)
                .order_by(Candidate.name)):
            datas.append(_data(plan))
    return datas


@bp.get("/bulk/<job_id>")
@roles_required("manager")
def bulk_progress(job_id: str):
    try:
        status = printing.bulk_status(job_id, _cache(), _redis())
    except HiringError:
        abort(404)
    return render_template("plans/bulk.html", job_id=job_id, status=status)


@bp.get("/bulk/<job_id>/status")
@roles_required("manager")
def bulk_status(job_id: str):
    try:
        status = printing.bulk_status(job_id, _cache(), _redis())
    except HiringError:
        abort(404)
    return {**status, "url": url_for(".bulk_download", job_id=job_id)}


@bp.get("/bulk/<job_id>.pdf")
@roles_required("manager")
def bulk_download(job_id: str):
    try:
        status = printing.bulk_status(job_id, _cache(), _redis())
    except HiringError:
        abort(404)
    found = _cache().get(f"bulk-{job_id}") if status["state"] == "done" else None
    if found is None:
        return redirect(url_for(".bulk_progress", job_id=job_id))
    return send_file(found, mimetype="application/pdf", download_name="plans-cohort.pdf",
                     max_age=0)
