from datetime import date

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.offers.models import Offer
from tests.access import MANAGERS, Rule

RULES = {
    "offers.new": Rule(MANAGERS, kwargs={"candidate_id": lambda w: w.candidate_id}),
    "offers.accept": Rule(MANAGERS, method="POST",
                          kwargs={"offer_id": lambda w: w.extra["offer_id"]},
                          data={"agreed_start": "2027-01-04"}),
    "offers.refuse": Rule(MANAGERS, method="POST",
                          kwargs={"offer_id": lambda w: w.extra["offer_id"]}),
}


def seed(world):
    # A candidate still at Decision holding an open offer: accepting it is refused (no move to
    # Hired from Decision), so every allowed role meets the same open offer.
    candidate = Candidate(position_id=world.position_id, name="Offer Matrix",
                          email="offer@matrix.test", stage="decision")
    db.session.add(candidate)
    db.session.flush()
    offer = Offer(candidate_id=candidate.id, offered_on=date(2026, 12, 1), pay=90000,
                  currency="USD", proposed_start=date(2027, 1, 4), state="open",
                  refusal_reason="")
    db.session.add(offer)
    db.session.flush()
    world.extra["offer_id"] = offer.id
