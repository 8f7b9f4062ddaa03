"""Board, candidate pages, imports, invitations, outbox, audit log and the candidate's status."""

from __future__ import annotations

import json

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from hiring import blind
from hiring.actions import attempt
from hiring.audit.log import log_page
from hiring.auth.access import roles_required
from hiring.candidates import (  # noqa: F401 (candidate_pages adds routes to lower blueprints)
    candidate_pages,
    invitations,
    notices,
    services,
)
from hiring.candidates.access import candidate_required, current_candidate
from hiring.candidates.board_cards import board_columns
from hiring.candidates.forms import (
    CandidateForm,
    ImportForm,
    InviteForm,
    NoteForm,
    ReversalForm,
    ScreenOutForm,
)
from hiring.candidates.models import Candidate
from hiring.candidates.pipeline import Stage, check_move, next_stage, reason_label
from hiring.candidates.steps import step_results
from hiring.db import db, utcnow
from hiring.inputs import SHORT_TEXT_MAX, id_arg, page_arg
from hiring.mail import sending
from hiring.positions.lookup import position_by_id
from hiring.positions.models import Position
from hiring.steps import STEP_LABELS

bp = Blueprint("candidates", __name__, url_prefix="/candidates")

PAGE_SIZE = 50


def _found(obj):
    """`obj`, or a 404 when the lookup found nothing. Every page here is a manager's
    (`roles_required`); a manager may see every candidate."""
    if obj is None:
        abort(404)
    return obj


def candidate_or_404(candidate_id: int) -> Candidate:
    return _found(services.candidate_by_id(candidate_id))


def position_or_404(position_id: int) -> Position:
    return _found(position_by_id(position_id))


def _page() -> int:
    return max(request.args.get("page", 1, type=page_arg) or 1, 1)


@bp.get("/positions/<int:position_id>/board")
@roles_required("manager")
def board(position_id: int):
    position = position_or_404(position_id)
    search = request.args.get("q", "").strip()[:100]
    sort = request.args.get("sort", "name")
    sort = sort if sort in services.SORTS else "name"
    stage = request.args.get("stage") or None
    if stage not in {s.value for s in Stage}:
        stage = None
    page = _page()
    columns = services.board(position.id, search=search, sort=sort, stage=stage, page=page,
                             per_page=PAGE_SIZE)
    # Without a stage every column is there, each with its stage's count.
    total = sum(column.count for column in columns) if not stage else None
    steps = step_results([c for column in columns for c in column.candidates], current_user)
    return render_template("candidates/board.html", position=position,
                           columns=board_columns(columns, steps),
                           search=search, sort=sort, stage=stage, page=page,
                           page_size=PAGE_SIZE, total=total, Stage=Stage)


def _existing_url(refusal) -> str | None:
    """The page of the candidate a refused add or edit would have duplicated, if that was why."""
    if isinstance(refusal, services.DuplicateCandidate):
        return url_for(".detail", candidate_id=refusal.existing_id)
    return None


@bp.route("/positions/<int:position_id>/new", methods=["GET", "POST"])
@roles_required("manager")
def new(position_id: int):
    position = position_or_404(position_id)
    form = CandidateForm()
    existing_url = None
    if form.validate_on_submit():
        added = attempt(lambda: services.add_candidate(
            position, name=form.name.data, email=form.email.data, phone=form.phone.data,
            source=form.source.data, notes=form.notes.data, actor=current_user))
        if added:
            flash(f"{added.value.name} was added.", "success")
            return redirect(url_for(".detail", candidate_id=added.value.id))
        existing_url = _existing_url(added.error)
    return render_template("candidates/new.html", position=position, form=form,
                           existing_url=existing_url)


