"""Candidates, the pipeline, invitations, notes, export, erasure and retention.

Services check before they change anything, raise HiringError with a message a user can
act on, write the audit log, and leave the commit to the caller.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, delete, func, inspect, select

from hiring import blind, registry
from hiring.addresses import normalize_email
from hiring.audit import AuditEvent, record
from hiring.audit.sentences import describe, people_in
from hiring.auth.models import User
from hiring.candidates.importing import (
    ImportResult,
    RowError,
    normalize_phone,
    parse_candidates_csv,
)
from hiring.candidates.invitations import (  # noqa: F401 (callers use services.invite ...)
    LINK_NOT_KEPT,
    LINK_SENT,
    deliver_invitation,
    invitation_message,
    invitation_variables,
    invite,
    resend_invitation,
    revoke_invitation,
)
from hiring.candidates.models import (
    INVITED_STEPS,
    AnonymousScore,
    Candidate,
    Note,
    ScreenOut,
    ScreenOutSuggestion,
)
from hiring.candidates.pipeline import (
    AFTER_SCREENING,
    Stage,
    check_move,
    check_screen_out,
    gate_suggests_screen_out,
)
from hiring.candidates.retention import RetentionFacts, select_due
from hiring.db import db, utcnow
from hiring.errors import HiringError, sentence
from hiring.rubrics import all_rubrics


class DuplicateCandidate(HiringError):
    """The email is already on this position; `existing_id` points at that record."""

    def __init__(self, message: str, existing_id: int):
        super().__init__(message)
        self.existing_id = existing_id


# Adding candidates


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
    record(actor, "candidate.created", "candidate", candidate.id, candidate_id=candidate.id,
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
        record(actor, "candidate.created", "candidate", candidate.id,
               candidate_id=candidate.id,
               after={"position_id": position.id, "stage": candidate.stage, "via": "import"})
    return result


# Pipeline


def open_suggestions(candidate: Candidate) -> list[ScreenOutSuggestion]:
    """Gate suggestions on this candidate that nobody has decided yet."""
    return list(db.session.scalars(select(ScreenOutSuggestion).where(
        ScreenOutSuggestion.candidate_id == candidate.id,
        ScreenOutSuggestion.resolved_at.is_(None)).order_by(ScreenOutSuggestion.id)))


def move_candidate(candidate: Candidate, target: str, actor) -> None:
    """Move a candidate to another stage of the pipeline."""
    try:
        target_stage = Stage(target)
    except ValueError:
        raise HiringError(f"'{target}' is not a stage.") from None
    try:
        check_move(Stage(candidate.stage), target_stage)
    except ValueError as e:
        raise HiringError(str(e)) from None
    # A package with a rule about entering a stage (offers: Hired needs an accepted offer).
    for check in registry.hooks("check_move"):
        check(candidate, target_stage.value)
    if target_stage in AFTER_SCREENING and open_suggestions(candidate):
        raise HiringError("A gate suggests screening this candidate out. Confirm or dismiss "
                          "the suggestion before moving them on.")
    before = candidate.stage
    candidate.stage = target_stage.value
    candidate.last_activity_at = utcnow()
    record(actor, "candidate.stage_changed", "candidate", candidate.id,
           candidate_id=candidate.id, before={"stage": before},
           after={"stage": candidate.stage})


def _check_reason_against_record(candidate: Candidate, reason: str) -> None:
    """A reason about a step needs that step's record to bear it out; the step's package
    checks (assessments: handed in, reviewed and below the bar; suitability: a knock-out
    not met)."""
    for check in registry.hooks("check_screen_out_reason"):
        check(candidate, reason)


def step_progress(candidate: Candidate) -> tuple[dict[str, int], dict]:
    """Per timed step, its time limit in minutes and the candidate's submission (from the
    packages that own the steps)."""
    limits: dict[str, int] = {}
    submissions: dict = {}
    for progress in registry.hooks("step_progress"):
        found_limits, found_submissions = progress(candidate)
        limits.update(found_limits)
        submissions.update(found_submissions)
    return limits, submissions


def screen_out(candidate: Candidate, reason: str, details: str, actor, *,
               suggested: bool = False) -> ScreenOut:
    """Screen a candidate out, recording the stage, the reason, who and when.

    A reason is checked against what happened (an exercise "below the bar" must have been
    handed in and scored below it), unless it comes from the gate's own suggestion.
    """
    details = (details or "").strip()
    try:
        check_screen_out(Stage(candidate.stage), reason, details)
    except ValueError as e:
        raise HiringError(str(e)) from None
    if not suggested:
        _check_reason_against_record(candidate, reason)
    entry = ScreenOut(candidate_id=candidate.id, stage=candidate.stage, reason=reason,
                      details=details, by_id=actor.id if actor is not None and not
                      isinstance(actor, str) else None)
    db.session.add(entry)
    before = candidate.stage
    candidate.stage = Stage.SCREENED_OUT.value
    candidate.last_activity_at = utcnow()
    # Their open links die with the decision: a screened-out candidate cannot begin, save or
    # hand in a step. Reversing the screen-out does not revive them; invite again instead.
    for invitation in candidate.invitations:
        if invitation.revoked_at is None:
            revoke_invitation(invitation, actor)
    db.session.flush()
    record(actor, "candidate.screened_out", "screen_out", entry.id, candidate_id=candidate.id,
           before={"stage": before}, after={"stage": candidate.stage, "reason": reason})
    return entry


def current_screen_out(candidate: Candidate) -> ScreenOut | None:
    """The screen-out in force, if the candidate is screened out."""
    return db.session.scalar(select(ScreenOut).where(
        ScreenOut.candidate_id == candidate.id, ScreenOut.reversed_at.is_(None))
        .order_by(ScreenOut.id.desc()).limit(1))


def reverse_screen_out(candidate: Candidate, note: str, actor) -> ScreenOut:
    """Undo a screen-out: the candidate returns to the stage they left; the reversal is kept."""
    entry = current_screen_out(candidate)
    if candidate.stage != Stage.SCREENED_OUT.value or entry is None:
        raise HiringError("This candidate is not screened out.")
    entry.reversed_at = utcnow()
    entry.reversed_by_id = actor.id if actor is not None and not isinstance(actor, str) else None
    entry.reversal_note = (note or "").strip()
    candidate.stage = entry.stage
    candidate.last_activity_at = entry.reversed_at
    record(actor, "candidate.screen_out_reversed", "screen_out", entry.id,
           candidate_id=candidate.id, before={"stage": Stage.SCREENED_OUT.value},
           after={"stage": candidate.stage})
    return entry


def suggest_screen_out(candidate: Candidate, step: str, score: float, evidence: list,
                       *, pass_threshold: float | None = None) -> ScreenOutSuggestion | None:
    """Record a gate's suggestion to screen out after a low score; a person decides.

    `evidence` is a JSON-able list (e.g. {"label": ..., "detail": ...} items) shown as is.
    With `pass_threshold`, a score at or above it suggests nothing and returns None.
    """
    if step not in INVITED_STEPS:
        raise HiringError(f"Unknown step '{step}'.")
    if pass_threshold is not None and not gate_suggests_screen_out(score, pass_threshold):
        return None
    if candidate.stage in (Stage.SCREENED_OUT.value, Stage.HIRED.value,
                           Stage.ONBOARDING.value):
        return None
    for earlier in open_suggestions(candidate):
        if earlier.step == step:
            # A re-scored step replaces its earlier suggestion rather than stacking up.
            earlier.score, earlier.evidence = float(score), list(evidence)
            earlier.pass_threshold = pass_threshold
            return earlier
    suggestion = ScreenOutSuggestion(candidate_id=candidate.id, step=step, score=float(score),
                                     pass_threshold=pass_threshold, evidence=list(evidence))
    db.session.add(suggestion)
    db.session.flush()
    record("gate", "candidate.screen_out_suggested", "suggestion", suggestion.id,
           candidate_id=candidate.id, after={"step": step, "score": float(score),
                                             "pass_threshold": pass_threshold})
    return suggestion


def _suggested_details(suggestion: ScreenOutSuggestion) -> str:
    if suggestion.step == "preferences":  # knock-outs: the reasons, not a score
        return "; ".join(str(item.get("detail", "")) for item in suggestion.evidence
                         if isinstance(item, dict))[:2000]
    return f"Score {suggestion.score:g} below the pass mark"


def resolve_suggestion(suggestion: ScreenOutSuggestion, confirm: bool, details: str,
                       actor) -> None:
    """A person confirms (screens out) or dismisses a gate's suggestion."""
    if suggestion.resolved_at is not None:
        raise HiringError("This suggestion was already decided.")
    candidate = db.session.get(Candidate, suggestion.candidate_id)
    if confirm:
        screen_out(candidate, suggestion.step, details or _suggested_details(suggestion),
                   actor, suggested=True)
    suggestion.resolved_at = utcnow()
    suggestion.resolved_by_id = actor.id if actor is not None and not isinstance(actor, str) \
        else None
    suggestion.resolution = "confirmed" if confirm else "dismissed"
    record(actor, "candidate.screen_out_suggestion_" + suggestion.resolution, "suggestion",
           suggestion.id, candidate_id=candidate.id, after={"resolution": suggestion.resolution})


