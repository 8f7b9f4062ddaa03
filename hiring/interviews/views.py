"""Pages of the structured interview: bank, plan, coverage, scheduling, kit, scorecard, debrief."""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from hiring import blind
from hiring.actions import attempt
from hiring.auth.access import roles_required, staff_required
from hiring.candidates.models import STAGE_LABELS, Candidate
from hiring.db import begin_read, begin_write
from hiring.inputs import json_object, page_arg, refuse
from hiring.interviews import forms, services
from hiring.interviews.models import DECISIONS, RECOMMENDATIONS, Interview, InterviewQuestion
from hiring.pagination import paginate
from hiring.pdf.cache import Document
from hiring.pdf.service import printed
from hiring.positions.models import Position
from hiring.timezones import timezone_of, utc_from_local
from hiring.timezones.convert import utc_to_local

bp = Blueprint("interviews", __name__, url_prefix="/interviews")


# Who may open an interview, once the route's role decorator has let them in.
_ACCESS = {
    "view": services.can_view,  # its panelists, managers and admins
    "panel": services.is_panelist,  # its panelists only
    "decide": lambda interview, user: not services.debrief_block(interview, user),
    "any": lambda interview, user: True,  # whoever the route's role decorator admits
}


def interview_for(user, interview_id: int, access: str) -> Interview:
    """The interview (404) if `user` may have `access` to it (403), as in `_ACCESS`."""
    interview = services.interview_by_id(interview_id)
    if interview is None:
        abort(404)
    if not _ACCESS[access](interview, user):
        abort(403)
    return interview


def position_or_404(position_id: int) -> Position:
    position = services.position_by_id(position_id)
    if position is None:
        abort(404)
    return position


def question_or_404(question_id: int) -> InterviewQuestion:
    question = services.question_by_id(question_id)
    if question is None:
        abort(404)
    return question


def candidate_or_404(candidate_id: int) -> Candidate:
    candidate = services.candidate_by_id(candidate_id)
    if candidate is None:
        abort(404)
    return candidate


@bp.get("/")
@staff_required
def mine():
    positions, everyone = [], None
    if current_user.has_role("manager"):
        positions = services.positions()
        everyone = paginate(services.all_interviews_query(),
                            request.args.get("all_page", type=page_arg))
    yours = paginate(services.interviews_for_query(current_user),
                     request.args.get("page", type=page_arg))
    return render_template(
        "interviews/mine.html", yours=yours,
        outstanding=services.outstanding_among(current_user, yours.items),
        outstanding_count=services.outstanding_count(current_user),
        own=lambda i: services.own_scorecard(i, current_user),
        started=lambda i: services.not_started(i) is None, positions=positions,
        everyone=everyone)


@bp.get("/positions/<int:position_id>")
@roles_required("manager")
def position(position_id: int):
    found = position_or_404(position_id)
    candidates = paginate(services.ready_for_interview_query(found),
                          request.args.get("ready_page", type=page_arg))
    interviews = paginate(services.position_interviews_query(found),
                          request.args.get("page", type=page_arg))
    return render_template(
        "interviews/position.html", position=found, questions=services.bank(found),
        plan=services.plan(found), candidates=candidates, interviews=interviews,
        lint=services.lint_dict)


@bp.route("/positions/<int:position_id>/questions/new", methods=["GET", "POST"])
@roles_required("manager")
def new_question(position_id: int):
    return _question_page(position_or_404(position_id), None)


@bp.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
@roles_required("manager")
def edit_question(question_id: int):
    question = question_or_404(question_id)
    return _question_page(services.position_by_id(question.position_id), question)


def _question_page(found: Position, question: InterviewQuestion | None):
    if request.method == "POST":
        begin_read()  # the question is checked with no write lock held
    form = forms.QuestionForm(obj=question if request.method == "GET" else None)
    form.outcomes.choices = [forms.SelectChoice(str(o.id), o.text) for o in found.outcomes]
    if request.method == "GET" and question is not None:
        form.fill_anchors(question.anchors)
        form.outcomes.data = [o.id for o in question.outcomes]
    verdict = services.lint_dict(form.text.data) if form.text.data else None
    if form.validate_on_submit():
        begin_write()
        saved = attempt(lambda: services.save_question(
            found, text=form.text.data, competency=form.competency.data,
            anchors=form.anchors(), outcome_ids=form.outcomes.data or [],
            actor=current_user, question=question))
        if saved:
            verdict = services.lint_dict(saved.value.text)
            if verdict and verdict["orientation"] == "backward":
                flash("Saved, but the question looks backward-looking: " + (
                    verdict["suggestion"] or "ask what they would do here."), "warning")
            else:
                flash("Question saved.", "success")
            return redirect(url_for(".position", position_id=found.id))
    return render_template("interviews/question.html", form=form, position=found,
                           question=question, verdict=verdict)


@bp.post("/questions/lint")
@roles_required("manager")
def lint_question():
    text = json_object().get("text")
    if not isinstance(text, str):
        refuse("Send the question as {\"text\": \"...\"}.")
    return services.lint_dict(text[:services.MAX_QUESTION_CHARS])


