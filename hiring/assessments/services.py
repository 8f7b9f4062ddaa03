"""Timed submissions (start, autosave, submit), context events, prompts and blind reviews.
The analysis of a handed-in text is in `analysing`; review scoring in `review`."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import joinedload, selectinload

from hiring.assessments.analysing import MAX_TEXT, Analysed, StaleAnalysis, analysis_input
from hiring.assessments.models import (
    GRACE_SECONDS,
    MAX_REVIEWERS,
    UNTIMED_MINUTES,
    Prompt,
    Review,
    ReviewAssignment,
    StepSetup,
    Submission,
    SubmissionEvent,
)
from hiring.assessments.prompt_files import PromptSpec
from hiring.audit import record
from hiring.auth.models import User
from hiring.candidates import notices
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.pagination import Page, paginate
from hiring.positions.services import rubric_id_for

EVENT_KINDS = ("paste", "leave", "return")


def seed_prompts(specs: dict[str, PromptSpec]) -> int:
    """Add the shipped prompts that the library does not have yet; returns how many."""
    existing = set(db.session.scalars(select(Prompt.slug)))
    added = 0
    for spec in specs.values():
        if spec.id in existing:
            continue
        db.session.add(Prompt(
            slug=spec.id, title=spec.title, reader=spec.reader, situation=spec.situation,
            goal=spec.goal, instructions=spec.instructions, word_min=spec.word_min,
            word_max=spec.word_max, time_limit_minutes=spec.time_limit_minutes,
            is_email=spec.is_email, allowed_words=list(spec.allowed_words)))
        added += 1
    db.session.flush()
    return added


def offered_prompt(position_id: int, step: str) -> Prompt | None:
    """The prompt a position offers for a step: its choice, else the first active one."""
    setup = db.session.scalar(
        select(StepSetup).where(StepSetup.position_id == position_id, StepSetup.step == step))
    prompt = setup.prompt if setup and setup.prompt and setup.prompt.active else None
    if prompt is None:
        prompt = db.session.scalar(
            select(Prompt).where(Prompt.step == step, Prompt.active).order_by(Prompt.id))
    return prompt


def setup_for(position_id: int, step: str) -> tuple[Prompt, str]:
    """The prompt (the position's choice, else the first active one) and the rubric id the
    position chose for a step."""
    prompt = offered_prompt(position_id, step)
    if prompt is None:
        raise HiringError("No prompt is set up for this step yet. Please contact the company.")
    return prompt, rubric_id_for(position_id, step)


def save_prompt(prompt: Prompt | None, fields: dict, actor) -> Prompt:
    """Add a prompt to the library or change one; submissions already started keep their
    time limit and their stored analysis."""
    if fields["word_max"] < fields["word_min"]:
        raise HiringError("The most words must be at least the fewest words.")
    if prompt is None:
        base = "-".join(fields["title"].lower().split())[:60] or "prompt"
        slug, n = base, 1
        while db.session.scalar(select(Prompt.id).where(Prompt.slug == slug)) is not None:
            n += 1
            slug = f"{base}-{n}"
        prompt = Prompt(slug=slug)
        db.session.add(prompt)
    for key, value in fields.items():
        setattr(prompt, key, value)
    db.session.flush()
    record(actor, "prompt.saved", "prompt", prompt.id,
           after={"step": prompt.step, "active": prompt.active,
                  "time_limit_minutes": prompt.time_limit_minutes})
    return prompt


def prompt_choices(step: str) -> list[Prompt]:
    """Active prompts of a step, by title."""
    return list(db.session.scalars(select(Prompt).where(
        Prompt.step == step, Prompt.active).order_by(Prompt.title)))


def is_timed(position_id: int, step: str) -> bool:
    """Whether the position runs this step against the clock (the default)."""
    timed = db.session.scalar(select(StepSetup.timed).where(
        StepSetup.position_id == position_id, StepSetup.step == step))
    return True if timed is None else timed


def choose_prompt(position_id: int, step: str, prompt: Prompt,
                  timed: bool = True) -> StepSetup:
    """Record which prompt a position uses for a step (the rubric is the position's choice)."""
    if prompt.step != step or not prompt.active:
        raise HiringError(f"'{prompt.title}' is not an active prompt for this step.")
    setup = db.session.scalar(
        select(StepSetup).where(StepSetup.position_id == position_id, StepSetup.step == step))
    if setup is None:
        setup = StepSetup(position_id=position_id, step=step)
        db.session.add(setup)
    setup.prompt_id, setup.timed = prompt.id, timed
    db.session.flush()
    return setup


def existing_submission(candidate, step: str) -> Submission | None:
    """The candidate's submission for a step, if there is one yet (with its prompt, which
    the test page shows, in the same statement)."""
    return db.session.scalar(_existing_submission_query(),
                             {"candidate_id": candidate.id, "step": step})


@cache
def _existing_submission_query():
    """Built once: the test page asks it on every view."""
    return (select(Submission).where(Submission.candidate_id == bindparam("candidate_id"),
                                     Submission.step == bindparam("step"))
            .options(joinedload(Submission.prompt)))


def submission_for(candidate, step: str) -> Submission:
    """The candidate's submission for a step, created (not started) on first visit."""
    submission = existing_submission(candidate, step)
    if submission is None:
        prompt, rubric_id = setup_for(candidate.position_id, step)
        timed = is_timed(candidate.position_id, step)
        submission = Submission(
            candidate_id=candidate.id, step=step, prompt_id=prompt.id, rubric_id=rubric_id,
            time_limit_minutes=prompt.time_limit_minutes if timed else UNTIMED_MINUTES,
            timed=timed, code=_new_code(step))
        db.session.add(submission)
        db.session.flush()
    return submission


def _touch_candidate(candidate_id: int, now: datetime) -> None:
    """Starting and handing in are activity: retention counts from the latest."""
    db.session.execute(update(Candidate).where(Candidate.id == candidate_id)
                       .values(last_activity_at=now).execution_options(synchronize_session=False))


def _new_code(step: str) -> str:
    """A neutral code for blind review: random, so it says nothing of order or person, and
    long enough (40 bits) that codes do not collide at any realistic volume; checked anyway."""
    prefix = "R" if step == "research" else "W"
    while True:
        code = f"{prefix}-{secrets.token_hex(5).upper()}"
        if db.session.scalar(select(Submission.id).where(Submission.code == code)) is None:
            return code


def begin(submission: Submission, now: datetime) -> Submission:
    """Start the server-side clock; a second Begin (another tab, a reload) changes nothing."""
    if submission.started_at is None:
        submission.started_at = now
        _touch_candidate(submission.candidate_id, now)
        submission.deadline_at = now + timedelta(minutes=submission.time_limit_minutes)
        submission.closes_at = submission.deadline_at + timedelta(seconds=GRACE_SECONDS)
        db.session.flush()
    return submission


def is_due(submission: Submission, now: datetime) -> bool:
    """Started, not handed in, and the grace period is over."""
    return not (submission.is_submitted or submission.closes_at is None
                or now <= submission.closes_at)


def close_if_due(submission: Submission, now: datetime,
                 analysed: Analysed | None = None) -> bool:
    """Submit the last saved text once the grace period is over; True if it did."""
    if not is_due(submission, now):
        return False
    submit(submission, now, how="deadline", analysed=analysed)
    return True


def overdue(step: str, now: datetime, limit: int | None = None) -> list[Submission]:
    """Started submissions of a step whose grace period is over, oldest first."""
    return list(db.session.scalars(select(Submission).where(
        Submission.step == step, Submission.submitted_at.is_(None),
        Submission.closes_at < now).order_by(Submission.closes_at).limit(limit)))


def close_overdue(step: str, now: datetime, limit: int | None = None) -> int:
    """Submit started submissions of a step whose grace period is over (at most `limit`).
    Analyses inside the caller's transaction: callers that write use close_analysed()."""
    return sum(close_if_due(s, now) for s in overdue(step, now, limit))


def close_analysed(analysed: list[Analysed], now: datetime) -> int:
    """Hand in overdue submissions whose analysis was made before the write began."""
    closed = 0
    for result in analysed:
        submission = db.session.get(Submission, result.submission_id)
        try:
            closed += submission is not None and close_if_due(submission, now, result)
        except StaleAnalysis:
            continue  # saved again since: the next visit or cron run hands it in
    return closed


def active_staff() -> list[User]:
    """Staff who can still sign in, by name: who may be given work to review."""
    return list(db.session.scalars(select(User).where(User.active).order_by(User.name)))


def staff_member(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def prompt_library() -> list[Prompt]:
    """Every prompt, by step and title."""
    return list(db.session.scalars(select(Prompt).order_by(Prompt.step, Prompt.title)))


def may_review(submission: Submission, user) -> bool:
    """Managers and admins review anything; interviewers only what they were given."""
    if user.has_role("manager"):
        return True
    return db.session.scalar(select(ReviewAssignment.id).where(
        ReviewAssignment.submission_id == submission.id,
        ReviewAssignment.user_id == user.id)) is not None


def assigned_reviewers(submission: Submission) -> list[ReviewAssignment]:
    return list(db.session.scalars(select(ReviewAssignment).where(
        ReviewAssignment.submission_id == submission.id).order_by(ReviewAssignment.id)))


def assign_reviewer(submission: Submission, user, actor) -> ReviewAssignment:
    """Give a submission to a reviewer (at most two per submission)."""
    if user is None or not user.is_active:
        raise HiringError("Choose an active staff member to review this work.")
    current = assigned_reviewers(submission)
    if any(a.user_id == user.id for a in current):
        raise HiringError(f"{user.name} already reviews this submission.")
    if len(current) >= MAX_REVIEWERS:
        raise HiringError("This submission already has two reviewers; remove one first.")
    assignment = ReviewAssignment(submission_id=submission.id, user_id=user.id,
                                  candidate_id=submission.candidate_id,
                                  assigned_by_id=getattr(actor, "id", None))
    db.session.add(assignment)
    db.session.flush()
    record(actor, "review.assigned", "submission", submission.id,
           candidate_id=submission.candidate_id, after={"reviewer_id": user.id})
    return assignment


def unassign_reviewer(submission: Submission, user_id: int, actor) -> None:
    assignment = db.session.scalar(select(ReviewAssignment).where(
        ReviewAssignment.submission_id == submission.id, ReviewAssignment.user_id == user_id))
    if assignment is None:
        raise HiringError("That person does not review this submission.")
    db.session.delete(assignment)
    record(actor, "review.unassigned", "submission", submission.id,
           candidate_id=submission.candidate_id, before={"reviewer_id": user_id})


# The queue counts its work up to this many submissions ("more than 1,000" beyond): a count
# of every handed-in submission would read them all.
QUEUE_COUNTED = 1_000
QUEUE_FILTERS = {
    "todo": "Waiting for your review",
    "mine": "Reviewed by you",
    "reconcile": "Reviewers disagree",
    "all": "Everything handed in",
}
def review_queue(reviewer_id: int, show: str, page: int | None,
                 assigned_only: bool = False) -> Page:
    """One page of handed-in work, oldest first, filtered for this reviewer (and, for an
    interviewer, limited to the work given to them)."""
    mine = select(Review.id).where(Review.submission_id == Submission.id,
                                   Review.reviewer_id == reviewer_id).exists()
    query = select(Submission).where(Submission.submitted_at.is_not(None))
    if assigned_only:
        query = query.where(select(ReviewAssignment.id).where(
            ReviewAssignment.submission_id == Submission.id,
            ReviewAssignment.user_id == reviewer_id).exists())
    if show == "todo":
        # Waiting for this reviewer: not reviewed by them, and fewer than two reviews so far.
        reviews = select(func.count(Review.id)).where(
            Review.submission_id == Submission.id).scalar_subquery()
        query = query.where(~mine, reviews < MAX_REVIEWERS)
    elif show == "mine":
        query = query.where(mine)
    elif show == "reconcile":
        query = query.where(Submission.needs_reconciliation.is_(True), mine)
    return paginate(query.order_by(Submission.submitted_at, Submission.id)
                    .options(selectinload(Submission.reviews)), page, count_limit=QUEUE_COUNTED)


def submit(submission: Submission, now: datetime, how: str = "candidate",
           analysed: Analysed | None = None) -> Submission:
    """Hand in the last saved text and store its analysis; submitting twice changes nothing.

    Views pass `analysed`, made before their write transaction began (an analysis takes up
    to seconds, and SQLite holds every other writer while a write transaction is open);
    StaleAnalysis says the text was saved again since, so analyse again."""
    db.session.flush()
    db.session.refresh(submission)  # autosave updated the row behind the ORM's back
    if submission.is_submitted:
        return submission
    if submission.started_at is None:
        raise HiringError("Press Begin first: the clock has not started.")
    if analysed is not None and (analysed.submission_id != submission.id
                                 or analysed.text != (submission.text or "")):
        raise StaleAnalysis()
    if how == "candidate" and now > submission.closes_at:
        how = "deadline"
    submission.submitted_at = min(now, submission.closes_at)
    _touch_candidate(submission.candidate_id, now)
    submission.submitted_how = how
    submission.analysis = (analysed.analysis if analysed is not None
                           else analysis_input(submission).run().analysis)
    db.session.flush()
    notices.step_received(db.session.get(Candidate, submission.candidate_id), submission.step)
    return submission


def record_event(submission: Submission, kind: str, size: int, now: datetime) -> SubmissionEvent:
    """Note a paste or a page-leave as context for reviewers."""
    if kind not in EVENT_KINDS:
        raise HiringError(f"Unknown event '{kind}'.")
    if submission.is_submitted or submission.started_at is None:
        raise HiringError("This step is not in progress.")
    event = SubmissionEvent(candidate_id=submission.candidate_id, submission_id=submission.id,
                            kind=kind, size=max(0, min(int(size), MAX_TEXT)), at=now)
    db.session.add(event)
    db.session.flush()
    return event


def review_of(submission: Submission, reviewer_id: int) -> Review | None:
    """This reviewer's own review of the submission, if submitted."""
    return next((r for r in submission.reviews if r.reviewer_id == reviewer_id), None)


def visible_reviews(submission: Submission, reviewer_id: int) -> list[Review]:
    """Blind review: others' ratings only once the reviewer's own are in."""
    if review_of(submission, reviewer_id) is None:
        return []
    return list(submission.reviews)
