"""A candidate's timeline: audit entries as sentences, and notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from hiring import blind
from hiring.audit import AuditEvent
from hiring.audit.sentences import describe, people_in
from hiring.auth.models import User
from hiring.candidates.models import (
    Candidate,
    Note,
)
from hiring.db import db
from hiring.rubrics import all_rubrics


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
    "submission.reconciled": "Reviews reconciled",
    "interview.decided": "Decision recorded",
    "plans.development_drafted": "Development plan drafted",
    "plans.development_updated": "Development plan updated",
    "plans.reaction_recorded": "Reaction to the plan recorded",
    "plans.shared_with_candidate": "Plan shared with the candidate",
    "plans.sharing_stopped": "Plan no longer shared",
    "plans.candidate_responded": "The candidate responded to the plan",
    "plans.progress_reviewed": "Plan progress reviewed",
    "plans.onboarding_created": "Onboarding plan created",
    "plans.onboarding_updated": "Onboarding plan updated",
    "plans.checklist_ticked": "Onboarding item done",
    "plans.checklist_unticked": "Onboarding item reopened",
    "reports.outcome_recorded": "First-year outcome recorded",
    "reports.self_identified": "Self-identification recorded",
}


def _same_words(detail: str, title: str) -> bool:
    """Whether a detail only repeats its title ("Added to the position."), punctuation aside."""
    def words(text: str) -> list[str]:
        return "".join(c if c.isalnum() else " " for c in text.lower()).split()
    return words(detail) == words(title)


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

    entries = []
    for e in events:
        title = _ACTION_TITLES.get(e.action,
                                   e.action.replace(".", " ").replace("_", " ").capitalize())
        detail = describe(e.action, e.before, e.after, names=names,
                          criterion_label=criterion_label)
        entries.append(TimelineEntry(e.at, actor(e), title,
                                     "" if _same_words(detail, title) else detail))
    for note in notes:
        entries.append(TimelineEntry(note.created_at, names.get(note.author_id,
                                                                "a former staff member"),
                                     "Note", note.text))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]