@bp.route("/positions/<int:position_id>/plan", methods=["GET", "POST"])
@roles_required("manager")
def plan(position_id: int):
    found = position_or_404(position_id)
    questions = services.bank(found)
    form = forms.CsrfForm()
    if form.validate_on_submit():
        entries = forms.plan_entries(request.form, [q.id for q in questions])
        if attempt(lambda: services.save_plan(found, entries), "Interview plan saved."):
            return redirect(url_for(".plan", position_id=found.id))
    items = services.plan(found)
    planned = {i.question_id: (n, i) for n, i in enumerate(items, start=1) if i.question_id}
    talk = next(((n, i) for n, i in enumerate(items, start=1) if i.kind == "development_plan"),
                None)
    return render_template("interviews/plan.html", form=form, position=found,
                           questions=questions, items=items, planned=planned, talk=talk,
                           total=sum(i.minutes for i in items))


@bp.route("/positions/<int:position_id>/coverage", methods=["GET", "POST"])
@roles_required("manager")
def coverage(position_id: int):
    found = position_or_404(position_id)
    form = forms.CsrfForm()
    if form.validate_on_submit():
        links = forms.criterion_links(request.form, [o.id for o in found.outcomes])
        if attempt(lambda: services.save_criterion_links(found, links),
                   "Exercise evidence saved."):
            return redirect(url_for(".coverage", position_id=found.id))
    return render_template("interviews/coverage.html", position=found, form=form,
                           rows=services.coverage(found),
                           criteria=services.exercise_criteria(found),
                           links=services.criterion_links(found))


@bp.get("/positions/<int:position_id>/calibration")
@roles_required("manager")
def calibration(position_id: int):
    found = position_or_404(position_id)
    return render_template("interviews/calibration.html", position=found,
                           result=services.calibration(found, blind.withheld(current_user)))


