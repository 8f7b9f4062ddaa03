"""Public job postings, the application form, and résumés for staff."""

from __future__ import annotations

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

from hiring.actions import attempt
from hiring.auth.access import public, roles_required
from hiring.company import services as company_services
from hiring.db import db
from hiring.jobs import services
from hiring.jobs.forms import ApplicationForm
from hiring.positions.models import Position
from hiring.positions.services import compensation_lines
from hiring.security import limiter

bp = Blueprint("jobs", __name__, url_prefix="/jobs")

# The form's text fields and the multipart framing around a 5 MB résumé.
_FORM_OVERHEAD = 64 * 1024


@bp.app_context_processor
def application_context():
    return {"posting_application": services.application_for}


@bp.get("/")
@public
def index():
    return render_template("jobs/index.html", positions=services.open_positions(),
                           settings=company_services.current())


def _posting_or_404(position_id: int) -> Position:
    position = services.posting_for(position_id)
    if position is None:
        abort(404)
    return position


def _render_posting(position: Position, form: ApplicationForm, status: int = 200):
    settings = company_services.current()
    closed = position.status != "open"
    ld = None
    if not closed:
        logo = url_for("company.logo", _external=True) if settings.logo else None
        ld = services.json_ld(services.job_posting_data(
            position, settings, url_for(".posting", position_id=position.id, _external=True),
            logo))
    return render_template(
        "jobs/posting.html", position=position, form=form, settings=settings, closed=closed,
        json_ld=ld, compensation=compensation_lines(position),
        steps=services.process_steps(position, current_app.config["INVITATION_TTL_DAYS"]),
        question=services.QUESTION, answer_max=services.ANSWER_MAX_CHARS,
        resume_mb=services.RESUME_MAX_BYTES // (1024 * 1024)), 410 if closed else status


def _resume_bytes(form: ApplicationForm) -> bytes | None:
    upload = form.resume.data
    if not upload or not getattr(upload, "filename", ""):
        return None
    # Read one byte past the limit: enough to know it is too large, never the whole file.
    try:
        return upload.stream.read(services.RESUME_MAX_BYTES + 1) or None
    finally:
        upload.close()


@bp.route("/<int:position_id>", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["APPLY_RATE_LIMIT"], methods=["POST"])
@public
def posting(position_id: int):
    request.max_content_length = services.RESUME_MAX_BYTES + _FORM_OVERHEAD
    position = _posting_or_404(position_id)
    form = ApplicationForm()
    if request.method == "POST" and position.status == "open" and form.validate_on_submit():
        if form.website.data:
            # A robot filled the hidden field: it sees what a person would, nothing is kept.
            return redirect(url_for(".applied", position_id=position.id))
        applied = attempt(lambda: services.apply(
            position, name=form.name.data, email=form.email.data,
            phone=form.phone.data or "", answer=form.answer.data,
            consent=bool(form.consent.data), resume=_resume_bytes(form),
            instance_path=current_app.instance_path),
            categories={services.DuplicateApplication: "info"})
        if isinstance(applied.error, services.DuplicateApplication):
            return redirect(url_for(".applied", position_id=position.id))
        if applied:
            candidate = applied.value
            services.send_acknowledgement(candidate)
            if position.invite_on_apply:
                services.invite_at_once(
                    candidate, current_app.config,
                    lambda token: url_for("auth.redeem", token=token, _external=True))
            db.session.commit()
            flash("Thank you: your application has arrived. We have sent you an email to "
                  "confirm it.", "success")
            return redirect(url_for(".applied", position_id=position.id))
    return _render_posting(position, form, 400 if form.errors else 200)


@bp.get("/<int:position_id>/applied")
@public
def applied(position_id: int):
    position = _posting_or_404(position_id)
    return render_template("jobs/applied.html", position=position,
                           settings=company_services.current())


@bp.get("/resume/<int:candidate_id>")
@roles_required("manager")
def resume(candidate_id: int):
    application = services.application_for(candidate_id)
    if application is None or not application.resume_file:
        abort(404)
    path = services.resume_folder(current_app.instance_path) / application.resume_file
    if not path.is_file():
        abort(404)
    return Response(path.read_bytes(), mimetype="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="resume-{candidate_id}.pdf"'})
