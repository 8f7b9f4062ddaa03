"""Demo records for the reports: some candidates' voluntary answers, and the cost of a bad
hire left at its defaults (nothing to add for it)."""

from __future__ import annotations

import random

from hiring.db import db
from hiring.reports.models import SELF_ID_CHOICES, SELF_ID_FIELDS, SelfIdentification

ORDER = 90


def seed(demo) -> None:
    """Self-identification for about two thirds of the demo candidates."""
    rng = random.Random(9)
    for candidate in demo.candidates:
        if rng.random() < 0.35:
            continue  # those who chose not to answer
        answers = {
            field: (rng.choice(SELF_ID_CHOICES[field])[0] if rng.random() < 0.85 else None)
            for field in SELF_ID_FIELDS
        }
        db.session.add(SelfIdentification(candidate_id=candidate.id, **answers))
    db.session.flush()
