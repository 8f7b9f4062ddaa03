"""The candidate's timed editor (writing test, research exercise) and the blind review pages."""

from __future__ import annotations

from functools import wraps

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from hiring.actions import attempt
from hiring.assessments import analysing, forms, lookup, saving, services
from hiring.assessments import review as review_services
from hiring.assessments.models import Submission
from hiring.auth.access import (
    draft_writes,
    roles_required,
    staff_required,
    standalone_writes,
)
from hiring.candidates.access import (
    candidate_checked_by_view,
    candidate_invitation,
    candidate_required,
    current_candidate,
    statement_parameters,
)
from hiring.db import begin_read, begin_write, db, dialect_name, utcnow
from hiring.errors import HiringError
from hiring.inputs import MAX_COUNT, id_arg, json_object, page_arg, whole_number
from hiring.positions.lookup import position_by_id
from hiring.steps import STEP_LABELS, STEPS

bp = Blueprint("assessments", __name__, url_prefix="/assessments")


NO_LINK = ("Your link for this step no longer works: it was withdrawn, replaced by a newer "
           "one or has expired. Nothing more can be saved or handed in with it. If you think "
           "this is a mistake, ask the person who invited you.")


def _found(obj):
    """`obj`, or a 404 when the lookup found nothing."""
    if obj is None:
        abort(404)
    return obj


def _require_link(step: str) -> None:
    """Stop here, saying why, unless this browser holds a usable link for the step."""
    if step not in STEPS:
        abort(404)
    if candidate_invitation(step) is None:
        if lookup.opened_link(session.get("inv", []), step) is None:
            abort(404)
        # This browser opened a link for the step that was since withdrawn, replaced or expired.
        if request.is_json or request.accept_mimetypes.best == "application/json":
            response = jsonify(error=NO_LINK)
            response.status_code = 403
            abort(response)
        abort(Response(render_template("errors/error.html", code=403, message=NO_LINK), 403))


def _own_submission(step: str, create: bool = True) -> Submission | None:
    """The current candidate's submission for a step they hold a usable link for."""
    _require_link(step)
    if not create:
        if "step_submission" in g:  # read with the session (the test page)
            return g.pop("step_submission")
        return services.existing_submission(current_candidate(), step)
    try:
        return services.submission_for(current_candidate(), step)
    except HiringError as e:  # no prompt set up for this step yet
        abort(409, description=str(e))


def _reading_submission(view):
    """The test page reads the step's submission, with its prompt, in the statement that
    looks up the candidate's session: one round trip where there were two."""

    @wraps(view)
    def wrapped(step: str):
        if step in STEPS:
            found, submission = lookup.session_and_submission(step)
            if found:
                g.step_submission = submission
        return view(step)

    return wrapped


@bp.get("/take/<step>")
@_reading_submission
@candidate_required
def take(step: str):
    # Reads only, unless this is the first visit or the deadline has passed: then the
    # request turns into a write. Page views never queue behind autosaves for nothing.
    now = utcnow()
    submission = _own_submission(step, create=False)
    if submission is None or services.is_due(submission, now):
        inputs = analysing.analysis_input(submission) if submission is not None else None
        begin_write()
        analysed = inputs.run() if inputs else None  # no transaction is open here
        submission = _own_submission(step)
        try:
            services.close_if_due(submission, now, analysed)
        except analysing.StaleAnalysis:
            db.session.rollback()
            return redirect(url_for(".take", step=step))
        db.session.commit()
    if submission.is_submitted:
        return render_template("assessments/receipt.html", submission=submission,
                               words=analysing.words_written(submission.step, submission.text))
    template = "assessments/editor.html" if submission.started_at else "assessments/start.html"
    return render_template(template, submission=submission, prompt=submission.prompt,
                           now=utcnow())


