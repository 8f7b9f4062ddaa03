"""A candidate's stage history: every stage move is written twice at the same moment, to
the audit log (who did what) and as a StageEntry (what the funnel reads by position)."""

from __future__ import annotations

from datetime import datetime

from hiring.audit import AuditEvent, record
from hiring.candidates.models import Candidate, StageEntry
from hiring.db import db, utcnow


def record_stage(actor, action: str, subject_type: str, subject_id: int | None,
                 candidate: Candidate, *, before: str | None, after: dict,
                 at: datetime | None = None) -> AuditEvent:
    """Audit a move of `candidate` from stage `before` (None on arrival) to `after["stage"]`
    (`after` may say more, e.g. the reason) and add the matching stage entry, now or (for
    the demo's history) at `at`."""
    at = at or utcnow()
    entry = record(actor, action, subject_type, subject_id, candidate_id=candidate.id,
                   before={"stage": before} if before is not None else None, after=after,
                   at=at)
    db.session.add(StageEntry(candidate_id=candidate.id, position_id=candidate.position_id,
                              stage=after["stage"], from_stage=before, at=at))
    return entry
