"""The dashboard's way into the assessments: an interviewer's work to review, the
administrator's prompt library, and a manager's submissions to assign and candidates who
passed a step and wait for the next."""

from __future__ import annotations

from flask import current_app, url_for
from sqlalchemy import func, select

from hiring.assessments.models import Prompt, Review, ReviewAssignment, Submission
from hiring.assessments.services import review_queue
from hiring.candidates.dashboard import SHOWN as MANAGER_SHOWN
from hiring.candidates.dashboard import active
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.main.panels import Panel
from hiring.rubrics import get_rubric
from hiring.steps import STEP_LABELS

SHOWN = 5


def _work_to_review(user) -> Panel:
    waiting = review_queue(user.id, "todo", 1, assigned_only=True)
    items = [(f"{s.code}: {s.step} handed in {s.submitted_at:%-d %b %Y}",
              url_for("assessments.review", submission_id=s.id))
             for s in waiting.items[:SHOWN]]
    if waiting.total > SHOWN:
        items.append((f"and {waiting.total - SHOWN:,} more, oldest first",
                      url_for("assessments.queue")))
    return Panel(title="Work to review", items=items, order=10,
                 empty_text="Nothing is waiting for your review.",
                 action=("Review queue", url_for("assessments.queue")))


def to_assign() -> list[tuple[str, str]]:
    """Handed-in work with no reviewer asked and no review yet, oldest first."""
    rows = db.session.execute(
        select(Submission.id, Submission.step, Submission.submitted_at, Candidate.name)
        .join(Candidate, Candidate.id == Submission.candidate_id)
        .where(Submission.submitted_at.is_not(None), Submission.final_score.is_(None),
               active(),
               ~select(ReviewAssignment.id)
               .where(ReviewAssignment.submission_id == Submission.id).exists(),
               ~select(Review.id).where(Review.submission_id == Submission.id).exists())
        .order_by(Submission.submitted_at, Submission.id).limit(MANAGER_SHOWN)).all()
    return [(f"{name}: {STEP_LABELS.get(step, step).lower()} handed in {at:%d %b}; "
             "ask reviewers", url_for("assessments.review", submission_id=sid))
            for sid, step, at, name in rows]


def passed_and_waiting() -> list[tuple[str, str]]:
    """Candidates whose reviewed step passes its mark while they are still in that stage."""
    rows = db.session.execute(
        select(Submission.step, Submission.final_score, Submission.rubric_id, Candidate.id,
               Candidate.name)
        .join(Candidate, Candidate.id == Submission.candidate_id)
        .where(Submission.scored_in_stage, Submission.final_score.is_not(None),
               Candidate.stage == Submission.step)
        .order_by(Submission.submitted_at, Submission.id).limit(MANAGER_SHOWN * 5)).all()
    interviews = "interviews" in current_app.blueprints
    items = []
    for step, score, rubric_id, cid, name in rows:
        try:
            passes = get_rubric(rubric_id).passes(score)
        except Exception:  # a retired rubric: a person looks at the candidate page instead
            passes = False
        if not passes:
            continue
        if step == "research" and interviews:
            items.append((f"{name} passed the research exercise ({score:g}); schedule the "
                          "interview", url_for("interviews.schedule", candidate_id=cid)))
        else:
            items.append((f"{name} passed the {STEP_LABELS.get(step, step).lower()} "
                          f"({score:g}); invite to the next step",
                          url_for("candidates.detail", candidate_id=cid)))
    return items[:MANAGER_SHOWN]


def _manager_panels() -> list[Panel]:
    return [
        Panel("Submissions to assign", to_assign(), order=10,
              empty_text="Every handed-in submission has reviewers."),
        Panel("Ready for the next step", passed_and_waiting(), order=11,
              empty_text="Nobody who passed a step is waiting."),
    ]


def _prompt_library() -> Panel:
    offered = db.session.scalar(select(func.count(Prompt.id)).where(Prompt.active))
    return Panel(title="Exercise prompts",
                 items=[(f"{offered} prompt{'' if offered == 1 else 's'} offered to positions",
                         url_for("assessments.prompts"))],
                 order=80, action=("Add a prompt", url_for("assessments.edit_prompt")))


def panel(user) -> list[Panel] | None:
    if user.role == "interviewer":
        return [_work_to_review(user)]
    panels = _manager_panels() if user.has_role("manager") else []
    if user.role == "admin":
        panels.append(_prompt_library())
    return panels or None
