"""Building pipelines for report tests: candidates with stage moves and screen-outs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hiring.audit import AuditEvent
from hiring.candidates.models import Candidate, ScreenOut
from hiring.db import db

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def add_candidate(position_id: int, n: int, path: list[str], screened_reason: str | None = None,
                  step_days: float = 2.0) -> Candidate:
    """A candidate who went through `path` (stages after applied), one move every step_days;
    with screened_reason, screened out at the last stage of the path."""
    candidate = Candidate(position_id=position_id, name=f"Person {n:05d}",
                          email=f"p{n}@example.com", stage="applied", created_at=T0)
    db.session.add(candidate)
    db.session.flush()
    at = T0
    stage = "applied"
    events = []
    for step in path:
        at += timedelta(days=step_days)
        events.append(AuditEvent(actor_label="test", action="candidate.stage_changed",
                                 subject_type="candidate", subject_id=candidate.id,
                                 candidate_id=candidate.id, at=at, before={"stage": stage},
                                 after={"stage": step}))
        stage = step
    if screened_reason:
        at += timedelta(days=step_days)
        db.session.add(ScreenOut(candidate_id=candidate.id, stage=stage, reason=screened_reason,
                                 at=at))
        events.append(AuditEvent(actor_label="test", action="candidate.screened_out",
                                 subject_type="screen_out", subject_id=None,
                                 candidate_id=candidate.id, at=at, before={"stage": stage},
                                 after={"stage": "screened_out", "reason": screened_reason}))
        stage = "screened_out"
    db.session.add_all(events)
    candidate.stage = stage
    return candidate