@bp.post("/take/<step>/begin")
@candidate_required
def begin(step: str):
    submission = _own_submission(step)
    if not submission.is_submitted:
        services.begin(submission, utcnow())
        db.session.commit()
    return redirect(url_for(".take", step=step))


@bp.post("/take/<step>/save")
@candidate_checked_by_view
@standalone_writes
@draft_writes
def save(step: str):
    # The hot path of an assessment day: one UPDATE that checks the session, its link for
    # the step and the sequence number, and keeps the text (on PostgreSQL outside any
    # transaction: the UPDATE is the whole write). A save it did not keep takes the checked
    # path, which says why: no session, no link, a bad body, a stale or closed save.
    kept = _save_at_once(step)
    if kept is not None:
        return jsonify(kept.to_dict())
    return _checked_save(step)


def _save_at_once(step: str) -> saving.SaveResult | None:
    parameters = statement_parameters()
    if parameters is None or step not in STEPS:
        return None
    try:
        body = request.get_json(silent=True)
    except RecursionError:  # thousands of nested brackets
        return None
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        return None
    try:
        seq = whole_number(body.get("seq"), "seq", 0, MAX_COUNT)
    except ValueError:
        return None
    kept = saving.autosave_for_session(parameters, dialect_name(), step, seq, body["text"],
                                       utcnow())
    if kept is not None:
        db.session.commit()
    return kept


@candidate_required
def _checked_save(step: str):
    _require_link(step)
    body = json_object()
    text = body.get("text")
    try:
        seq = whole_number(body.get("seq"), "seq", 0, MAX_COUNT)
    except ValueError as e:
        return jsonify(error=f"A save needs a whole-number seq and a text: {e}"), 400
    if not isinstance(text, str):
        return jsonify(error="A save needs the text as a string (\"text\": \"...\")."), 400
    saved = attempt(lambda: saving.autosave(current_candidate().id, step, seq, text,
                                            utcnow()), flash_error=False)
    if not saved:
        return jsonify(error=str(saved.error)), 400
    return jsonify(saved.value.to_dict()), 409 if saved.value.status == "closed" else 200


@bp.post("/take/<step>/event")
@candidate_required
def event(step: str):
    submission = _own_submission(step)
    body = json_object()
    kind = body.get("kind")
    try:
        size = whole_number(body.get("size", 0), "size", 0, MAX_COUNT)
    except ValueError as e:
        return jsonify(error=f"An event needs a kind and a whole-number size: {e}"), 400
    if not isinstance(kind, str):
        return jsonify(error="An event needs its kind as a string."), 400
    recorded = attempt(lambda: services.record_event(submission, kind, size, utcnow()),
                       flash_error=False)
    if not recorded:
        return jsonify(error=str(recorded.error)), 409
    return jsonify(ok=True)


# A text saved while the hand-in analysed the one before is analysed again, this often.
SUBMIT_ATTEMPTS = 3


@bp.post("/take/<step>/submit")
@candidate_required
def submit(step: str):
    now = utcnow()

    def save_and_hand_in():
        seq = _form_number(request.form.get("seq"), "seq", 0, MAX_COUNT)
        if seq is not None:
            # The last words typed, saved in their own short write.
            submission = _own_submission(step)
            saving.autosave(submission.candidate_id, submission.step,
                            seq, request.form.get("text", ""), now)
            db.session.commit()
        return _hand_in(step, now)

    handed_in = attempt(save_and_hand_in, flash_error=not request.is_json)
    if request.is_json:
        if not handed_in:
            return jsonify(error=str(handed_in.error)), 409
        return jsonify(submitted_at=handed_in.value.submitted_at.isoformat(),
                       receipt=url_for(".take", step=step))
    return redirect(url_for(".take", step=step))


