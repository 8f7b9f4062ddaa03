"""Scores from the assessment and interview packages, read for reports.

Each source is optional: a package that is not installed, or has no rows yet, simply gives
nothing, and the pages say "no scores yet" for that step.
"""

from __future__ import annotations

import importlib
import statistics
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from hiring.candidates.models import Candidate
from hiring.db import db

STEP_LABELS = {"writing": "Writing test", "research": "Research exercise",
               "preferences": "Work-preference suitability",
               "interview": "Structured interview"}


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


@dataclass(frozen=True)
class StepScores:
    step: str
    label: str
    scores: dict[int, float]  # candidate id -> score
    low: float
    high: float
    band: float
    threshold: float | None
    unit: str


def _threshold(rubric_id: str | None) -> float | None:
    rubrics = _module("hiring.rubrics")
    if rubrics is None or not rubric_id:
        return None
    try:
        return rubrics.get_rubric(rubric_id).pass_threshold
    except Exception:  # an unknown or retired rubric: draw no line rather than fail the page
        return None


HIRED = ("hired", "onboarding")


def _scope(position_id: int, candidate_id: int | None, hires_only: bool) -> list:
    """Which candidates a score query covers: a position, one candidate, or its hires."""
    where = [Candidate.position_id == position_id]
    if candidate_id is not None:
        where.append(Candidate.id == candidate_id)
    if hires_only:
        where.append(Candidate.stage.in_(HIRED))
    return where


def step_scores(position_id: int, candidate_id: int | None = None,
                hires_only: bool = False) -> list[StepScores]:
    """Final score per candidate (or for one candidate) for each step that has any, with its
    pass threshold."""
    found: list[StepScores] = []
    assessments = _module("hiring.assessments.models")
    submission = getattr(assessments, "Submission", None)
    if submission is not None:
        rows = db.session.execute(
            select(submission.candidate_id, submission.step, submission.final_score,
                   submission.rubric_id)
            .join(Candidate, Candidate.id == submission.candidate_id)
            .where(*_scope(position_id, candidate_id, hires_only),
                   submission.final_score.is_not(None))
        ).all()
        by_step: dict[str, dict[int, float]] = defaultdict(dict)
        rubric_of: dict[str, str] = {}
        for cid, step, score, rubric_id in rows:
            by_step[step][cid] = float(score)
            rubric_of[step] = rubric_id
        for step in ("writing", "research"):
            if by_step.get(step):
                found.append(StepScores(step, STEP_LABELS[step], by_step[step], 0, 100, 10,
                                        _threshold(rubric_of.get(step)), "points of 100"))
    preferences = preference_scores(position_id, candidate_id, hires_only)
    if preferences:
        found.append(StepScores("preferences", STEP_LABELS["preferences"], preferences, 0, 100,
                                10, None, "suitability of 100"))
    interview = interview_scores(position_id, candidate_id, hires_only)
    if interview:
        means = {cid: statistics.fmean(by_person.values()) for cid, by_person in interview.items()}
        top = max(max(means.values()), 5)
        found.append(StepScores("interview", STEP_LABELS["interview"], means, 1, float(top), 0.5,
                                None, "mean points per question"))
    return found


def preference_scores(position_id: int, candidate_id: int | None = None,
                      hires_only: bool = False) -> dict[int, float]:
    """{candidate id: suitability 0-100} from handed-in work-preference questionnaires."""
    models = _module("hiring.suitability.models")
    response = getattr(models, "PreferenceResponse", None)
    if response is None:
        return {}
    return {cid: float(score) for cid, score in db.session.execute(
        select(response.candidate_id, response.suitability)
        .join(Candidate, Candidate.id == response.candidate_id)
        .where(*_scope(position_id, candidate_id, hires_only),
               response.suitability.is_not(None)))}


def interview_scores(
    position_id: int, candidate_id: int | None = None, hires_only: bool = False
) -> dict[int, dict[int, float]]:
    """{candidate id: {interviewer id: mean points over the questions they rated}}."""
    interviews = _module("hiring.interviews.models")
    scorecard = getattr(interviews, "Scorecard", None)
    rating = getattr(interviews, "Rating", None)
    if scorecard is None or rating is None:
        return {}
    rows = db.session.execute(
        select(scorecard.candidate_id, scorecard.interviewer_id, rating.points)
        .join(rating, rating.scorecard_id == scorecard.id)
        .join(Candidate, Candidate.id == scorecard.candidate_id)
        .where(*_scope(position_id, candidate_id, hires_only),
               scorecard.submitted_at.is_not(None), rating.points.is_not(None))
    ).all()
    points: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for cid, interviewer, p in rows:
        points[cid][interviewer].append(p)
    return {cid: {i: statistics.fmean(ps) for i, ps in by.items()} for cid, by in points.items()}


def criterion_rows(position_id: int, hires_only: bool = False) -> list[tuple[int, str, float]]:
    """(candidate id, 'step: criterion', mean points) from reviewers' ratings, for validity."""
    assessments = _module("hiring.assessments.models")
    review = getattr(assessments, "Review", None)
    submission = getattr(assessments, "Submission", None)
    if review is None or submission is None:
        return []
    rows = db.session.execute(
        select(review.candidate_id, submission.step, review.ratings)
        .join(submission, submission.id == review.submission_id)
        .join(Candidate, Candidate.id == review.candidate_id)
        .where(*_scope(position_id, None, hires_only))
    ).all()
    ratings: dict[tuple[int, str], list[float]] = defaultdict(list)
    for cid, step, given in rows:
        for key, points in (given or {}).items():
            if isinstance(points, int | float):
                ratings[(cid, f"{STEP_LABELS.get(step, step)}: {key}")].append(float(points))
    return [(cid, key, statistics.fmean(ps)) for (cid, key), ps in ratings.items()]


def validity_rows(position_id: int) -> list[tuple[int, str, float]]:
    """Every score of the position's hires that could predict outcomes: steps, criteria and
    each interviewer (only hires have outcomes to predict)."""
    rows: list[tuple[int, str, float]] = []
    for step in step_scores(position_id, hires_only=True):
        rows += [(cid, step.label, score) for cid, score in step.scores.items()]
    rows += criterion_rows(position_id, hires_only=True)
    names = _interviewer_names()
    for cid, by in interview_scores(position_id, hires_only=True).items():
        rows += [(cid, f"Interviewer: {names.get(i, i)}", s) for i, s in by.items()]
    return rows


def _interviewer_names() -> dict[int, str]:
    from hiring.auth.models import User

    return dict(db.session.execute(select(User.id, User.name)).all())