@bp.route("/<int:candidate_id>/edit", methods=["GET", "POST"])
@roles_required("manager")
def edit(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = CandidateForm(obj=candidate)
    existing_url = None
    if form.validate_on_submit():
        saved = attempt(lambda: services.update_candidate(
            candidate, name=form.name.data, email=form.email.data, phone=form.phone.data,
            source=form.source.data, notes=form.notes.data, actor=current_user),
            "The details are saved.")
        if saved:
            return redirect(url_for(".detail", candidate_id=candidate.id))
        existing_url = _existing_url(saved.error)
    return render_template("candidates/edit.html", candidate=candidate, form=form,
                           existing_url=existing_url)


@bp.route("/positions/<int:position_id>/import", methods=["GET", "POST"])
@roles_required("manager")
def import_csv(position_id: int):
    position = position_or_404(position_id)
    form = ImportForm()
    result = None
    if form.validate_on_submit():
        result = services.import_candidates(position, form.file.data.read(), current_user)
        if result.ok:
            db.session.commit()
            flash(f"Imported {len(result.rows)} candidates.", "success")
            return redirect(url_for(".board", position_id=position.id))
        db.session.rollback()
    return render_template("candidates/import.html", position=position, form=form,
                           result=result)


def _allowed_moves(current: Stage) -> list[Stage]:
    allowed = []
    for target in Stage:
        try:
            check_move(current, target)
        except ValueError:
            continue
        allowed.append(target)
    return allowed


def _render_detail(candidate: Candidate, new_link: str | None = None, status: int = 200):
    links = invitations.invitations_of(candidate)
    screen_outs = services.screen_outs_of(candidate)
    hidden = blind.withheld(current_user)
    suggestions = [s for s in services.open_suggestions(candidate)
                   if not hidden.hides_step(s.candidate_id, s.step)]
    return render_template(
        "candidates/detail.html", candidate=candidate, position=candidate.position,
        stage=Stage(candidate.stage), moves=_allowed_moves(Stage(candidate.stage)),
        next_stage=next_stage(Stage(candidate.stage)), invitations=links,
        screen_outs=screen_outs, suggestions=suggestions,
        timeline=services.timeline(candidate, hidden=hidden), now=utcnow(), new_link=new_link,
        steps=step_results([candidate], current_user)[candidate.id],
        screen_out_form=ScreenOutForm(), reversal_form=ReversalForm(), note_form=NoteForm(),
        invite_form=InviteForm(), reason_label=reason_label), status


@bp.get("/<int:candidate_id>")
@roles_required("manager")
def detail(candidate_id: int):
    return _render_detail(candidate_or_404(candidate_id))


def _back(candidate_id: int):
    return redirect(url_for(".detail", candidate_id=candidate_id))


def _attempt(candidate_id: int, action, success: str):
    attempt(action, success)
    return _back(candidate_id)


def _flash_form_errors(form) -> None:
    for field, errors in form.errors.items():
        label = getattr(form, field).label.text if hasattr(form, field) else field
        flash(f"{label}: {' '.join(errors)}", "error")


@bp.post("/<int:candidate_id>/move")
@roles_required("manager")
def move(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    target = request.form.get("stage", "")
    label = Stage(target).label if target in {s.value for s in Stage} else target
    return _attempt(candidate.id,
                    lambda: services.move_candidate(candidate, target, current_user),
                    f"{candidate.name} moved to {label}.")


@bp.post("/<int:candidate_id>/screen-out")
@roles_required("manager")
def screen_out(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = ScreenOutForm()
    if not form.validate_on_submit():
        _flash_form_errors(form)
        return _back(candidate.id)
    def screen_out_and_tell():
        services.screen_out(candidate, form.reason.data, form.details.data or "",
                            current_user)
        if form.notify.data:
            notices.decision(candidate, form.details.data if form.tell_reason.data else "")

    return _attempt(candidate.id, screen_out_and_tell,
                    f"{candidate.name} was screened out"
                    f"{' and will be told by email' if form.notify.data else ''}.")


@bp.post("/<int:candidate_id>/reinstate")
@roles_required("manager")
def reinstate(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = ReversalForm()
    if not form.validate_on_submit():
        _flash_form_errors(form)
        return _back(candidate.id)
    return _attempt(candidate.id, lambda: services.reverse_screen_out(
        candidate, form.note.data, current_user), "The screen-out was reversed.")


@bp.post("/suggestions/<int:suggestion_id>")
@roles_required("manager")
def resolve(suggestion_id: int):
    suggestion = _found(services.suggestion_by_id(suggestion_id))
    confirm = request.form.get("decision") == "confirm"
    return _attempt(suggestion.candidate_id, lambda: services.resolve_suggestion(
        suggestion, confirm, request.form.get("details", "")[:SHORT_TEXT_MAX], current_user),
        "Screened out as suggested." if confirm else "Suggestion dismissed.")


@bp.post("/<int:candidate_id>/notes")
@roles_required("manager")
def add_note(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = NoteForm()
    if not form.validate_on_submit():
        _flash_form_errors(form)
        return _back(candidate.id)
    return _attempt(candidate.id, lambda: services.add_note(candidate, form.text.data,
                                                            current_user), "Note saved.")


@bp.post("/<int:candidate_id>/legal-hold")
@roles_required("manager")
def legal_hold(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    hold = request.form.get("hold") == "1"
    return _attempt(candidate.id, lambda: services.set_legal_hold(candidate, hold, current_user),
                    "Legal hold set." if hold else "Legal hold lifted.")


def _link_for(token: str) -> str:
    return url_for("auth.redeem", token=token, _external=True)


def _send_link(candidate: Candidate, make_invitation):
    """Make the invitation and deliver it in one transaction. The outbox keeps the message
    without the token: with email configured the sender issues the link as it sends;
    otherwise the full link is on this page only, once."""
    def invite_and_deliver() -> str:
        invitation, token = make_invitation()
        link = _link_for(token)
        services.deliver_invitation(candidate, invitation, link, current_app.config, token=token)
        return link

    done = attempt(invite_and_deliver)
    if not done:
        return _back(candidate.id)
    if sending.smtp_configured(current_app.config):
        flash(f"The invitation is on its way to {candidate.email}; the outbox shows when it "
              "has been sent.", "success")
        return _render_detail(candidate)
    flash("Email is not configured: the message waits in the outbox, without the link. "
          "Copy the link below now and send it yourself; it is not shown again.", "info")
    return _render_detail(candidate, new_link=done.value)


@bp.post("/<int:candidate_id>/invitations")
@roles_required("manager")
def invite(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    form = InviteForm()
    if not form.validate_on_submit():
        _flash_form_errors(form)
        return _back(candidate.id)
    return _send_link(candidate, lambda: services.invite(
        candidate, form.step.data, current_user, current_app.config["INVITATION_TTL_DAYS"]))


@bp.post("/invitations/<int:invitation_id>/resend")
@roles_required("manager")
def resend(invitation_id: int):
    invitation = _found(services.invitation_by_id(invitation_id))
    return _send_link(invitation.candidate, lambda: services.resend_invitation(
        invitation, current_user, current_app.config["INVITATION_TTL_DAYS"]))


@bp.post("/invitations/<int:invitation_id>/revoke")
@roles_required("manager")
def revoke(invitation_id: int):
    invitation = _found(services.invitation_by_id(invitation_id))
    return _attempt(invitation.candidate_id,
                    lambda: services.revoke_invitation(invitation, current_user),
                    f"The {STEP_LABELS.get(invitation.step, invitation.step).lower()} link "
                    "no longer works.")


@bp.post("/<int:candidate_id>/export")
@roles_required("manager")
def export(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    # Only an admin's export is a data-access export holding the self-identification.
    exported = attempt(lambda: services.export_candidate(
        candidate, current_user, self_identification=current_user.role == "admin"))
    if not exported:
        return _back(candidate.id)
    return Response(json.dumps(exported.value, indent=2, ensure_ascii=False),
                    mimetype="application/json",
                    headers={"Content-Disposition":
                             f'attachment; filename="candidate-{candidate.id}.json"'})


@bp.post("/<int:candidate_id>/erase")
@roles_required("manager")
def erase(candidate_id: int):
    candidate = candidate_or_404(candidate_id)
    position_id = candidate.position_id
    if not attempt(lambda: services.erase_candidate(candidate, current_user),
                   "The candidate's data was erased. Only anonymous scores remain."):
        return _back(candidate_id)
    return redirect(url_for(".board", position_id=position_id))


@bp.get("/outbox")
@roles_required("manager")
def outbox():
    page = _page()
    messages, has_more = sending.outbox_page(page, PAGE_SIZE)
    return render_template("candidates/outbox.html", messages=messages, page=page,
                           has_more=has_more,
                           can_send=sending.smtp_configured(current_app.config))


@bp.post("/outbox/<int:message_id>/send")
@roles_required("manager")
def send_message(message_id: int):
    message = _found(services.outbox_message_by_id(message_id))
    attempt(lambda: sending.send_again(message, current_app.config),
            f"The message to {message.to} is being sent again"
            f"{' with a fresh link' if message.invitation_id else ''}.")
    return redirect(url_for(".outbox"))


@bp.get("/audit")
@roles_required("manager")
def audit():
    candidate_id = request.args.get("candidate", type=id_arg)
    action = request.args.get("action", "").strip()[:60]
    found = log_page(candidate_id=candidate_id, action=action,
                     before=request.args.get("before", type=id_arg),
                     after=request.args.get("after", type=id_arg), size=PAGE_SIZE)
    hidden = blind.withheld(current_user)
    return render_template("candidates/audit.html", events=found.events, window=found.window,
                           hidden_ids={e.id for e in found.events if hidden.hides_event(e)},
                           candidate_id=candidate_id, action=action, actions=found.actions,
                           total=found.total, total_is_exact=found.total_is_exact)


@bp.get("/me/status")
@candidate_required
def status():
    candidate = current_candidate()
    limits, submissions = services.step_progress(candidate)
    return render_template("candidates/status.html", candidate=candidate,
                           position=candidate.position,
                           steps=invitations.newest_per_step(candidate),
                           limits=limits, submissions=submissions, now=utcnow(),
                           stage=Stage(candidate.stage))
