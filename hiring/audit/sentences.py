"""Audit entries as sentences a hiring manager reads on a candidate's timeline.

The log keeps ids, keys and numbers (it outlives an erased candidate); this turns them into
people's names, stage and criterion labels and plain sentences. The names of people and the
labels of criteria come in as lookups; the vocabularies of the packages above audit (stages,
steps, screen-out reasons, interview decisions) come from their `audit_labels` hooks, each a
mapping of a kind ("stage", "step", "reason", "decision", "recommendation") to a function
giving a value's label, or None when it does not know the value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from hiring import registry


def _label(kind: str, value: Any, fallback: str) -> str:
    for labels in registry.hooks("audit_labels"):
        lookup = labels().get(kind)
        found = lookup(value) if lookup is not None else None
        if found is not None:
            return found
    return fallback


def _stage(value: Any) -> str:
    return _label("stage", value, str(value).replace("_", " "))


def _step(value: Any) -> str:
    return _label("step", value, str(value).replace("_", " ").capitalize())


def _reason(value: Any) -> str:
    return _label("reason", value, str(value))


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _names(ids, names: Mapping[int, str]) -> str:
    people = [names.get(i, "a former staff member") for i in ids]
    if len(people) <= 1:
        return "".join(people) or "nobody"
    return ", ".join(people[:-1]) + " and " + people[-1]


def _when(value: Any) -> str:
    try:
        return datetime.fromisoformat(value).strftime("%d %b %Y %H:%M UTC")
    except (TypeError, ValueError):
        return str(value)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _stage_changed(before, after, names, label):
    return f"Moved from {_stage(before.get('stage'))} to {_stage(after.get('stage'))}."


def _created(before, after, names, label):
    via = {"import": " from a CSV import", "apply": " through the job posting"}.get(
        after.get("via"), "")
    return f"Added to the position{via}."


def _updated(before, after, names, label):
    fields = [f.replace("_", " ") for f in after.get("fields", [])]
    return f"Details corrected: {', '.join(fields)}." if fields else "Details corrected."


def _screened_out(before, after, names, label):
    return (f"Screened out at {_stage(before.get('stage'))}: "
            f"{_reason(after.get('reason', ''))}.")


def _reversed(before, after, names, label):
    return f"Screen-out reversed; back in {_stage(after.get('stage'))}."


def _suggested(before, after, names, label):
    text = (f"The {_step(after.get('step'))} gate suggested a screen-out: score "
            f"{_number(after.get('score'))}")
    if after.get("pass_threshold") is not None:
        text += f", below the pass mark of {_number(after['pass_threshold'])}"
    return text + "."


def _legal_hold(before, after, names, label):
    return "Put on legal hold." if after.get("legal_hold") else "Legal hold lifted."


def _invitation(before, after, names, label):
    text = f"{_step(after.get('step'))} invitation link created"
    if after.get("expires_at"):
        text += f", valid until {_when(after['expires_at'])[:11]}"
    return text + "."


def _assigned(before, after, names, label):
    return f"{_names([after.get('reviewer_id')], names)} was asked to review the submission."


def _unassigned(before, after, names, label):
    return f"{_names([before.get('reviewer_id')], names)} no longer reviews the submission."


def _reconciled(before, after, names, label):
    agreed = "; ".join(f"{label(key)} at {_number(points)}"
                       for key, points in sorted((after.get("agreed") or {}).items()))
    text = f"The reviewers agreed on {agreed}" if agreed else "The reviewers reconciled"
    text += f"; the submission's score is now {_number(after.get('score'))}"
    if before.get("score") is not None:
        text += f" (was {_number(before['score'])})"
    return text + "."


def _scheduled(before, after, names, label):
    return (f"Interview scheduled for {_when(after.get('scheduled_at'))} with "
            f"{_names(after.get('panel', []), names)}.")


def _scorecard(before, after, names, label):
    rated = len(after.get("ratings") or {})
    text = f"Scorecard submitted with {_plural(rated, 'question')} rated"
    recommendation = after.get("recommendation")
    if recommendation:
        text += f", recommending {_label('recommendation', recommendation, recommendation)}"
    return text + "."


def _amended(before, after, names, label):
    changed = list(after)
    ratings = sum(1 for key in changed if key.startswith("points"))
    parts = []
    if "recommendation" in changed:
        parts.append("the recommendation")
    if ratings:
        parts.append(_plural(ratings, "rating"))
    return "Scorecard amended" + (f": {' and '.join(parts)} changed." if parts else ".")


def _decided(before, after, names, label):
    decided = after.get("decision")
    text = f"Decision recorded: {_label('decision', decided, decided)}"
    if before.get("decision"):
        text += f" (was {_label('decision', before['decision'], before['decision'])})"
    return text + "."


def _outcome(before, after, names, label):
    return (f"Outcomes at {after.get('checkpoint_days')} days recorded: "
            f"{after.get('met')} of {after.get('total')} met.")


def _fixed(text: str):
    return lambda before, after, names, label: text


SENTENCES: dict[str, Callable[..., str]] = {
    "candidate.created": _created,
    "candidate.updated": _updated,
    "candidate.stage_changed": _stage_changed,
    "candidate.screened_out": _screened_out,
    "candidate.screen_out_reversed": _reversed,
    "candidate.screen_out_suggested": _suggested,
    "candidate.screen_out_suggestion_confirmed": _fixed("The suggested screen-out was confirmed."),
    "candidate.screen_out_suggestion_dismissed": _fixed(
        "The suggested screen-out was dismissed; the candidate stays in the process."),
    "candidate.exported": _fixed("Everything held about the candidate was exported."),
    "candidate.legal_hold_changed": _legal_hold,
    "candidate.erased": _fixed("The candidate's data was erased."),
    "invitation.created": _invitation,
    "invitation.revoked": _fixed("An invitation link was revoked."),
    "note.added": _fixed("Note added."),
    "review.assigned": _assigned,
    "review.unassigned": _unassigned,
    "submission.reconciled": _reconciled,
    "interview.scheduled": _scheduled,
    "scorecard.submitted": _scorecard,
    "scorecard.amended": _amended,
    "interview.decided": _decided,
    "plans.development_drafted": lambda b, a, n, lb: (
        f"Development plan drafted with {_plural(a.get('milestones', 0), 'milestone')}."),
    "plans.development_updated": lambda b, a, n, lb: (
        f"Development plan updated; it has {_plural(a.get('milestones', 0), 'milestone')}."),
    "plans.reaction_recorded": _fixed(
        "The candidate's reaction to the development plan was recorded."),
    "plans.shared_with_candidate": _fixed(
        "The development plan was shared with the candidate."),
    "plans.sharing_stopped": _fixed(
        "The development plan was no longer shared with the candidate."),
    "plans.candidate_responded": _fixed(
        "The candidate wrote back about the development plan in their own words."),
    "plans.progress_reviewed": lambda b, a, n, lb: (
        f"Progress reviewed on {_plural(a.get('recorded', 0), 'milestone')} of the "
        "development plan."),
    "plans.onboarding_created": _fixed("Onboarding plan created."),
    "plans.onboarding_updated": lambda b, a, n, lb: (
        f"Onboarding plan updated: {_plural(a.get('activities', 0), 'activity', 'activities')}"
        f", {_plural(a.get('connections', 0), 'person', 'people')} to meet."),
    "plans.checklist_ticked": _fixed("An onboarding item was ticked off."),
    "plans.checklist_unticked": _fixed("An onboarding item was marked as not done."),
    "reports.outcome_recorded": _outcome,
    "reports.self_identified": _fixed("The candidate answered the voluntary self-identification."),
}


def describe(action: str, before: Mapping | None, after: Mapping | None, *,
             names: Mapping[int, str] | None = None,
             criterion_label: Callable[[str], str] | None = None) -> str:
    """One sentence saying what an audit entry records, without ids or raw keys."""
    sentence = SENTENCES.get(action)
    if sentence is None:
        return action.replace(".", ": ", 1).replace("_", " ").capitalize() + "."
    text = sentence(dict(before or {}), dict(after or {}), names or {},
                    criterion_label or (lambda key: key.replace("_", " ").capitalize()))
    return text[:1].upper() + text[1:]


def people_in(action: str, before: Mapping | None, after: Mapping | None) -> set[int]:
    """Ids of the staff an entry names, so their names can be looked up in one query."""
    before, after = before or {}, after or {}
    ids = set(after.get("panel") or [])
    for side in (before, after):
        if isinstance(side.get("reviewer_id"), int):
            ids.add(side["reviewer_id"])
    return {i for i in ids if isinstance(i, int)}