def _hand_in(step: str, now):
    """Analyse the saved text with no write lock held, then store it in a short write."""
    for _ in range(SUBMIT_ATTEMPTS):
        begin_read()
        submission = _own_submission(step, create=False)
        if submission is None:
            raise HiringError("Press Begin first: the clock has not started.")
        inputs = analysing.analysis_input(submission)
        begin_write()
        analysed = inputs.run()  # no transaction is open here
        submission = _own_submission(step)
        try:
            return services.submit(submission, now, analysed=analysed)
        except analysing.StaleAnalysis:
            db.session.rollback()
    raise HiringError("Your text kept changing while it was handed in; press Submit again.")


def _form_number(value: str | None, name: str, low: int, high: int) -> int | None:
    """A whole number typed into a form, None when left empty; anything else is refused."""
    if value is None or not value.strip():
        return None
    try:
        return whole_number(value, name, low, high)
    except ValueError as e:
        raise HiringError(str(e)) from None


# Reviewers


def _submission_to_review(submission_id: int) -> Submission:
    """A handed-in submission the current user may review: 404 when there is none, 403 when
    it is not theirs to review."""
    submission = _found(lookup.submission_by_id(submission_id))
    if not submission.is_submitted:
        abort(404)
    if not services.may_review(submission, current_user):
        abort(403)
    return submission


@bp.get("/queue")
@staff_required
def queue():
    now = utcnow()
    # Work whose deadline passed while nobody had the page open is handed in here, a few at a
    # time so the page stays fast; `flask writing close-overdue` does the rest from cron.
    # The analyses run before the write begins, so autosaves never wait for them.
    inputs = [analysing.analysis_input(s) for step in STEPS
              for s in services.overdue(step, now, limit=10)]
    if inputs:
        begin_write()
        analysed = [i.run() for i in inputs]
        services.close_analysed(analysed, now)
        db.session.commit()
    show = request.args.get("show", "todo")
    if show not in services.QUEUE_FILTERS:
        show = "todo"
    listing = services.review_queue(current_user.id, show, request.args.get("page", type=page_arg),
                                    assigned_only=not current_user.has_role("manager"))
    return render_template("assessments/queue.html", listing=listing, show=show,
                           filters=services.QUEUE_FILTERS, reviewer_id=current_user.id)


@bp.route("/review/<int:submission_id>", methods=["GET", "POST"])
@staff_required
def review(submission_id: int):
    submission = _submission_to_review(submission_id)
    shown = attempt(lambda: review_services.review_page(submission, current_user.id))
    if not shown:
        return redirect(url_for(".queue"))
    page = shown.value
    # What the reviewer entered comes back as typed when the review is refused.
    entered: dict = {"ratings": {}, "comments": {}}
    status = 200
    if request.method == "POST":
        ratings, comments = review_services.parse_form(page.rubric, request.form)
        entered = {"ratings": ratings, "comments": comments}
        if attempt(lambda: review_services.record_review(
                submission, current_user.id, page.rubric, ratings, comments, page.suggestions,
                utcnow()), "Your review is recorded."):
            return redirect(url_for(".review", submission_id=submission.id))
        status = 422
    reviewers = staff = None
    if current_user.has_role("manager"):
        reviewers = services.assigned_reviewers(submission)
        staff = services.active_staff()
    return render_template("assessments/review.html", submission=submission, page=page,
                           reviewers=reviewers, staff=staff, entered=entered), status


@bp.post("/review/<int:submission_id>/reviewers")
@roles_required("manager")
def assign(submission_id: int):
    submission = _found(lookup.submission_by_id(submission_id))
    user = services.staff_member(request.form.get("user_id", type=id_arg) or 0)
    attempt(lambda: services.assign_reviewer(submission, user, current_user),
            f"{user.name} will review {submission.code}." if user else None)
    return redirect(url_for(".review", submission_id=submission.id) + "#reviewers")