def add_note(candidate: Candidate, text: str, actor) -> Note:
    """A note on the candidate's timeline."""
    text = (text or "").strip()
    if not text:
        raise HiringError("Write the note before saving it.")
    if len(text) > 4000:
        raise HiringError("Keep a note under 4,000 characters.")
    note = Note(candidate_id=candidate.id, text=text,
                author_id=actor.id if actor is not None and not isinstance(actor, str) else None)
    db.session.add(note)
    db.session.flush()
    record(actor, "note.added", "note", note.id, candidate_id=candidate.id)
    return note


# Timeline


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    actor: str
    title: str
    detail: str = ""


_ACTION_TITLES = {
    "candidate.created": "Added to the position",
    "candidate.stage_changed": "Moved",
    "candidate.screened_out": "Screened out",
    "candidate.screen_out_reversed": "Screen-out reversed",
    "candidate.screen_out_suggested": "Gate suggested a screen-out",
    "candidate.screen_out_suggestion_confirmed": "Suggested screen-out confirmed",
    "candidate.screen_out_suggestion_dismissed": "Suggested screen-out dismissed",
    "candidate.exported": "Data exported",
    "candidate.legal_hold_changed": "Legal hold changed",
    "invitation.created": "Invitation link created",
    "invitation.revoked": "Invitation link revoked",
    "note.added": "Note added",
}


