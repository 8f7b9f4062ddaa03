"""Adding candidates: one at a time, corrected, or from a CSV file."""

from __future__ import annotations

from sqlalchemy import select

from hiring.addresses import normalize_email
from hiring.audit import record
from hiring.candidates.history import record_stage
from hiring.candidates.importing import (
    ImportResult,
    RowError,
    normalize_phone,
    parse_candidates_csv,
)
from hiring.candidates.models import (
    Candidate,
)
from hiring.candidates.pipeline import (
    Stage,
)
from hiring.db import db, utcnow
from hiring.errors import HiringError, sentence


class DuplicateCandidate(HiringError):
    """The email is already on this position; `existing_id` points at that record."""

    def __init__(self, message: str, existing_id: int):
        super().__init__(message)
        self.existing_id = existing_id


def _existing_id(position_id: int, email: str) -> int | None:
    return db.session.scalar(
        select(Candidate.id).where(Candidate.position_id == position_id, Candidate.email == email)
    )


def add_candidate(position, *, name: str, email: str, phone: str = "", source: str = "",
                  notes: str = "", actor=None) -> Candidate:
    """A new candidate on a position; one email per position."""
    name = " ".join((name or "").split())
    if not name:
        raise HiringError("Enter the candidate's name.")
    try:
        email = normalize_email(email or "")
        phone = normalize_phone(phone or "") or ""
    except ValueError as e:
        raise HiringError(sentence(str(e))) from None
    existing = _existing_id(position.id, email)
    if existing is not None:
        raise DuplicateCandidate(
            f"{email} is already a candidate for {position.title}.", existing)
    candidate = Candidate(position_id=position.id, name=name, email=email, phone=phone,
                          source=(source or "").strip(), notes=(notes or "").strip(),
                          stage=Stage.APPLIED.value)
    db.session.add(candidate)
    db.session.flush()
    record_stage(actor, "candidate.created", "candidate", candidate.id, candidate, before=None,
                 after={"position_id": position.id, "stage": candidate.stage, "via": "form"})
    return candidate


def update_candidate(candidate: Candidate, *, name: str, email: str, phone: str = "",
                     source: str = "", notes: str = "", actor=None) -> Candidate:
    """Correct a candidate's details; the email stays unique on the position."""
    name = " ".join((name or "").split())
    if not name:
        raise HiringError("Enter the candidate's name.")
    try:
        email = normalize_email(email or "")
        phone = normalize_phone(phone or "") or ""
    except ValueError as e:
        raise HiringError(sentence(str(e))) from None
    existing = _existing_id(candidate.position_id, email)
    if existing is not None and existing != candidate.id:
        raise DuplicateCandidate(
            f"{email} is already a candidate for {candidate.position.title}.", existing)
    fields = {"name": name, "email": email, "phone": phone,
              "source": (source or "").strip(), "notes": (notes or "").strip()}
    changed = sorted(key for key, value in fields.items() if getattr(candidate, key) != value)
    for key in changed:
        setattr(candidate, key, fields[key])
    if changed:
        # The log names what changed, never the values: it outlives an erased candidate.
        record(actor, "candidate.updated", "candidate", candidate.id, candidate_id=candidate.id,
               after={"fields": changed})
    return candidate


def import_candidates(position, data: bytes | str, actor=None) -> ImportResult:
    """Import a CSV file: all rows when every row is valid and new, none otherwise."""
    result = parse_candidates_csv(data)
    errors = list(result.errors)
    if result.rows:
        emails = [row.email for row in result.rows]
        taken: set[str] = set()
        # SQLite limits bound parameters per statement; ask in chunks.
        for start in range(0, len(emails), 500):
            chunk = emails[start:start + 500]
            taken.update(db.session.scalars(select(Candidate.email).where(
                Candidate.position_id == position.id, Candidate.email.in_(chunk))))
        errors.extend(
            RowError(row.line, "email", f"{row.email} is already a candidate for this position")
            for row in result.rows if row.email in taken
        )
    if errors:
        errors.sort(key=lambda e: (e.line or 0))
        return ImportResult(result.rows, tuple(errors))
    now = utcnow()
    candidates = [
        Candidate(position_id=position.id, name=row.name, email=row.email,
                  phone=row.phone or "", source=row.source or "", notes=row.notes or "",
                  stage=Stage.APPLIED.value, created_at=now, last_activity_at=now)
        for row in result.rows
    ]
    db.session.add_all(candidates)
    db.session.flush()
    for candidate in candidates:
        record_stage(actor, "candidate.created", "candidate", candidate.id, candidate,
                     before=None, after={"position_id": position.id, "stage": candidate.stage,
                                         "via": "import"})
    return result
