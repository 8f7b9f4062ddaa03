"""A plan's PDF (from the cache, or rendered in the background while a page waits for it) and
a month's cohort printed as one PDF."""

from __future__ import annotations

from datetime import date

from flask import abort, redirect, render_template, request, send_file, url_for
from flask_login import current_user
from wtforms.validators import ValidationError

from hiring.actions import attempt
from hiring.auth.access import roles_required, staff_required
from hiring.errors import HiringError
from hiring.inputs import check_date
from hiring.pdf import service as pdf
from hiring.plans import forms, printing
from hiring.plans.views.common import bp, plan_for


def _printable(candidate_id: int, kind: str):
    plan = plan_for(current_user, candidate_id, kind)
    if kind == "development" and not current_user.has_role("manager", "interviewer"):
        abort(403)
    return plan


@bp.get("/candidates/<int:candidate_id>/<kind>.pdf")
@staff_required
def download(candidate_id: int, kind: str):
    plan = _printable(candidate_id, kind)
    asked = attempt(lambda: printing.printed(printing.plan_data(plan),
                                             slot=printing.slot_of(plan)))
    if asked and asked.value.ready:
        return send_file(asked.value.path, mimetype="application/pdf", as_attachment=True,
                         download_name=f"{kind}-plan-{candidate_id}.pdf",
                         max_age=0, conditional=True, etag=asked.value.key)
    return render_template("plans/preparing.html", kind=kind, candidate=plan.candidate,
                           status_url=url_for(".pdf_status", candidate_id=candidate_id,
                                              kind=kind),
                           download_url=request.path), 202


@bp.get("/candidates/<int:candidate_id>/<kind>.pdf/status")
@staff_required
def pdf_status(candidate_id: int, kind: str):
    state, message = printing.status(printing.plan_data(_printable(candidate_id, kind)))
    return {"state": state, "message": message,
            "url": url_for(".download", candidate_id=candidate_id, kind=kind)}


def _first_of_month(form: forms.BulkForm) -> date:
    if not form.validate_on_submit():
        raise HiringError("Choose a month as YYYY-MM.")
    try:
        first = date.fromisoformat(form.month.data + "-01")
        check_date(first, "The month")
    except ValueError as error:
        raise HiringError(f"Choose a month as YYYY-MM, e.g. 2027-03. {error}".strip()
                          if isinstance(error, ValidationError) else
                          "Choose a month as YYYY-MM, e.g. 2027-03.") from None
    return first


@bp.post("/bulk")
@roles_required("manager")
def bulk():
    form = forms.BulkForm()
    started = attempt(lambda: printing.start_cohort(_first_of_month(form), form.kind.data))
    if not started:
        return redirect(url_for(".index") + "#bulk")
    return redirect(url_for(".bulk_progress", job_id=started.value))


def _bulk_status_or_404(job_id: str) -> dict:
    try:
        return pdf.bulk_status(job_id)
    except HiringError:
        abort(404)


@bp.get("/bulk/<job_id>")
@roles_required("manager")
def bulk_progress(job_id: str):
    return render_template("plans/bulk.html", job_id=job_id, status=_bulk_status_or_404(job_id))


@bp.get("/bulk/<job_id>/status")
@roles_required("manager")
def bulk_status(job_id: str):
    return {**_bulk_status_or_404(job_id), "url": url_for(".bulk_download", job_id=job_id)}


@bp.get("/bulk/<job_id>.pdf")
@roles_required("manager")
def bulk_download(job_id: str):
    done = _bulk_status_or_404(job_id)["state"] == "done"
    found = pdf.bulk_file(job_id) if done else None
    if found is None:
        return redirect(url_for(".bulk_progress", job_id=job_id))
    return send_file(found, mimetype="application/pdf", as_attachment=True,
                     download_name="plans-cohort.pdf",
                     max_age=0)
