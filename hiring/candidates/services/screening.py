"""Moving candidates through the pipeline: stage moves, screen-outs and their reversal,
the gates' suggestions, and notes."""

from __future__ import annotations

from sqlalchemy import select

from hiring import registry
from hiring.audit import record
from hiring.candidates.history import record_stage
from hiring.candidates.invitations import (
    revoke_invitation,
)
from hiring.candidates.models import (
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
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.inputs import LONG_TEXT_MAX, SHORT_TEXT_MAX
from hiring.steps import INVITED_STEPS


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
    record_stage(actor, "candidate.stage_changed", "candidate", candidate.id, candidate,
                 before=before, after={"stage": candidate.stage})


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
    record_stage(actor, "candidate.screened_out", "screen_out", entry.id, candidate,
                 before=before, after={"stage": candidate.stage, "reason": reason})
    return entry


def screen_outs_of(candidate: Candidate) -> list[ScreenOut]:
    """Every screen-out of the candidate, newest first."""
    return list(db.session.scalars(select(ScreenOut).where(
        ScreenOut.candidate_id == candidate.id).order_by(ScreenOut.id.desc())))


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
    record_stage(actor, "candidate.screen_out_reversed", "screen_out", entry.id, candidate,
                 before=Stage.SCREENED_OUT.value, after={"stage": candidate.stage})
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
                         if isinstance(item, dict))[:SHORT_TEXT_MAX]
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
    if len(text) > LONG_TEXT_MAX:
        raise HiringError(f"Keep a note under {LONG_TEXT_MAX:,} characters.")
    note = Note(candidate_id=candidate.id, text=text,
                author_id=actor.id if actor is not None and not isinstance(actor, str) else None)
    db.session.add(note)
    db.session.flush()
    record(actor, "note.added", "note", note.id, candidate_id=candidate.id)
    return note