@bp.post("/review/<int:submission_id>/reviewers/<int:user_id>/remove")
@roles_required("manager")
def unassign(submission_id: int, user_id: int):
    submission = _found(lookup.submission_by_id(submission_id))
    attempt(lambda: services.unassign_reviewer(submission, user_id, current_user),
            "The reviewer is removed; ratings already given stay.")
    return redirect(url_for(".review", submission_id=submission.id) + "#reviewers")


@bp.post("/review/<int:submission_id>/reconcile")
@staff_required
def reconcile(submission_id: int):
    submission = _submission_to_review(submission_id)

    def reconcile_it():
        agreed = {key.removeprefix("agreed-"): _form_number(value, "An agreed level", -100, 100)
                  for key, value in request.form.items() if key.startswith("agreed-")}
        agreed = {key: value for key, value in agreed.items() if value is not None}
        review_services.reconcile(submission, current_user, agreed,
                                  request.form.get("note", ""), utcnow())

    attempt(reconcile_it, "The agreed levels are recorded; the original ratings are kept.")
    return redirect(url_for(".review", submission_id=submission.id) + "#reconcile")


# The prompt library (admins) and each position's choice of prompt (managers)


@bp.get("/prompts")
@roles_required("admin")
def prompts():
    return render_template("assessments/prompts.html", prompts=services.prompt_library())


def _prompt_fields(form: forms.PromptForm) -> dict:
    return {"title": form.title.data.strip(), "step": form.step.data,
            "reader": form.reader.data.strip(), "situation": form.situation.data.strip(),
            "goal": form.goal.data.strip(), "instructions": form.instructions.data.strip(),
            "word_min": form.word_min.data, "word_max": form.word_max.data,
            "time_limit_minutes": form.time_limit_minutes.data,
            "is_email": form.is_email.data, "allowed_words": form.allowed_list(),
            "active": form.active.data}


@bp.route("/prompts/new", methods=["GET", "POST"])
@bp.route("/prompts/<int:prompt_id>/edit", methods=["GET", "POST"])
@roles_required("admin")
def edit_prompt(prompt_id: int | None = None):
    prompt = _found(lookup.prompt_by_id(prompt_id)) if prompt_id else None
    form = forms.PromptForm(obj=prompt)
    if request.method == "GET" and prompt is not None:
        form.allowed_words.data = "\n".join(prompt.allowed_words or [])
    if form.validate_on_submit():
        if saved := attempt(lambda: services.save_prompt(prompt, _prompt_fields(form),
                                                         current_user)):
            flash(f"Saved the prompt '{saved.value.title}'.", "success")
            return redirect(url_for(".prompts"))
    return render_template("assessments/prompt_form.html", form=form, prompt=prompt)


@bp.route("/positions/<int:position_id>/prompts", methods=["GET", "POST"])
@roles_required("manager")
def position_prompts(position_id: int):
    position = _found(position_by_id(position_id))
    choices = {step: [SelectChoice(p.id, f"{p.title} ({p.time_limit_minutes} min, "
                                         f"{p.word_min}-{p.word_max} words)")
                      for p in services.prompt_choices(step)] for step in STEPS}
    form = forms.position_prompts_form(choices)
    offered = [step for step in STEPS if choices[step]]
    if request.method == "GET":
        for step in offered:
            prompt = services.offered_prompt(position.id, step)
            if prompt is not None:
                getattr(form, step).data = prompt.id
            getattr(form, f"{step}_timed").data = services.is_timed(position.id, step)
    if form.validate_on_submit():
        def choose_them():
            for step in offered:
                services.choose_prompt(position.id, step,
                                       _found(lookup.prompt_by_id(getattr(form, step).data)),
                                       timed=getattr(form, f"{step}_timed").data)

        if attempt(choose_them, "The prompts for this position are saved. Candidates who "
                   "already began keep the prompt they started with."):
            return redirect(url_for("positions.detail", position_id=position.id))
    return render_template("assessments/position_prompts.html", form=form, position=position,
                           missing=[STEP_LABELS[s] for s in STEPS if not choices[s]])
