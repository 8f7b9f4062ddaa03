"""Loading the rows the offer pages work on (the pages add the 404)."""

from __future__ import annotations

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.offers.models import Offer


def candidate_by_id(candidate_id: int) -> Candidate | None:
    return db.session.get(Candidate, candidate_id)


def offer_by_id(offer_id: int) -> Offer | None:
    return db.session.get(Offer, offer_id)
