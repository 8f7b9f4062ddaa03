"""What waits for a hiring manager on the start page, each item a link to the page where it
is done.

Candidates waiting for a screening decision and unsent messages; submissions nobody was asked
to review, candidates who passed a step and wait for the next, interviews with scorecards
outstanding, decisions to record, and development plans to draft before the first interview.
The steps' packages are optional: what is not installed adds nothing.
"""

from __future__ import annotations

import importlib

from flask import url_for
from sqlalchemy import func, select

from hiring.candidates.models import Candidate, ScreenOutSuggestion
from hiring.db import db, utcnow
from hiring.mail.models import OutboxMessage
from hiring.main.panels import Panel
from hiring.rubrics import get_rubric
from hiring.steps import STEP_LABELS

SHOWN = 8
WAITING_STAGES = ("screened_out", "hired", "onboarding")


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _active():
    return Candidate.stage.not_in(WAITING_STAGES)


def to_assign() -> list[tuple[str, str]]:
    """Handed-in work with no reviewer asked and no review yet, oldest first."""
    models = _module("hiring.assessments.models")
    if models is None:
        return []
    sub, assignment, review = models.Submission, models.ReviewAssignment, models.Review
    rows = db.session.execute(
        select(sub.id, sub.step, sub.submitted_at, Candidate.name)
        .join(Candidate, Candidate.id == sub.candidate_id)
        .where(sub.submitted_at.is_not(None), sub.final_score.is_(None), _active(),
               ~select(assignment.id).where(assignment.submission_id == sub.id).exists(),
               ~select(review.id).where(review.submission_id == sub.id).exists())
        .order_by(sub.submitted_at, sub.id).limit(SHOWN)).all()
    return [(f"{name}: {STEP_LABELS.get(step, step).lower()} handed in {at:%d %b}; "
             "ask reviewers", url_for("assessments.review", submission_id=sid))
            for sid, step, at, name in rows]


def passed_and_waiting() -> list[tuple[str, str]]:
    """Candidates whose reviewed step passes its mark while they are still in that stage."""
    models = _module("hiring.assessments.models")
    if models is None:
        return []
    sub = models.Submission
    rows = db.session.execute(
        select(sub.step, sub.final_score, sub.rubric_id, Candidate.id, Candidate.name)
        .join(Candidate, Candidate.id == sub.candidate_id)
        .where(sub.final_score.is_not(None), Candidate.stage == sub.step)
        .order_by(sub.submitted_at, sub.id).limit(SHOWN * 5)).all()
    items = []
    for step, score, rubric_id, cid, name in rows:
        try:
            passes = get_rubric(rubric_id).passes(score)
        except Exception:  # a retired rubric: a person looks at the candidate page instead
            passes = False
        if not passes:
            continue
        if step == "research" and _module("hiring.interviews.views") is not None:
            items.append((f"{name} passed the research exercise ({score:g}); schedule the "
                          "interview", url_for("interviews.schedule", candidate_id=cid)))
        else:
            items.append((f"{name} passed the {STEP_LABELS.get(step, step).lower()} "
                          f"({score:g}); invite to the next step",
                          url_for("candidates.detail", candidate_id=cid)))
    return items[:SHOWN]


def _interviews_waiting(decided: bool):
    models = _module("hiring.interviews.models")
    if models is None:
        return None, []
    interview, member, card = models.Interview, models.PanelMember, models.Scorecard
    panel = select(func.count(member.id)).where(member.interview_id == interview.id) \
        .scalar_subquery()
    submitted = select(func.count(card.id)).where(
        card.interview_id == interview.id, card.submitted_at.is_not(None)).scalar_subquery()
    query = (select(interview.id, interview.scheduled_at, Candidate.name, panel, submitted)
             .join(Candidate, Candidate.id == interview.candidate_id)
             .where(interview.decision.is_(None), interview.scheduled_at <= utcnow(), _active())
             .order_by(interview.scheduled_at, interview.id).limit(SHOWN))
    query = query.where(submitted >= panel) if decided else query.where(submitted < panel)
    return models, db.session.execute(query).all()


def scorecards_outstanding() -> list[tuple[str, str]]:
    """Interviews held whose panel has not handed in every scorecard."""
    _, rows = _interviews_waiting(decided=False)
    return [(f"{name}: {done} of {panel} scorecards in (interview {at:%d %b})",
             url_for("interviews.detail", interview_id=iid))
            for iid, at, name, panel, done in rows]


def decisions_to_record() -> list[tuple[str, str]]:
    """Interviews with every scorecard in and no decision yet."""
    _, rows = _interviews_waiting(decided=True)
    return [(f"{name}: every scorecard is in; record the decision",
             url_for("interviews.debrief", interview_id=iid))
            for iid, at, name, panel, done in rows]


def plans_to_draft() -> list[tuple[str, str]]:
    """Candidates heading for the first interview with no development plan yet."""
    plans = _module("hiring.plans.models")
    if plans is None or _module("hiring.interviews.views") is None:
        return []
    plan = plans.DevelopmentPlan
    rows = db.session.execute(
        select(Candidate.id, Candidate.name).where(
            Candidate.stage.in_(("research", "interview")),
            ~select(plan.id).where(plan.candidate_id == Candidate.id).exists())
        .order_by(Candidate.last_activity_at.desc(), Candidate.id).limit(SHOWN)).all()
    return [(f"{name}: draft the development plan before the interview",
             url_for("interviews.schedule", candidate_id=cid)) for cid, name in rows]


def screening_panel() -> Panel:
    """Open gate suggestions, newest first, and unsent messages in the outbox."""
    rows = db.session.execute(
        select(ScreenOutSuggestion.step, Candidate.id, Candidate.name)
        .join(Candidate, Candidate.id == ScreenOutSuggestion.candidate_id)
        .where(ScreenOutSuggestion.resolved_at.is_(None))
        .order_by(ScreenOutSuggestion.id.desc()).limit(SHOWN)).all()
    items = [(f"{name}: a required knock-out not met" if step == "preferences"
              else f"{name}: {step} below the pass mark",
              url_for("candidates.detail", candidate_id=candidate_id))
             for step, candidate_id, name in rows]
    unsent = db.session.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.sent_at.is_(None)))
    action = (f"Outbox: {unsent} unsent", url_for("candidates.outbox")) if unsent else None
    return Panel("Screening decisions", items, empty_text="No gate is waiting for a decision.",
                 order=20, action=action)


def panel(user) -> list[Panel] | None:
    """One panel per kind of work waiting for a manager."""
    if not user.has_role("manager"):
        return None
    return [
        Panel("Submissions to assign", to_assign(), order=10,
              empty_text="Every handed-in submission has reviewers."),
        Panel("Ready for the next step", passed_and_waiting(), order=11,
              empty_text="Nobody who passed a step is waiting."),
        Panel("Scorecards outstanding", scorecards_outstanding(), order=12,
              empty_text="Every panel has handed in its scorecards."),
        Panel("Decisions to record", decisions_to_record(), order=13,
              empty_text="No decision is waiting."),
        Panel("Development plans to draft", plans_to_draft(), order=14,
              empty_text="Every candidate near an interview has a plan."),
        screening_panel(),
    ]
