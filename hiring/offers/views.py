"""The offer page: make an offer to a candidate at Offer, then record the answer."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user

from hiring.auth.access import roles_required
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.offers import forms, services
from hiring.offers.models import Offer

bp = Blueprint("offers", __name__, url_prefix="/offers")


@bp.app_template_global()
def offers_of(candidate: Candidate) -> list[Offer]:
    """The candidate's offers, newest first, for the candidate page."""
    return services.offers_of(candidate)


@bp.app_template_global()
def onboarding_plan_of(candidate: Candidate):
    """The hire's onboarding plan, if made, so the candidate page can offer to make it."""
    from hiring.plans.services import onboarding_plan_for

    return onboarding_plan_for(candidate.id)


def _page(candidate: Candidate, form=None, accept_form=None, refuse_form=None, status=200):
    offers = services.offers_of(candidate)
    current = offers[0] if offers else None
    form = form or forms.OfferForm()
    if not form.is_submitted():
        form.offered_on.data = utcnow().date()
    if accept_form is None:
        accept_form = forms.AcceptForm()
        if current is not None and not accept_form.is_submitted():
            accept_form.agreed_start.data = current.proposed_start
    return render_template(
        "offers/candidate.html", candidate=candidate, offers=offers, current=current,
        form=form, accept_form=accept_form, refuse_form=refuse_form or forms.RefuseForm(),
        currency=services.currency_of(candidate.position),
        may_offer=candidate.stage == "offer" and (current is None or current.state != "open"),
    ), status


@bp.route("/candidates/<int:candidate_id>", methods=["GET", "POST"])
@roles_required("manager")
def new(candidate_id: int):
    candidate = db.get_or_404(Candidate, candidate_id)
    form = forms.OfferForm()
    if form.validate_on_submit():
        try:
            services.make_offer(candidate, offered_on=form.offered_on.data, pay=form.pay.data,
                                proposed_start=form.proposed_start.data, actor=current_user)
        except HiringError as error:
            db.session.rollback()
            flash(str(error), "error")
            return _page(candidate, form=form, status=422)
        db.session.commit()
        flash("Offer recorded. Record the candidate's answer when it comes.", "success")
        return redirect(url_for(".new", candidate_id=candidate.id))
    return _page(candidate, form=form, status=422 if form.errors else 200)


def _open_offer(offer_id: int) -> Offer:
    return db.get_or_404(Offer, offer_id)


@bp.post("/<int:offer_id>/accept")
@roles_required("manager")
def accept(offer_id: int):
    offer = _open_offer(offer_id)
    form = forms.AcceptForm()
    if form.validate_on_submit():
        try:
            services.accept_offer(offer, agreed_start=form.agreed_start.data, actor=current_user)
        except HiringError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            db.session.commit()
            flash(f"Offer accepted; {offer.candidate.name} is hired, starting "
                  f"{offer.agreed_start:%d %B %Y}.", "success")
            return redirect(url_for("candidates.detail", candidate_id=offer.candidate_id))
    return _page(offer.candidate, accept_form=form, status=422)


@bp.post("/<int:offer_id>/refuse")
@roles_required("manager")
def refuse(offer_id: int):
    offer = _open_offer(offer_id)
    form = forms.RefuseForm()
    if form.validate_on_submit():
        try:
            services.refuse_offer(offer, reason=form.reason.data or "", actor=current_user)
        except HiringError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            db.session.commit()
            flash("Refusal recorded. Make a new offer or screen the candidate out.", "success")
            return redirect(url_for(".new", candidate_id=offer.candidate_id))
    return _page(offer.candidate, refuse_form=form, status=422)
