"""What is held about a candidate: export, erasure, legal hold and the retention purge."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, delete, inspect, select

from hiring import blind, registry
from hiring.audit import AuditEvent, record
from hiring.candidates.models import (
    AnonymousScore,
    Candidate,
)
from hiring.candidates.pipeline import (
    Stage,
)
from hiring.candidates.retention import RetentionFacts, select_due
from hiring.db import db, utcnow
from hiring.errors import HiringError


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def candidate_tables() -> list:
    """Every table with a candidate_id column, whichever package defines it."""
    return [table for table in db.metadata.sorted_tables
            if "candidate_id" in table.c and table.name != AuditEvent.__tablename__]


# Columns that hold secrets of the portal, not data about the person.
_NOT_EXPORTED = {"token_hash", "password_hash"}
# The candidate's voluntary self-identification: the form promises that nobody who decides
# on them sees it, so only an admin's data-access export holds it, in a section of its own.
_SELF_IDENTIFICATION_TABLE = "self_identification"
SELF_IDENTIFICATION_NOTE = (
    "Voluntary self-identification, given by the candidate for equal-opportunity monitoring "
    "only. Part of the admin's data-access export; never shown to anyone who decides on the "
    "candidate.")


def export_candidate(candidate: Candidate, actor, *,
                     self_identification: bool = False) -> dict[str, Any]:
    """Everything the portal holds about a candidate, as JSON-able data.

    With `self_identification` (an admin's data-access export) the voluntary answers are
    added under their own, marked key; otherwise they are left out.
    """
    hidden = blind.withheld(actor if not isinstance(actor, str) else None)
    if candidate.id in hidden.candidates:
        # The export holds every score; a rater who still has to score this candidate
        # would see the others' first.
        raise HiringError("You still have to score this candidate (an interview scorecard "
                          "or a review). Submit yours first, or ask another manager or an "
                          "admin to export the data.")
    columns = inspect(Candidate).columns
    data: dict[str, Any] = {
        "exported_at": utcnow().isoformat(),
        "kind": "data-access export (admin)" if self_identification else "candidate export",
        "candidate": {c.key: _plain(getattr(candidate, c.key)) for c in columns},
        "position": {"id": candidate.position_id, "title": candidate.position.title},
        "records": {},
        "audit_log": [],
    }
    for table in candidate_tables():
        if table.name == _SELF_IDENTIFICATION_TABLE and not self_identification:
            continue
        rows = db.session.execute(select(table).where(table.c.candidate_id == candidate.id))
        found = [
            {key: _plain(value) for key, value in row._mapping.items()
             if key not in _NOT_EXPORTED}
            for row in rows
        ]
        if table.name == _SELF_IDENTIFICATION_TABLE:
            data["voluntary_self_identification"] = {"note": SELF_IDENTIFICATION_NOTE,
                                                     "records": found}
        else:
            data["records"][table.name] = found
    data["audit_log"] = [
        {"at": e.at.isoformat(), "actor": e.actor_label, "action": e.action,
         "before": e.before, "after": e.after}
        for e in db.session.scalars(select(AuditEvent).where(
            AuditEvent.candidate_id == candidate.id).order_by(AuditEvent.id))
    ]
    record(actor, "candidate.exported", "candidate", candidate.id, candidate_id=candidate.id,
           after={"self_identification": True} if self_identification else None)
    return data


def anonymous_scores(candidate: Candidate) -> list[dict[str, Any]]:
    """Scores other packages hand over to keep, without the person, when a candidate is erased.

    A package contributes through `hiring/<package>/privacy.py` defining
    `anonymous_scores(candidate) -> list[{"kind", "score", "rubric_id"?, "rubric_version"?}]`.
    """
    found: list[dict[str, Any]] = []
    for module in registry.modules("privacy"):
        provider = getattr(module, "anonymous_scores", None)
        if provider is not None:
            found.extend(provider(candidate))
    return found


def erase_candidate(candidate: Candidate, actor, *, reason: str = "request") -> int:
    """Delete the person's data from every table, keep anonymous scores; returns the old id.

    Packages holding data outside the database (cached files) remove it through
    `hiring/<package>/privacy.py` defining `forget(candidate) -> None`, called first.
    """
    if candidate.legal_hold:
        raise HiringError("This candidate is on legal hold. Lift the hold before erasing.")
    for module in registry.modules("privacy"):
        forget = getattr(module, "forget", None)
        if forget is not None:
            forget(candidate)
    month = utcnow().strftime("%Y-%m")
    for score in anonymous_scores(candidate):
        db.session.add(AnonymousScore(position_id=candidate.position_id,
                                      kind=str(score["kind"])[:40],
                                      rubric_id=str(score.get("rubric_id") or "")[:80],
                                      rubric_version=score.get("rubric_version"),
                                      score=float(score["score"]), month=month))
    candidate_id, position_id, stage = candidate.id, candidate.position_id, candidate.stage
    # Explicit deletes as well as ON DELETE CASCADE: rows of every package go, whatever
    # the database's foreign-key enforcement.
    for table in reversed(candidate_tables()):
        db.session.execute(delete(table).where(table.c.candidate_id == candidate_id))
    db.session.execute(delete(Candidate).where(Candidate.id == candidate_id))
    db.session.expunge(candidate)
    record(actor, "candidate.erased", "candidate", candidate_id, candidate_id=candidate_id,
           before={"position_id": position_id, "stage": stage}, after={"reason": reason})
    return candidate_id


def set_legal_hold(candidate: Candidate, hold: bool, actor) -> None:
    """Put a candidate on legal hold (never purged or erased) or lift it."""
    if candidate.legal_hold == hold:
        return
    record(actor, "candidate.legal_hold_changed", "candidate", candidate.id,
           candidate_id=candidate.id, before={"legal_hold": candidate.legal_hold},
           after={"legal_hold": hold})
    candidate.legal_hold = hold


_KEPT_STAGES = (Stage.HIRED.value, Stage.ONBOARDING.value)


def due_for_purge(period: timedelta, now: datetime | None = None) -> list[Candidate]:
    """Candidates not hired, not on hold, and inactive for longer than `period`."""
    now = now or utcnow()
    rows = list(db.session.scalars(select(Candidate).where(and_(
        Candidate.stage.not_in(_KEPT_STAGES), Candidate.legal_hold.is_(False),
        Candidate.last_activity_at < now - period)).order_by(Candidate.id)))
    due_ids = set(select_due(
        (RetentionFacts(c.id, c.stage in _KEPT_STAGES, c.legal_hold, c.last_activity_at)
         for c in rows), now=now, period=period))
    return [c for c in rows if c.id in due_ids]


def purge(period: timedelta, *, dry_run: bool, now: datetime | None = None) -> list[int]:
    """Erase every candidate due for purge (or only list them); returns their ids."""
    due = due_for_purge(period, now)
    ids = [c.id for c in due]
    if not dry_run:
        for candidate in due:
            erase_candidate(candidate, "retention", reason=f"retention {period.days}d")
    return ids
