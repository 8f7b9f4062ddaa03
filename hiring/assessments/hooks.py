"""What assessments answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import NamedTuple

from flask import url_for
from sqlalchemy import bindparam, func, literal, null, select, type_coerce, union_all

from hiring import blind
from hiring.assessments.models import (
    MAX_REVIEWERS,
    Review,
    ReviewAssignment,
    StepSetup,
    Submission,
)
from hiring.candidates.models import Candidate, Invitation
from hiring.candidates.steps import StepResult, date_text, number
from hiring.db import among_parameter, db, dialect_name, utcnow
from hiring.errors import HiringError
from hiring.rubrics import RubricError, get_rubric
from hiring.steps import STEP_LABELS

# (step, label, short label) of the timed steps, in the order of the process.
_STEPS = (("writing", STEP_LABELS["writing"], "Writing"),
          ("research", STEP_LABELS["research"], "Research"))


def step_results(candidates: Sequence[Candidate], hidden: blind.Withheld
                 ) -> dict[int, list[StepResult]]:
    """The writing test and research exercise of each candidate."""
    found: dict[int, list[StepResult]] = {c.id: [] for c in candidates}
    submissions, invitations = {}, {}
    for row in db.session.execute(_steps_of(dialect_name()), {"ids": [c.id for c in candidates]}):
        if row.part == "submission":
            submissions[row.candidate_id, row.step] = _Submission(
                row.id, row.started_at, row.submitted_at, row.final_score, row.rubric_id,
                row.needs_reconciliation)
        else:  # oldest first, so that the newest of a candidate's step is kept
            invitations[row.candidate_id, row.step] = _Invitation(
                row.expires_at, row.revoked_at, row.first_used_at)
    for step, label, short_label in _STEPS:
        for cid, result in _step_results(step, label, short_label, candidates, hidden,
                                         submissions, invitations).items():
            found[cid].append(result)
    return found


class _Submission(NamedTuple):
    id: int
    started_at: datetime | None
    submitted_at: datetime | None
    final_score: float | None
    rubric_id: str | None
    needs_reconciliation: bool


class _Invitation(NamedTuple):
    expires_at: datetime
    revoked_at: datetime | None
    first_used_at: datetime | None


# The candidates' submissions and invitations of the timed steps, as one statement of tagged
# rows built once (per database dialect) and run with the candidates' ids as the parameter
# `ids`: every board page asks it. Only the columns the steps are worded from are read (a
# submission's text and analysis stay in the database); a column one part lacks is NULL there.
@cache
def _steps_of(dialect: str):
    steps = [step for step, _, _ in _STEPS]

    def none(column):
        return type_coerce(null(), column.type)

    submissions = select(
        literal("submission").label("part"), Submission.candidate_id.label("candidate_id"),
        Submission.step.label("step"), Submission.id.label("id"),
        Submission.started_at.label("started_at"),
        Submission.submitted_at.label("submitted_at"),
        Submission.final_score.label("final_score"), Submission.rubric_id.label("rubric_id"),
        Submission.needs_reconciliation.label("needs_reconciliation"),
        none(Invitation.expires_at).label("expires_at"),
        none(Invitation.revoked_at).label("revoked_at"),
        none(Invitation.first_used_at).label("first_used_at"),
    ).where(among_parameter(Submission.candidate_id, "ids", dialect),
            Submission.step.in_(steps))
    invitations = select(
        literal("invitation"), Invitation.candidate_id, Invitation.step, Invitation.id,
        none(Submission.started_at), none(Submission.submitted_at),
        none(Submission.final_score), none(Submission.rubric_id),
        none(Submission.needs_reconciliation), Invitation.expires_at, Invitation.revoked_at,
        Invitation.first_used_at,
    ).where(among_parameter(Invitation.candidate_id, "ids", dialect),
            Invitation.step.in_(steps))
    both = union_all(submissions, invitations).subquery("steps")
    return select(both).order_by(both.c.part, both.c.id)


def _threshold(rubric_id: str | None) -> float | None:
    if not rubric_id:
        return None
    try:
        return get_rubric(rubric_id).pass_threshold
    except Exception:  # an unknown or retired rubric: draw no line rather than fail the page
        return None


def _step_results(step: str, label: str, short_label: str, candidates: Sequence[Candidate],
                  hidden: blind.Withheld, submissions: dict, invitations: dict
                  ) -> dict[int, StepResult]:
    now = utcnow()
    results = {}
    for c in candidates:
        submission, invitation = submissions.get((c.id, step)), invitations.get((c.id, step))
        result = short = evidence = None
        if submission is not None and submission.submitted_at is not None:
            evidence = ("Read the submission and its reviews",
                        url_for("assessments.review", submission_id=submission.id))
            if hidden.hides_submission(submission.id):
                status = "Handed in; scores hidden until your own review is in"
            elif submission.final_score is not None:
                score, threshold = float(submission.final_score), _threshold(submission.rubric_id)
                status = "Reviewed"
                result = f"{number(score)} of 100"
                short = number(score)
                if threshold is not None:
                    passes = score >= threshold
                    result += (f", {'at or above' if passes else 'below'} the pass mark of "
                               f"{number(threshold)}")
                    short += ", passes" if passes else ", below the mark"
            elif submission.needs_reconciliation:
                status = "Reviewers disagree: to reconcile"
            else:
                status = f"Handed in {date_text(submission.submitted_at)}, waiting for review"
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
        results[c.id] = StepResult(step, label, short_label, status, result, short, evidence,
                                   started=True)
    return results


_EXERCISE_NAMES = {"writing": "writing test", "research": "research exercise"}


def check_screen_out_reason(candidate: Candidate, reason: str) -> None:
    """An exercise "below the bar" must have been handed in, reviewed and scored below it."""
    if reason not in _EXERCISE_NAMES:
        return
    name = _EXERCISE_NAMES[reason]
    submission = db.session.scalar(select(Submission).where(
        Submission.candidate_id == candidate.id, Submission.step == reason))
    if submission is None or not submission.is_submitted:
        raise HiringError(
            f"{candidate.name} has not handed in the {name}, so it cannot be below the bar. "
            "Choose 'Did not complete a step in time' if their time ran out, or another "
            "reason.")
    if submission.final_score is None:
        raise HiringError(f"{candidate.name}'s {name} has not been reviewed yet; screen out "
                          "on it once its score is in.")
    try:
        passed = get_rubric(submission.rubric_id).passes(submission.final_score)
    except RubricError:
        return  # the rubric is gone: the score alone cannot be judged, so trust the manager
    if passed:
        raise HiringError(f"{candidate.name}'s {name} scored {submission.final_score:g}, "
                          "which meets the pass mark; choose another reason and explain it.")


def step_progress(candidate: Candidate) -> tuple[dict[str, int], dict[str, Submission]]:
    """Per timed step, its time limit in minutes and the candidate's submission."""
    limits = {setup.step: setup.prompt.time_limit_minutes for setup in db.session.scalars(
        select(StepSetup).where(StepSetup.position_id == candidate.position_id))
        if setup.prompt is not None}
    submissions = {s.step: s for s in db.session.scalars(
        select(Submission).where(Submission.candidate_id == candidate.id))}
    return limits, submissions


def still_to_score_parts() -> list:
    """Submissions given to the user (`user_id`), not reviewed by them, and still open for a
    review (one that already has its reviewers cannot take theirs, so there is nothing to
    protect), as (field, id, candidate id, step) rows for `hiring.blind.withheld`."""
    user_id = bindparam("user_id")
    reviewed_by_them = select(Review.submission_id).where(Review.reviewer_id == user_id)
    reviews = select(func.count(Review.id)).where(
        Review.submission_id == Submission.id).scalar_subquery()
    return [select(literal("submissions"), Submission.id, Submission.candidate_id,
                   Submission.step)
            .join(ReviewAssignment, ReviewAssignment.submission_id == Submission.id)
            .where(ReviewAssignment.user_id == user_id, Submission.id.not_in(reviewed_by_them),
                   reviews < MAX_REVIEWERS)]
