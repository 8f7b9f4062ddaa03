"""The offer page: make an offer to a candidate at Offer, then record the answer."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from hiring.actions import attempt
from hiring.auth.access import roles_required
from hiring.candidates.models import Candidate
from hiring.db import utcnow
from hiring.offers import forms, lookups, services
from hiring.offers.models import Offer

bp = Blueprint("offers", __name__, url_prefix="/offers")


@bp.app_template_global()
def offers_of(candidate: Candidate) -> list[Offer]:
    """The candidate's offers, newest first, for the candidate page."""
    return services.offers_of(candidate)


def _candidate(candidate_id: int) -> Candidate:
    candidate = lookups.candidate_by_id(candidate_id)
    if candidate is None:
        abort(404)
    return candidate


def _offer(offer_id: int) -> Offer:
    offer = lookups.offer_by_id(offer_id)
    if offer is None:
        abort(404)
    return offer


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
    candidate = _candidate(candidate_id)
    form = forms.OfferForm()
    if form.validate_on_submit():
        if attempt(lambda: services.make_offer(
                candidate, offered_on=form.offered_on.data, pay=form.pay.data,
                proposed_start=form.proposed_start.data, actor=current_user),
                "Offer recorded. Record the candidate's answer when it comes."):
            return redirect(url_for(".new", candidate_id=candidate.id))
        return _page(candidate, form=form, status=422)
    return _page(candidate, form=form, status=422 if form.errors else 200)


@bp.post("/<int:offer_id>/accept")
@roles_required("manager")
def accept(offer_id: int):
    offer = _offer(offer_id)
    form = forms.AcceptForm()
    if form.validate_on_submit() and attempt(lambda: services.accept_offer(
            offer, agreed_start=form.agreed_start.data, actor=current_user)):
        # The message names the start date the service just agreed.
        flash(f"Offer accepted; {offer.candidate.name} is hired, starting "
              f"{offer.agreed_start:%d %B %Y}.", "success")
        return redirect(url_for("candidates.detail", candidate_id=offer.candidate_id))
    return _page(offer.candidate, accept_form=form, status=422)


@bp.post("/<int:offer_id>/refuse")
@roles_required("manager")
def refuse(offer_id: int):
    offer = _offer(offer_id)
    form = forms.RefuseForm()
    if form.validate_on_submit() and attempt(
            lambda: services.refuse_offer(offer, reason=form.reason.data or "",
                                          actor=current_user),
            "Refusal recorded. Make a new offer or screen the candidate out."):
        return redirect(url_for(".new", candidate_id=offer.candidate_id))
    return _page(offer.candidate, refuse_form=form, status=422)
