"""Positions: list, outcome editor, status, PDF and live outcome check. (The candidate's own
position page, `positions.yours`, is added by `hiring.candidates.candidate_pages`.)"""

from __future__ import annotations

import re

from flask import (
    Blueprint,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from hiring.actions import attempt
from hiring.analysis.outcomes import MAX_PERIOD_CHARS, period_problem
from hiring.auth.access import roles_required
from hiring.db import begin_read, begin_write
from hiring.inputs import json_object
from hiring.pdf import pages
from hiring.pdf.cache import Document
from hiring.positions import services
from hiring.positions.forms import STATUS_LABELS, PositionForm
from hiring.positions.lookup import position_by_id
from hiring.positions.models import Position
from hiring.rubrics import all_rubrics

bp = Blueprint("positions", __name__, url_prefix="/positions")

_ACTION = re.compile(r"(up|down|remove)-(\d+)")


def position_or_404(position_id: int) -> Position:
    """The position (404); every page here is a manager's, checked by `roles_required`."""
    position = position_by_id(position_id)
    if position is None:
        abort(404)
    return position


@bp.get("/")
@roles_required("manager")
def index():
    rows = [(p, services.listed_outcome_checks([o.text for o in p.outcomes], p.outcomes_due))
            for p in services.all_positions()]
    return render_template("positions/index.html", rows=rows, labels=STATUS_LABELS)


@bp.route("/new", methods=["GET", "POST"])
@roles_required("manager")
def new():
    form = PositionForm()
    if request.method == "GET":
        form.hiring_manager_id.data = current_user.id
        for step in services.RUBRIC_STEPS:
            form.rubric_field(step).data = services.default_rubric_id(step)
    return _editor(form, None, [""])


@bp.route("/<int:position_id>/edit", methods=["GET", "POST"])
@roles_required("manager")
def edit(position_id: int):
    position = position_or_404(position_id)
    form = PositionForm(obj=position)
    if request.method == "GET":
        if position.benefits_rate is not None:
            form.benefits_percent.data = position.benefits_rate * 100
        for step, rubric_id in services.chosen_rubrics(position.id).items():
            form.rubric_field(step).data = rubric_id
    return _editor(form, position, [o.text for o in position.outcomes] or [""])


def _editor(form: PositionForm, position: Position | None, outcomes: list[str]):
    """Save, or apply an editing action (add, move, remove, check) and show the form again."""
    focus = None
    checks = None
    if request.method == "POST":
        # The outcomes are checked with no write lock held: read until the save begins.
        begin_read()
        outcomes = [t.replace("\r\n", "\n") for t in request.form.getlist("outcome")]
        too_many = len(outcomes) > services.MAX_OUTCOMES
        if too_many:
            flash(f"A position has at most {services.MAX_OUTCOMES} outcome statements; "
                  "only the first ones are kept.", "error")
            outcomes = outcomes[:services.MAX_OUTCOMES]
        action = request.form.get("action", "save")
        focus, outcomes = _apply(action, outcomes)
        checks = services.check_outcomes(outcomes, form.outcomes_due.data)
        if action == "save" and not too_many and form.validate_on_submit():
            begin_write()
            saved = attempt(lambda: services.save_position(
                position, form.data_for(outcomes), current_user, checks), "Position saved.")
            if saved:
                return redirect(url_for(".detail", position_id=saved.value.id))
    if checks is None:
        checks = services.check_outcomes(outcomes, form.outcomes_due.data)
    views = [services.describe(c) for c in checks]
    return render_template(
        "positions/edit.html", form=form, position=position,
        outcomes=list(zip(outcomes, views, strict=True)),
        focus=focus, max_outcomes=services.MAX_OUTCOMES, nudge_above=services.NUDGE_ABOVE,
        max_period=MAX_PERIOD_CHARS, steps=services.RUBRIC_STEPS)


def _apply(action: str, outcomes: list[str]) -> tuple[str | None, list[str]]:
    """Editing without JavaScript: returns the id of the control to focus and the new list."""
    outcomes = list(outcomes)
    if action == "add":
        if len(outcomes) < services.MAX_OUTCOMES:
            outcomes.append("")
        return f"outcome-{len(outcomes)}", outcomes
    match = _ACTION.fullmatch(action)
    if not match:
        return None, outcomes
    verb, index = match.group(1), int(match.group(2)) - 1
    if not 0 <= index < len(outcomes):
        return None, outcomes
    if verb == "remove" and len(outcomes) > 1:
        outcomes.pop(index)
        return f"outcome-{min(index, len(outcomes) - 1) + 1}", outcomes
    target = index - 1 if verb == "up" else index + 1
    if verb != "remove" and 0 <= target < len(outcomes):
        outcomes[index], outcomes[target] = outcomes[target], outcomes[index]
        return f"{verb}-{target + 1}", outcomes
    return None, outcomes


@bp.get("/<int:position_id>")
@roles_required("manager")
def detail(position_id: int):
    position = position_or_404(position_id)
    checks = services.check_outcomes([o.text for o in position.outcomes], position.outcomes_due)
    rubrics = {step: services.rubric_id_for(position.id, step) for step in services.RUBRIC_STEPS}
    return render_template(
        "positions/detail.html", position=position,
        outcomes=[(o, services.describe(c)) for o, c in zip(position.outcomes, checks,
                                                            strict=True)],
        ready=not services.unmeasurable(checks), labels=STATUS_LABELS, steps=services.RUBRIC_STEPS,
        rubrics={step: all_rubrics().get(rid) for step, rid in rubrics.items()},
        compensation=services.compensation_lines(position))


@bp.post("/<int:position_id>/status")
@roles_required("manager")
def status(position_id: int):
    begin_read()  # the outcomes are checked with no write lock held
    position = position_or_404(position_id)
    checks = services.check_outcomes([o.text for o in position.outcomes], position.outcomes_due)
    begin_write()
    position = position_or_404(position_id)
    if attempt(lambda: services.set_status(position, request.form.get("status", ""),
                                           current_user, checks)):
        flash(f"The position is now {STATUS_LABELS[position.status].lower()}.", "success")
    return redirect(url_for(".detail", position_id=position.id))


@bp.post("/outcomes/check")
@roles_required("manager")
def check_outcome():
    body = json_object()
    text, due = body.get("text"), body.get("due", "")
    if not isinstance(text, str) or len(text) > services.MAX_OUTCOME_CHARS \
            or not isinstance(due, str) or len(due) > MAX_PERIOD_CHARS:
        return jsonify(error="Send {\"text\": \"...\"} with at most "
                             f"{services.MAX_OUTCOME_CHARS} characters, and optionally "
                             "{\"due\": \"...\"}, the list's period, with at most "
                             f"{MAX_PERIOD_CHARS}."), 400
    found = services.check_outcomes([text], due)[0]
    # What keeps the list's period from serving (None when it serves or is empty), so the
    # editor can say so as it is typed rather than only on saving.
    return jsonify({**found.to_dict(), "view": services.describe(found),
                    "due_problem": period_problem(due)})


@bp.get("/<int:position_id>/preview")
@roles_required("manager")
def preview(position_id: int):
    position = position_or_404(position_id)
    return render_template("positions/public.html", position=position, preview=True,
                           compensation=services.compensation_lines(position))


def _document(position: Position) -> Document:
    return Document("pdf/position.html", services.pdf_context(position), title=position.title)


@bp.get("/<int:position_id>/pdf")
@roles_required("manager")
def pdf(position_id: int):
    position = position_or_404(position_id)
    filename = re.sub(r"[^A-Za-z0-9]+", "-", position.title).strip("-").lower() or "position"
    served = attempt(lambda: pages.download(
        _document(position), filename=f"{filename}.pdf",
        status_url=url_for(".pdf_status", position_id=position.id),
        heading=f"Preparing the PDF of {position.title}",
        ready_heading=f"The PDF of {position.title} is ready", slot=f"position-{position.id}"))
    return served.value if served else redirect(url_for(".detail", position_id=position.id))


@bp.get("/<int:position_id>/pdf/status")
@roles_required("manager")
def pdf_status(position_id: int):
    return pages.status_of(_document(position_or_404(position_id)))
