"""Report pages: position dashboard, comparison, bad-hire cost, adverse impact, validity,
API tokens, and the candidate's voluntary self-identification form."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from hiring import blind
from hiring.actions import attempt
from hiring.analysis import adverse_impact as ai
from hiring.analysis import hiring_cost as hc
from hiring.analysis.agreement import KAPPA_MIN_N, WEAK_KAPPA
from hiring.auth import api_tokens
from hiring.auth.access import roles_required
from hiring.auth.api_tokens import API_SCOPES
from hiring.candidates.access import candidate_required, current_candidate
from hiring.candidates.models import STAGE_LABELS, Candidate
from hiring.candidates.services import candidate_by_id
from hiring.db import utcnow
from hiring.inputs import id_arg, page_arg
from hiring.pdf import pages
from hiring.pdf.cache import Document
from hiring.positions.lookup import position_by_id
from hiring.positions.models import Position
from hiring.reports import charts, comparison, services
from hiring.reports import scores as score_data
from hiring.reports.api import api
from hiring.reports.forms import (
    ApiTokenForm,
    OutcomeForm,
    SelfIdentificationForm,
    cost_form_class,
)
from hiring.reports.lookup import token_by_id
from hiring.reports.models import (
    OUTCOME_CHECKPOINTS,
    SELF_ID_FIELDS,
    SELF_ID_LABELS,
)

# The funnel shows the final presentation as a step after the interview.
FUNNEL_LABELS = {**STAGE_LABELS, "presentation": "Final presentation"}

bp = Blueprint("reports", __name__)
bp.register_blueprint(api)


def _found(obj):
    """`obj`, or a 404 when the lookup found nothing."""
    if obj is None:
        abort(404)
    return obj


def _position(position_id: int) -> Position:
    return _found(position_by_id(position_id))


def _hire(position: Position, candidate_id: int) -> Candidate:
    """A candidate of this position, or 404."""
    candidate = _found(candidate_by_id(candidate_id))
    if candidate.position_id != position.id:
        abort(404)
    return candidate


@bp.get("/reports/")
@roles_required("manager")
def index():
    return render_template(
        "reports/index.html", positions=services.positions(),
        counts=services.candidate_counts(services.COUNTED), counted=services.COUNTED)


def _bins(step: score_data.StepScores):
    return charts.score_bins(
        list(step.scores.values()), low=step.low, high=step.high, step=step.band,
        threshold=step.threshold,
    )


@bp.get("/reports/positions/<int:position_id>")
@roles_required("manager")
def dashboard(position_id: int):
    position = _position(position_id)
    steps = [(step, _bins(step)) for step in score_data.step_scores(
        position.id, hidden=blind.withheld(current_user))]
    funnel, preferences = services.dashboard_funnel(position)
    return render_template(
        "reports/dashboard.html", position=position, funnel=funnel, preferences=preferences,
        steps=steps,
        stage_labels=FUNNEL_LABELS,
    )


@bp.get("/reports/positions/<int:position_id>/charts/<name>.svg")
@roles_required("manager")
def chart(position_id: int, name: str):
    position = _position(position_id)
    if name == "funnel":
        funnel = services.funnel_of(position)
        svg = charts.funnel_svg(
            f"Candidates who reached each stage: {position.title}",
            [(FUNNEL_LABELS[row.stage], row.reached) for row in funnel.rows],
        )
    else:
        step = next((s for s in score_data.step_scores(
            position.id, hidden=blind.withheld(current_user)) if s.step == name), None)
        if step is None:
            abort(404)
        threshold = (
            f"Pass threshold: {step.threshold:g} ({step.unit})" if step.threshold is not None
            else f"No pass threshold ({step.unit})"
        )
        svg = charts.score_histogram_svg(f"{step.label} scores", _bins(step), threshold)
    response = Response(svg, mimetype="image/svg+xml")
    response.headers["Content-Security-Policy"] = charts.CHART_CSP
    return response


# The comparison offers the first candidates by name, not every one of ten thousand.
COMPARE_OFFERED = 200


@bp.get("/reports/positions/<int:position_id>/compare")
@roles_required("manager")
def compare(position_id: int):
    position = _position(position_id)
    candidates = services.candidates_of(position, limit=COMPARE_OFFERED)
    chosen_ids = request.args.getlist("candidate", type=id_arg)
    table = None
    if chosen_ids:
        table = attempt(lambda: comparison.compare(
            position, chosen_ids, blind.withheld(current_user))).value
    return render_template(
        "reports/compare.html", position=position, candidates=candidates,
        chosen_ids=set(chosen_ids), table=table,
    )


# ----------------------------------------------------------------------------- cost


def _cost_form(position: Position, view: services.CostView | None):
    form = cost_form_class()()
    if view is not None and request.method == "GET":
        for line in view.estimate.lines:
            getattr(form, line.key).data = int(line.amount)
        form.rate_without.data = view.payback.bad_hire_rate_without * 100
        form.rate_with.data = view.payback.bad_hire_rate_with * 100
    return form


@bp.get("/reports/positions/<int:position_id>/cost")
@roles_required("manager")
def cost(position_id: int):
    position = _position(position_id)
    view = services.cost_of(position)
    return render_template(
        "reports/cost.html", position=position, view=view, form=_cost_form(position, view)
    )


@bp.post("/reports/positions/<int:position_id>/cost")
@roles_required("manager")
def cost_save(position_id: int):
    position = _position(position_id)
    view = services.cost_of(position)
    form = _cost_form(position, view)
    if form.validate_on_submit():
        amounts = {key: getattr(form, key).data for key in hc.LINE_KEYS}
        rates = (float(form.rate_without.data / 100), float(form.rate_with.data / 100))
        if attempt(lambda: services.save_cost_scenario(position, amounts, rates, current_user),
                   "Saved. The total and payback below use your figures."):
            return redirect(url_for(".cost", position_id=position.id))
    return render_template("reports/cost.html", position=position, view=view, form=form), 422


@bp.get("/reports/positions/<int:position_id>/cost.pdf")
@roles_required("manager")
def cost_pdf(position_id: int):
    position = _position(position_id)
    view = services.cost_of(position)
    if view is None:
        flash("Set the position's base salary first: the defaults are built on it.", "error")
        return redirect(url_for(".cost", position_id=position.id))
    served = attempt(lambda: pages.download(
        _cost_document(position, view), filename=f"bad-hire-cost-{position.id}.pdf",
        status_url=url_for(".cost_pdf_status", position_id=position.id),
        heading=f"Preparing the cost of a bad hire: {position.title}",
        ready_heading=f"The cost of a bad hire is ready: {position.title}",
        slot=f"cost-{position.id}"))
    return served.value if served else redirect(url_for(".cost", position_id=position.id))


def _cost_document(position: Position, view) -> Document:
    return Document("pdf/document.html", services.cost_pdf_document(position, view),
                    title=f"Cost of a bad hire: {position.title}")


@bp.get("/reports/positions/<int:position_id>/cost.pdf/status")
@roles_required("manager")
def cost_pdf_status(position_id: int):
    position = _position(position_id)
    view = services.cost_of(position)
    if view is None:
        abort(404)
    return pages.status_of(_cost_document(position, view))


# ----------------------------------------------------------------------------- adverse impact


@bp.get("/reports/positions/<int:position_id>/adverse-impact")
@roles_required("admin")
def impact(position_id: int):
    position = _position(position_id)
    reports = services.adverse_impact(position)
    return render_template(
        "reports/impact.html", position=position, reports=reports, ai=ai,
        checkers=services.suggestion_impact(position),
        stage_labels={**STAGE_LABELS, "preferences": "Work-preference knock-outs"},
        dimension_labels=SELF_ID_LABELS,
    )


# ----------------------------------------------------------------------------- validity


@bp.get("/reports/positions/<int:position_id>/validity")
@roles_required("manager")
def validity(position_id: int):
    position = _position(position_id)
    return _validity_page(position, OutcomeForm())


def _validity_page(position: Position, form: OutcomeForm, status: int = 200):
    checkpoint = request.args.get("checkpoint", 365, type=page_arg)
    if checkpoint not in OUTCOME_CHECKPOINTS:
        checkpoint = 365
    hires = services.hires(position)
    outcomes = services.outcomes_by_candidate([h.id for h in hires])
    if form.outcomes_total.data is None and position.outcomes:
        form.outcomes_total.data = len(position.outcomes)
    report = services.validity_report(position, checkpoint,
                                      score_data.validity_rows(
                                          position.id, blind.withheld(current_user)))
    tallies = services.milestone_tallies_at([h.id for h in hires], OUTCOME_CHECKPOINTS)
    agreement = score_data.suggestion_agreement(position.id, blind.withheld(current_user))
    return render_template(
        "reports/validity.html", position=position, hires=hires, outcomes=outcomes,
        report=report, checkpoint=checkpoint, checkpoints=OUTCOME_CHECKPOINTS, form=form,
        tallies=tallies, agreement=agreement, kappa_min_n=KAPPA_MIN_N, weak_kappa=WEAK_KAPPA,
    ), status


@bp.post("/reports/positions/<int:position_id>/validity")
@roles_required("manager")
def outcome_save(position_id: int):
    position = _position(position_id)
    form = OutcomeForm()
    if form.validate_on_submit():
        candidate = _hire(position, form.candidate_id.data)
        if attempt(lambda: services.record_outcome(
                candidate, int(form.checkpoint_days.data), form.outcomes_met.data,
                form.outcomes_total.data, current_user),
                f"Recorded day {form.checkpoint_days.data} outcomes for {candidate.name}."):
            return redirect(url_for(".validity", position_id=position.id))
    return _validity_page(position, form, 422)


# ----------------------------------------------------------------------------- API tokens


@bp.get("/reports/api-tokens")
@roles_required("admin")
def tokens():
    return render_template("reports/tokens.html", tokens=api_tokens.api_tokens(),
                           form=ApiTokenForm(), new_token=None, scopes=API_SCOPES,
                           now=utcnow())


@bp.post("/reports/api-tokens")
@roles_required("admin")
def token_create():
    form = ApiTokenForm()
    new_token = None
    status = 422
    if form.validate_on_submit():
        created = attempt(lambda: api_tokens.create_api_token(
            form.name.data, current_user, form.scopes.data, form.expires_in_days.data))
        if created:
            _, new_token = created.value
            status = 201
            form = ApiTokenForm(formdata=None)
    # The raw token is shown on this response only: it is never stored, so no redirect.
    return render_template("reports/tokens.html", tokens=api_tokens.api_tokens(), form=form,
                           new_token=new_token, scopes=API_SCOPES, now=utcnow()), status


@bp.post("/reports/api-tokens/<int:token_id>/revoke")
@roles_required("admin")
def token_revoke(token_id: int):
    token = _found(token_by_id(token_id))
    attempt(lambda: api_tokens.revoke_api_token(token, current_user),
            f"Token “{token.name}” revoked.")
    return redirect(url_for(".tokens"))


# ----------------------------------------------------------------------------- candidates


@bp.route("/you/self-identification", methods=["GET", "POST"])
@candidate_required
def self_identification():
    candidate = current_candidate()
    existing = services.self_identification_of(candidate)
    form = SelfIdentificationForm(
        data={f: getattr(existing, f) or "" for f in SELF_ID_FIELDS} if existing else None
    )
    if form.validate_on_submit():
        if attempt(lambda: services.record_self_identification(
                candidate, {f: getattr(form, f).data for f in SELF_ID_FIELDS}),
                "Thank you. Your answers are kept apart from your application."):
            return redirect(url_for(".self_identification"))
    return render_template("reports/self_identification.html", form=form,
                           answered=existing is not None)


# Jinja helpers for these templates.
@bp.app_template_filter("report_money")
def _money(value) -> str:
    return hc.money(value)


@bp.app_template_filter("report_pct")
def _pct(value) -> str:
    return "–" if value is None else f"{value:.0%}"

