"""The position's work-preference profile, the candidate's questionnaire, and its result."""

from __future__ import annotations

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
from hiring.auth.access import roles_required
from hiring.candidates.access import candidate_invitation, candidate_required, current_candidate
from hiring.db import begin_write, utcnow
from hiring.positions.lookup import position_by_id
from hiring.positions.models import Position
from hiring.suitability import counts, services
from hiring.suitability.forms import CsrfForm, read_answers, read_profile
from hiring.suitability.questionnaire import MAX_DETAIL, get_questionnaire

bp = Blueprint("suitability", __name__, url_prefix="/suitability")


@bp.app_template_global()
def preferences_result(candidate) -> dict | None:
    """The questionnaire's result for the candidate page (templates/suitability/_result.html)."""
    return services.result_view(candidate)


@bp.app_template_global()
def preferences_funnel(position) -> dict:
    """The questionnaire's counts beside the position's funnel."""
    return counts.funnel_summary(position.id)


# ------------------------------------------------------------------------------ the profile


def _stored_values(position: Position) -> dict:
    row = services.profile_row(position)
    questionnaire = services.questionnaire_for(row)
    values = {}
    for trait in questionnaire.traits:
        entry = (row.traits.get(trait.key) if row else None) or {}
        values[f"{trait.key}-low"] = str(entry.get("low", trait.ideal[0]))
        values[f"{trait.key}-high"] = str(entry.get("high", trait.ideal[1]))
        values[f"{trait.key}-outcome"] = str(entry.get("outcome_id") or "")
        values[f"{trait.key}-reason"] = entry.get("reason", "")
    for knockout in (row.knockouts if row else []):
        values[f"ko-{knockout['id']}"] = "required"
        values[f"ko-{knockout['id']}-detail"] = knockout.get("detail", "")
    return values


@bp.route("/positions/<int:position_id>/profile", methods=["GET", "POST"])
@roles_required("manager")
def profile(position_id: int):
    position = position_by_id(position_id)
    if position is None:
        abort(404)
    form = CsrfForm()
    questionnaire = get_questionnaire()
    problems: dict[str, str] = {}
    values = _stored_values(position)
    if request.method == "POST":
        values = request.form.to_dict()
        if form.validate_on_submit():
            traits, knockouts = read_profile(questionnaire, request.form)
            saved = attempt(lambda: services.save_profile(position, traits, knockouts,
                                                          current_user),
                            "The work-preference profile is saved.")
            if saved:
                return redirect(url_for(".profile", position_id=position.id))
            problems = saved.error.problems  # save_profile refuses only with ProfileError
        else:
            flash("The form expired; press Save again.", "error")
    return render_template("suitability/profile.html", position=position, form=form,
                           questionnaire=questionnaire, values=values, problems=problems,
                           row=services.profile_row(position), max_detail=MAX_DETAIL,
                           max_reason=services.MAX_REASON), 422 if problems else 200


# ------------------------------------------------------------------------------ the candidate


def _own_candidate():
    if candidate_invitation(services.STEP) is None:
        abort(404)
    return current_candidate()


@bp.get("/take")
@candidate_required
def take():
    candidate = _own_candidate()
    response = services.response_of(candidate)
    if response is not None and response.is_submitted:
        return render_template("suitability/done.html", response=response,
                               position=candidate.position)
    questionnaire = get_questionnaire(response.questionnaire_id if response else
                                      "work-preferences")
    return render_template(
        "suitability/take.html", questionnaire=questionnaire, response=response,
        answers=response.answers if response else {},
        knockout_answers=response.knockouts if response else {},
        knockouts=services.required_knockouts(candidate), position=candidate.position,
        missing=services.missing(candidate, response),
        check=request.args.get("check") == "1", form=CsrfForm())


@bp.post("/take/save")
@candidate_required
def save():
    candidate = _own_candidate()
    questionnaire = get_questionnaire()
    if request.is_json:
        body = request.get_json(silent=True) or {}
        answers, knockouts = body.get("answers"), body.get("knockouts", {})
        try:
            seq = int(body.get("seq"))
        except (TypeError, ValueError):
            return jsonify(error="A save needs a whole-number seq."), 400
        if not isinstance(answers, dict) or not isinstance(knockouts, dict):
            return jsonify(error="A save needs answers and knockouts as objects."), 400
        saved = attempt(lambda: services.save_answers(candidate, seq, answers, knockouts,
                                                      utcnow()), flash_error=False)
        if not saved:
            return jsonify(error=str(saved.error)), 400
        return jsonify(saved.value.to_dict()), 409 if saved.value.status == "closed" else 200
    if not CsrfForm().validate_on_submit():
        abort(400)
    answers, knockouts = read_answers(questionnaire, request.form)
    if saved := attempt(lambda: services.save_answers(candidate, None, answers, knockouts,
                                                      utcnow())):
        kept = saved.value.status == "saved"
        flash("Your answers are saved. You can come back to them on any device."
              if kept else "The questionnaire was already handed in.",
              "success" if kept else "error")
    return redirect(url_for(".take"))


@bp.post("/take/submit")
@candidate_required
def submit():
    candidate = _own_candidate()
    if not CsrfForm().validate_on_submit():
        abort(400)
    answers, knockouts = read_answers(get_questionnaire(), request.form)

    def save_and_check():
        if answers or knockouts:  # the page's last answers, sent with the button
            services.save_answers(candidate, None, answers, knockouts, utcnow())
        return services.snapshot(candidate)

    # Keep what was saved when something is missing; the page then lists what is missing.
    checked = attempt(save_and_check, keep_on_refusal=True)
    if not checked:
        return redirect(url_for(".take", check=1, _anchor="missing"))

    # Scored from plain values between transactions, so no write lock waits on the scoring.
    def score_and_hand_in():
        scored = checked.value.score()
        begin_write()
        services.hand_in(candidate, scored, utcnow())

    attempt(score_and_hand_in)
    return redirect(url_for(".take"))