def criterion_label(key: str) -> str:
    """The label a shipped rubric gives a criterion key (keys are stable across versions)."""
    for rubric in all_rubrics().values():
        for criterion in rubric.criteria:
            if criterion.key == key:
                return criterion.label
    return key.replace("_", " ").capitalize()


def timeline(candidate: Candidate, limit: int = 200,
             hidden: blind.Withheld = blind.NOTHING) -> list[TimelineEntry]:
    """Everything that happened to a candidate, newest first: audit entries as sentences, and
    notes (without entries carrying scores the viewer may not see yet: `hidden`)."""
    events = list(hidden.visible_events(db.session.scalars(select(AuditEvent).where(
        AuditEvent.candidate_id == candidate.id).order_by(AuditEvent.id.desc()).limit(limit))))
    notes = list(db.session.scalars(select(Note).where(Note.candidate_id == candidate.id)
                                    .order_by(Note.id.desc()).limit(limit)))
    ids = {e.actor_id for e in events if e.actor_id} | {n.author_id for n in notes
                                                        if n.author_id}
    for e in events:
        ids |= people_in(e.action, e.before, e.after)
    names = dict(db.session.execute(select(User.id, User.name).where(User.id.in_(ids))).all()) \
        if ids else {}
    names = {i: name or "a staff member" for i, name in names.items()}

    def actor(e: AuditEvent) -> str:
        if e.actor_id:
            return names.get(e.actor_id, "a former staff member")
        return {"system": "the portal", "gate": "the portal", "candidate": "the candidate",
                "retention": "the portal"}.get(e.actor_label, e.actor_label)

    entries = [
        TimelineEntry(e.at, actor(e), _ACTION_TITLES.get(
            e.action, e.action.replace(".", " ").replace("_", " ").capitalize()),
            describe(e.action, e.before, e.after, names=names, criterion_label=criterion_label))
        for e in events]
    for note in notes:
        entries.append(TimelineEntry(note.created_at, names.get(note.author_id,
                                                                "a former staff member"),
                                     "Note", note.text))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


# Board


SORTS = {
    "name": (Candidate.name.asc(), Candidate.id.asc()),
    "activity": (Candidate.last_activity_at.desc(), Candidate.id.desc()),
    "newest": (Candidate.id.desc(),),
}


@dataclass(frozen=True)
class Column:
    stage: Stage
    count: int
    candidates: list[Candidate]


def stage_counts(position_id: int, search: str = "") -> dict[str, int]:
    """Number of candidates in each stage of a position (matching the search, if any)."""
    query = select(Candidate.stage, func.count()).where(Candidate.position_id == position_id)
    if search:
        query = query.where(_search_clause(search))
    counts = dict(db.session.execute(query.group_by(Candidate.stage)).all())
    return {stage.value: counts.get(stage.value, 0) for stage in Stage}


def _search_clause(search: str):
    pattern = "%" + search.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace(
        "_", "\\_") + "%"
    return func.lower(Candidate.name).like(pattern, escape="\\") | Candidate.email.like(
        pattern, escape="\\")


def board(position_id: int, *, search: str = "", sort: str = "name", stage: str | None = None,
          page: int = 1, per_column: int = 10, per_page: int = 50) -> list[Column]:
    """The board's columns: counts for every stage and one page of candidates in each."""
    order = SORTS.get(sort, SORTS["name"])
    counts = stage_counts(position_id, search)
    columns = []
    for column_stage in Stage:
        if stage and column_stage.value != stage:
            continue
        size = per_page if stage else per_column
        offset = (max(page, 1) - 1) * size if stage else 0
        query = select(Candidate).where(Candidate.position_id == position_id,
                                        Candidate.stage == column_stage.value)
        if search:
            query = query.where(_search_clause(search))
        rows = list(db.session.scalars(query.order_by(*order).offset(offset).limit(size)))
        columns.append(Column(column_stage, counts[column_stage.value], rows))
    return columns


# Blind review


def blind_code(candidate_id: int, secret: str) -> str:
    """A neutral code for a candidate, stable for one secret, that reveals nothing about them."""
    digest = hmac.new(secret.encode(), f"candidate:{candidate_id}".encode(),
                      hashlib.sha256).hexdigest()
    return f"C-{digest[:6].upper()}"


# Export, erasure and retention


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
