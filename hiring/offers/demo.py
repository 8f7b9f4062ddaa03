"""Demo data: an offer awaiting an answer, so the Offer stage has someone in it."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from hiring.audit import record
from hiring.db import db, utcnow
from hiring.offers.models import Offer
from hiring.offers.services import currency_of

ORDER = 40
DEMO_PAY = Decimal("72000")


def seed(demo) -> None:
    """An open offer, made a few days ago, to each demo candidate at Offer."""
    manager = demo.users["manager@demo.test"]
    today = utcnow().date()
    for candidate in demo.candidates:
        if candidate.stage != "offer":
            continue
        offer = Offer(candidate_id=candidate.id, offered_on=today - timedelta(days=3),
                      pay=DEMO_PAY, currency=currency_of(candidate.position),
                      proposed_start=today + timedelta(days=30), state="open",
                      refusal_reason="", made_by_id=manager.id)
        db.session.add(offer)
        db.session.flush()
        record(manager, "offer.made", "offer", offer.id, candidate_id=candidate.id,
               after={"state": "open", "pay": str(offer.pay), "currency": offer.currency,
                      "proposed_start": offer.proposed_start.isoformat()})