@bp.route("/candidates/<int:candidate_id>/schedule", methods=["GET", "POST"])
@roles_required("manager")
def schedule(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = forms.ScheduleForm()
    staff = services.panel_candidates()
    form.panel.choices = [forms.SelectChoice(str(u.id), f"{u.name or u.email} ({u.role_label})")
                          for u in staff]
    gate = services.development_plan_gate(candidate)
    form.scheduled_at.label.text = f"Date and time ({timezone_of(current_user)})"
    if form.validate_on_submit():
        chosen = [u for u in staff if u.id in set(form.panel.data or [])]

        def schedule_it():
            when = utc_from_local(form.scheduled_at.data, current_user)
            return when, services.schedule_interview(
                candidate, panel=chosen, scheduled_at=when.utc,
                location=form.location.data, actor=current_user)

        if done := attempt(schedule_it, "Interview scheduled; each panelist now has the kit."):
            when, interview = done.value
            if when.note:
                flash(when.note, "info")
            return redirect(url_for(".detail", interview_id=interview.id))
    return render_template("interviews/schedule.html", form=form, candidate=candidate,
                           gate=gate, plan=services.plan(candidate.position))


@bp.get("/<int:interview_id>")
@staff_required
def detail(interview_id: int):
    interview = interview_for(current_user, interview_id, "view")
    return render_template("interviews/kit.html", interview=interview,
                           kit=services.kit_context(interview, current_user),
                           is_panelist=services.is_panelist(interview, current_user),
                           card=services.own_scorecard(interview, current_user),
                           started=services.not_started(interview) is None)


@bp.route("/<int:interview_id>/move", methods=["GET", "POST"])
@roles_required("manager")
def move(interview_id: int):
    interview = interview_for(current_user, interview_id, "any")
    form = forms.MoveForm(obj=None)
    form.scheduled_at.label.text = f"New date and time ({timezone_of(current_user)})"
    if request.method == "GET":
        form.scheduled_at.data = utc_to_local(interview.scheduled_at,
                                              timezone_of(current_user)).replace(tzinfo=None)
        form.location.data = interview.location
    if form.validate_on_submit():

        def move_it():
            when = utc_from_local(form.scheduled_at.data, current_user)
            services.move_interview(interview, scheduled_at=when.utc,
                                    location=form.location.data, actor=current_user)
            return when

        if moved := attempt(move_it, "Interview moved; the candidate and the panel get an "
                                     "updated calendar invitation."):
            if moved.value.note:
                flash(moved.value.note, "info")
            return redirect(url_for(".detail", interview_id=interview.id))
    return render_template("interviews/move.html", form=form, interview=interview)


@bp.post("/<int:interview_id>/cancel")
@roles_required("manager")
def cancel(interview_id: int):
    interview = interview_for(current_user, interview_id, "any")
    cancelled = attempt(lambda: services.cancel_interview(interview, current_user),
                        "Interview cancelled; the candidate and the panel get a calendar "
                        "cancellation.")
    if not cancelled:
        return redirect(url_for(".move", interview_id=interview_id))
    return redirect(url_for("candidates.detail", candidate_id=cancelled.value))


@bp.get("/<int:interview_id>/kit.pdf")
@staff_required
def kit_pdf(interview_id: int):
    interview = interview_for(current_user, interview_id, "view")
    kit = services.kit_context(interview, current_user)
    # Not kept on disk: a kit holds the candidate's answers and the panel's notes.
    pdf = attempt(lambda: printed(Document("pdf/document.html", services.kit_document(kit),
                                           title=f"Interview kit: {kit['candidate']}"),
                                  keep=False).read())
    if not pdf:
        return redirect(url_for(".detail", interview_id=interview_id))
    return Response(pdf.value, mimetype="application/pdf", headers={
        "Content-Disposition": f'inline; filename="interview-kit-{interview_id}.pdf"'})


@bp.route("/<int:interview_id>/scorecard", methods=["GET", "POST"])
@staff_required
def scorecard(interview_id: int):
    interview = interview_for(current_user, interview_id, "panel")
    card = services.own_scorecard(interview, current_user)
    if closed := services.not_started(interview, viewer=current_user):
        return render_template("interviews/scorecard.html", interview=interview, card=None,
                               form=None, amend_form=None, closed=closed,
                               recommendations=RECOMMENDATIONS), (
            409 if request.method == "POST" else 200)
    form = forms.scorecard_form_for(interview)(obj=None)
    if request.method == "GET" and card is not None:
        form.recommendation.data, form.notes.data = card.recommendation, card.notes
        for rating in card.ratings:
            getattr(form, f"points_{rating.asked_question_id}").data = rating.points
            getattr(form, f"notes_{rating.asked_question_id}").data = rating.notes
    if form.validate_on_submit():
        rated = [q for q in interview.questions if q.rated]
        ratings = {q.id: services.RatingInput(getattr(form, f"points_{q.id}").data,
                                              getattr(form, f"notes_{q.id}").data or "")
                   for q in rated}

        def save():
            card = services.scorecard_for(interview, current_user)
            services.save_scorecard(card, ratings, recommendation=form.recommendation.data,
                                    notes=form.notes.data, submit=bool(form.submit.data),
                                    actor=current_user)
            return card

        if saved := attempt(save):
            card = saved.value
            if card.submitted:
                flash("Scorecard submitted and locked. The panel's ratings are now open to you.",
                      "success")
                return redirect(url_for(".debrief", interview_id=interview.id))
            flash("Draft saved. Nobody else can see it.", "success")
            return redirect(url_for(".scorecard", interview_id=interview.id))
    amend_form = None
    if card is not None and card.submitted:
        amend_form = forms.amend_form_for(interview)()
    return render_template("interviews/scorecard.html", interview=interview, card=card,
                           form=form, amend_form=amend_form,
                           recommendations=RECOMMENDATIONS)


@bp.post("/<int:interview_id>/scorecard/amend")
@staff_required
def amend(interview_id: int):
    interview = interview_for(current_user, interview_id, "panel")
    card = services.own_scorecard(interview, current_user)
    if card is None:
        abort(404)
    form = forms.amend_form_for(interview)()
    if form.validate_on_submit():
        points = {q.id: getattr(form, f"points_{q.id}").data for q in interview.questions
                  if q.rated and getattr(form, f"points_{q.id}").data is not None}
        attempt(lambda: services.amend_scorecard(
            card, points=points, recommendation=form.recommendation.data or None,
            reason=form.reason.data, actor=current_user), "Amendment recorded with its reason.")
    else:
        flash("Say why you amend the scorecard.", "error")
    return redirect(url_for(".scorecard", interview_id=interview.id))


@bp.get("/<int:interview_id>/debrief")
@staff_required
def debrief(interview_id: int):
    interview = interview_for(current_user, interview_id, "any")
    blocked = services.debrief_block(interview, current_user)
    if blocked:
        return render_template("interviews/blocked.html", interview=interview,
                               message=blocked), 403
    users = services.panel_users(interview)
    return render_template("interviews/debrief.html", interview=interview,
                           result=services.debrief(interview), users=users,
                           recommendations=RECOMMENDATIONS, decisions=DECISIONS,
                           form=forms.DecisionForm(),
                           may_decide=current_user.has_role("manager"))


@bp.post("/<int:interview_id>/decision")
@roles_required("manager")
def decide(interview_id: int):
    interview = interview_for(current_user, interview_id, "decide")
    form = forms.DecisionForm()
    if form.validate_on_submit():

        def decide_it():
            services.record_decision(interview, decision=form.decision.data,
                                     rationale=form.rationale.data, actor=current_user)
            return (services.move_after_decision(interview, current_user)
                    if form.move_stage.data else None)

        if decided := attempt(decide_it):
            moved = decided.value
            if moved:
                flash(f"Decision recorded; {interview.candidate.name} is now in "
                      f"{STAGE_LABELS.get(moved, moved)}.", "success")
                if moved == "offer":
                    return redirect(url_for("offers.new", candidate_id=interview.candidate_id))
            else:
                flash("Decision recorded.", "success")
    else:
        flash("Choose a decision and write its rationale.", "error")
    return redirect(url_for(".debrief", interview_id=interview.id))
