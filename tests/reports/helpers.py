"""Building pipelines for report tests: candidates with stage moves and screen-outs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hiring.audit import AuditEvent
from hiring.candidates.models import Candidate, ScreenOut, StageEntry
from hiring.db import db

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def stage_move(candidate: Candidate, at: datetime, before: str, after: str,
               action: str = "candidate.stage_changed", **more) -> None:
    """A stage move as the candidates service records it: an audit entry and a stage entry
    of the same moment."""
    db.session.add(AuditEvent(actor_label="test", action=action, subject_type="candidate",
                              subject_id=candidate.id, candidate_id=candidate.id, at=at,
                              before={"stage": before}, after={"stage": after, **more}))
    db.session.add(StageEntry(candidate_id=candidate.id, position_id=candidate.position_id,
                              stage=after, from_stage=before, at=at))


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
    for step in path:
        at += timedelta(days=step_days)
        stage_move(candidate, at, stage, step)
        stage = step
    if screened_reason:
        at += timedelta(days=step_days)
        db.session.add(ScreenOut(candidate_id=candidate.id, stage=stage, reason=screened_reason,
                                 at=at))
        stage_move(candidate, at, stage, "screened_out", "candidate.screened_out",
                   reason=screened_reason)
        stage = "screened_out"
    candidate.stage = stage
    return candidate
