"""Making an offer, and recording its acceptance (the candidate is hired) or refusal."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from hiring import audit
from hiring.candidates import notices
from hiring.candidates.models import Candidate
from hiring.candidates.pipeline import Stage
from hiring.candidates.services import move_candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.offers.models import Offer

DEFAULT_CURRENCY = "USD"
PAY_MIN = Decimal("1000")
PAY_MAX = Decimal("10000000")
REASON_MAX = 2000
# An offer is written about now, and a start is within the year ahead.
OFFER_DATE_SLACK = timedelta(days=60)
START_HORIZON = timedelta(days=366)


def currency_of(position) -> str:
    """The currency of the position's pay range, if it names one; else the default."""
    code = getattr(position, "currency", None)
    return code.upper() if isinstance(code, str) and len(code) == 3 else DEFAULT_CURRENCY


def offers_of(candidate: Candidate) -> list[Offer]:
    """Every offer made to the candidate, newest first."""
    return list(db.session.scalars(select(Offer).where(Offer.candidate_id == candidate.id)
                                   .order_by(Offer.id.desc())))


def current_offer(candidate: Candidate) -> Offer | None:
    """The newest offer, whatever its state."""
    found = offers_of(candidate)
    return found[0] if found else None


def accepted_offer(candidate: Candidate) -> Offer | None:
    return db.session.scalar(select(Offer).where(
        Offer.candidate_id == candidate.id, Offer.state == "accepted").order_by(Offer.id.desc()))


def _pay(value) -> Decimal:
    try:
        pay = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        raise HiringError("Give the pay as a number, e.g. 85000.") from None
    if not pay.is_finite() or pay < PAY_MIN or pay > PAY_MAX:
        raise HiringError(f"Give the yearly pay between {PAY_MIN:,} and {PAY_MAX:,}.")
    if pay != pay.quantize(Decimal("0.01")):
        raise HiringError("Give the pay to the cent at most.")
    return pay


def _start(value: date | None, label: str, since: date) -> date:
    if value is None:
        raise HiringError(f"Give the {label} as a date.")
    if value < since:
        raise HiringError(f"The {label} cannot be before {since:%d %B %Y}.")
    if value > since + START_HORIZON:
        raise HiringError(f"The {label} is more than a year away; check the year.")
    return value


def make_offer(candidate: Candidate, *, offered_on: date | None, pay, proposed_start: date | None,
               actor, today: date | None = None) -> Offer:
    """Record an offer to a candidate at Offer; an earlier open offer must be answered first."""
    today = today or utcnow().date()
    if candidate.stage != Stage.OFFER.value:
        raise HiringError(f"{candidate.name} is in {candidate.stage_label}; record the decision "
                          "'Make an offer' in the debrief first.")
    latest = current_offer(candidate)
    if latest is not None and latest.state == "open":
        raise HiringError("An offer is already waiting for an answer; record its acceptance "
                          "or refusal first.")
    if offered_on is None:
        raise HiringError("Give the date of the offer.")
    if abs(offered_on - today) > OFFER_DATE_SLACK:
        raise HiringError("The offer's date is more than two months from today; check it.")
    offer = Offer(candidate_id=candidate.id, offered_on=offered_on, pay=_pay(pay),
                  currency=currency_of(candidate.position),
                  proposed_start=_start(proposed_start, "proposed start date", offered_on),
                  state="open", refusal_reason="", made_by_id=getattr(actor, "id", None))
    db.session.add(offer)
    db.session.flush()
    candidate.last_activity_at = utcnow()
    audit.record(actor, "offer.made", "offer", offer.id, candidate_id=candidate.id,
                 after={"state": "open", "pay": str(offer.pay), "currency": offer.currency,
                        "proposed_start": offer.proposed_start.isoformat()})
    notices.offer_made(candidate)
    return offer


def _open(offer: Offer) -> None:
    if offer.state != "open":
        raise HiringError(f"This offer was already {offer.state}; make a new one to change it.")


def accept_offer(offer: Offer, *, agreed_start: date | None, actor) -> None:
    """Record acceptance with the agreed start date and move the candidate to Hired."""
    _open(offer)
    agreed = _start(agreed_start, "agreed start date", offer.offered_on)
    offer.state, offer.agreed_start, offer.answered_at = "accepted", agreed, utcnow()
    db.session.flush()
    audit.record(actor, "offer.accepted", "offer", offer.id, candidate_id=offer.candidate_id,
                 before={"state": "open"},
                 after={"state": "accepted", "agreed_start": agreed.isoformat()})
    move_candidate(offer.candidate, Stage.HIRED.value, actor)


def refuse_offer(offer: Offer, *, reason: str, actor) -> None:
    """Record a refusal; the candidate stays at Offer for a new offer or a screen-out."""
    _open(offer)
    reason = (reason or "").strip()
    if len(reason) > REASON_MAX:
        raise HiringError(f"Keep the reason under {REASON_MAX:,} characters.")
    offer.state, offer.refusal_reason, offer.answered_at = "refused", reason, utcnow()
    offer.candidate.last_activity_at = utcnow()
    # The reason is free text about a person: it stays on the offer, not in the audit log.
    audit.record(actor, "offer.refused", "offer", offer.id, candidate_id=offer.candidate_id,
                 before={"state": "open"}, after={"state": "refused",
                                                  "reason_given": bool(reason)})


def start_date_for(candidate: Candidate) -> date | None:
    """The agreed start date of the candidate's accepted offer, if any."""
    offer = accepted_offer(candidate)
    return offer.agreed_start if offer else None
