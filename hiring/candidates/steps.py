"""Each step of a candidate's process with its status, result and a link to the evidence.

The candidate page lists every step; the board's cards show the same list compactly. The
list is data: `PROVIDERS` holds one function per step, in the order of the process, and a new
step is one more function. Scores come from the same service the API and reports use
(`hiring.reports.scores.step_scores`); the interview's combined score is the debrief's.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from flask import has_request_context, url_for
from flask_login import current_user
from sqlalchemy import select

from hiring import blind
from hiring.candidates.models import Candidate, Invitation
from hiring.db import db, utcnow
from hiring.timezones import local_text


@dataclass(frozen=True)
class StepResult:
    key: str
    label: str
    short_label: str
    status: str
    result: str | None = None  # e.g. "81.82 of 100, above the pass mark of 60"
    short_result: str | None = None  # for the board: "81.82, passes"
    evidence: tuple[str, str] | None = None  # (link text, url)
    started: bool = False  # something happened at this step


# A provider gets the candidates and what the viewer may not see yet (the blind rule).
Provider = Callable[[Sequence[Candidate], blind.Withheld], dict[int, StepResult]]


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _viewer():
    """The signed-in person reading the steps, for their time zone (None outside a request)."""
    return current_user if has_request_context() else None


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _date(value: datetime) -> str:
    return value.strftime("%d %b %Y")


def _assessment_step(step: str, label: str, short_label: str) -> Provider:
    def provide(candidates: Sequence[Candidate], hidden: blind.Withheld
                ) -> dict[int, StepResult]:
        from hiring.reports.scores import step_scores

        ids = [c.id for c in candidates]
        models = _module("hiring.assessments.models")
        submissions = {}
        if models is not None:
            submissions = {s.candidate_id: s for s in db.session.scalars(
                select(models.Submission).where(models.Submission.candidate_id.in_(ids),
                                                models.Submission.step == step))}
        invitations = {}
        for invitation in db.session.scalars(select(Invitation).where(
                Invitation.candidate_id.in_(ids), Invitation.step == step)
                .order_by(Invitation.id)):
            invitations[invitation.candidate_id] = invitation  # the newest counts
        scores: dict[int, tuple[float, float | None]] = {}
        for position_id in {c.position_id for c in candidates}:
            one = ids[0] if len(ids) == 1 else None
            for found in step_scores(position_id, one):
                if found.step == step:
                    scores.update({cid: (s, found.threshold) for cid, s in found.scores.items()})
        now = utcnow()
        results = {}
        for c in candidates:
            submission, invitation = submissions.get(c.id), invitations.get(c.id)
            result = short = evidence = None
            if submission is not None and submission.is_submitted:
                evidence = ("Read the submission and its reviews",
                            url_for("assessments.review", submission_id=submission.id))
                if hidden.hides_submission(submission.id):
                    status = "Handed in; scores hidden until your own review is in"
                elif c.id in scores:
                    score, threshold = scores[c.id]
                    status = "Reviewed"
                    result = f"{_number(score)} of 100"
                    short = _number(score)
                    if threshold is not None:
                        passes = score >= threshold
                        result += (f", {'at or above' if passes else 'below'} the pass mark of "
                                   f"{_number(threshold)}")
                        short += ", passes" if passes else ", below the mark"
                elif submission.needs_reconciliation:
                    status = "Reviewers disagree: to reconcile"
                else:
                    status = f"Handed in {_date(submission.submitted_at)}, waiting for review"
            elif submission is not None and submission.started_at is not None:
                status = "In progress"
            elif invitation is not None and invitation.revoked_at is None:
                if invitation.expires_at <= now:
                    status = "Invitation expired"
                elif invitation.first_used_at:
                    status = "Invited, link opened"
                else:
                    status = "Invited, link not opened yet"
            else:
                results[c.id] = StepResult(step, label, short_label, "Not invited")
                continue
            results[c.id] = StepResult(step, label, short_label, status, result, short,
                                       evidence, started=True)
        return results

    return provide


def _interview_step(candidates: Sequence[Candidate], hidden: blind.Withheld
                    ) -> dict[int, StepResult]:
    services = _module("hiring.interviews.services")
    models = _module("hiring.interviews.models")
    ids = [c.id for c in candidates]
    latest = {}
    if models is not None:
        for interview in db.session.scalars(select(models.Interview).where(
                models.Interview.candidate_id.in_(ids)).order_by(
                models.Interview.scheduled_at, models.Interview.id)):
            if getattr(interview, "kind", "interview") == "interview":
                latest[interview.candidate_id] = interview
    now = utcnow()
    results = {}
    for c in candidates:
        interview = latest.get(c.id)
        if interview is None or services is None:
            results[c.id] = StepResult("interview", "Structured interview", "Interview",
                                       "Not scheduled")
            continue
        panel = len(interview.panel)
        submitted = sum(1 for card in interview.scorecards if card.submitted)
        result = short = None
        evidence = ("Interview kit", url_for("interviews.detail", interview_id=interview.id))
        if interview.scheduled_at > now:
            status = f"Scheduled for {local_text(interview.scheduled_at, _viewer())}"
        elif submitted < panel:
            status = f"{submitted} of {panel} scorecards in"
        else:
            status = "All scorecards in"
        if interview.decision:
            status = f"Decided: {models.DECISIONS.get(interview.decision, interview.decision)}"
        if submitted:
            evidence = ("Open the debrief", url_for("interviews.debrief",
                                                    interview_id=interview.id))
        if submitted and submitted == panel:
            if hidden.hides_interview(interview.id):
                result = short = "Hidden until your own scorecard is in"
            else:
                mean = services.debrief(interview).weighted_mean
                if mean is not None:
                    result = f"{mean:.2f} of 5, the panel's combined score"
                    short = f"{mean:.2f} of 5"
        results[c.id] = StepResult("interview", "Structured interview", "Interview", status,
                                   result, short, evidence, started=True)
    return results


def _presentation_step(candidates: Sequence[Candidate], hidden: blind.Withheld
                       ) -> dict[int, StepResult]:
    presentations = _module("hiring.presentations.services")
    results = {}
    for c in candidates:
        found = presentations.presentation_of(c) if presentations is not None else None
        if found is None:
            evidence = (("Schedule the final presentation",
                         url_for("presentations.schedule", candidate_id=c.id))
                        if presentations is not None and c.stage in _PRESENTABLE else None)
            results[c.id] = StepResult("presentation", "Final presentation", "Presentation",
                                       "Not scheduled", evidence=evidence)
            continue
        outcome = presentations.result_for(found, None, hidden=hidden)
        result = short = None
        evidence = ("Open the presentation kit", url_for("interviews.detail",
                                                        interview_id=found.id))
        if not outcome.happened:
            status = (f"Scheduled for {local_text(found.scheduled_at, _viewer())} "
                      f"({outcome.panel} panelists)")
        elif outcome.submitted == 0:
            status = f"Presented {found.scheduled_at:%d %b %Y}; no scorecard in yet"
        else:
            status = f"{outcome.submitted} of {outcome.panel} scorecards in"
            evidence = ("Open the presentation debrief",
                        url_for("interviews.debrief", interview_id=found.id))
            if outcome.blocked:
                result = short = "Hidden until your own scorecard is in"
            elif outcome.score is not None:
                result = short = f"{outcome.score:.0f} of 100"
                if outcome.pass_threshold is not None:
                    result += (f", {'at or above' if outcome.passed else 'below'} the pass "
                               f"mark of {outcome.pass_threshold:g}")
                    short += ", passes" if outcome.passed else ", below the mark"
                if outcome.flagged:
                    result += (f"; {outcome.flagged} disagreement"
                               f"{'' if outcome.flagged == 1 else 's'} flagged")
        results[c.id] = StepResult("presentation", "Final presentation", "Presentation",
                                   status, result, short, evidence, started=True)
    return results


# Stages from which a final presentation can still be scheduled.
_PRESENTABLE = {"applied", "writing", "research", "interview", "decision"}

PROVIDERS: list[Provider] = [
    _assessment_step("writing", "Writing test", "Writing"),
    _assessment_step("research", "Company-research exercise", "Research"),
    _interview_step,
    _presentation_step,
]


def step_results(candidates: Sequence[Candidate], viewer=None) -> dict[int, list[StepResult]]:
    """Every step of each candidate, in the order of the process."""
    found: dict[int, list[StepResult]] = {c.id: [] for c in candidates}
    if not candidates:
        return found
    hidden = blind.withheld(viewer)
    for provide in PROVIDERS:
        for cid, result in provide(candidates, hidden).items():
            found[cid].append(result)
    return found
