"""Scores from the assessment and interview packages, read for reports.

Each source is optional: a package that is not installed, or has no rows yet, simply gives
nothing, and the pages say "no scores yet" for that step.
"""

from __future__ import annotations

import importlib
import statistics
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, func, literal, null, select, union_all

from hiring import blind
from hiring.assessments.models import Review, Submission
from hiring.auth.models import User
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.interviews.models import PanelMember, Scorecard

STEP_LABELS = {"writing": "Writing test", "research": "Research exercise",
               "preferences": "Work-preference suitability",
               "interview": "Structured interview", "presentation": "Final presentation"}


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _rows(query, params: dict | None = None) -> list:
    """The rows of a query of plain columns, read through the session's connection: the
    thousands of score rows of a busy position without the ORM's work on each row (pending
    changes are flushed first, as the session's own execute would)."""
    if db.session.autoflush:
        db.session.flush()
    return db.session.connection().execute(query, params).all()


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


def _bound_scope(one_candidate: bool, hires_only: bool) -> list:
    """_scope for a statement built once: the position and candidate come as parameters
    (`position_id`, `candidate_id`) when it runs."""
    where = [Candidate.position_id == bindparam("position_id")]
    if one_candidate:
        where.append(Candidate.id == bindparam("candidate_id"))
    if hires_only:
        where.append(Candidate.stage.in_(HIRED))
    return where


# The score statements are built once per shape (a position, one candidate, its hires) and
# run with the ids as parameters: building and keying a statement costs more Python time than
# the database takes to answer it, on every dashboard view.
@cache
def _handed_in_scores_query(one_candidate: bool, hires_only: bool):
    """Submissions' final scores and questionnaires' suitability in one statement, as rows
    of (submission id, candidate id, step, score, rubric id); a questionnaire's row has
    no submission id and no rubric."""
    parts = [part for part in (_submission_scores_part(one_candidate, hires_only),
                               _preference_scores_part(one_candidate, hires_only))
             if part is not None]
    if len(parts) < 2:
        return parts[0] if parts else None
    return union_all(*parts)


def _submission_scores_part(one_candidate: bool, hires_only: bool):
    submission = getattr(_module("hiring.assessments.models"), "Submission", None)
    if submission is None:
        return None
    return (select(submission.id, submission.candidate_id, submission.step,
                   submission.final_score, submission.rubric_id)
            .join(Candidate, Candidate.id == submission.candidate_id)
            .where(*_bound_scope(one_candidate, hires_only),
                   submission.final_score.is_not(None)))


def _preference_scores_part(one_candidate: bool, hires_only: bool):
    """Suitability 0-100 from handed-in work-preference questionnaires."""
    response = getattr(_module("hiring.suitability.models"), "PreferenceResponse", None)
    if response is None:
        return None
    return (select(null(), response.candidate_id, literal("preferences"), response.suitability,
                   null())
            .join(Candidate, Candidate.id == response.candidate_id)
            .where(*_bound_scope(one_candidate, hires_only),
                   response.suitability.is_not(None)))


def _params(position_id: int, candidate_id: int | None) -> dict:
    return {"position_id": position_id, "candidate_id": candidate_id}


def step_scores(position_id: int, candidate_id: int | None = None,
                hires_only: bool = False, hidden: blind.Withheld = blind.NOTHING,
                completed_panels_only: bool = False,
                interview: dict[int, dict[int, float]] | None = None) -> list[StepScores]:
    """Final score per candidate (or for one candidate) for each step that has any, with its
    pass threshold; without what the viewer still has to score (`hidden`), and, with
    `completed_panels_only`, without interviews whose panel has not all submitted.
    `interview`: interview_scores() of the same scope, when the caller has read them."""
    found: list[StepScores] = []
    query = _handed_in_scores_query(candidate_id is not None, hires_only)
    rows = _rows(query, _params(position_id, candidate_id)) if query is not None else []
    by_step: dict[str, dict[int, float]] = defaultdict(dict)
    rubric_of: dict[str, str] = {}
    preferences: dict[int, float] = {}
    for submission_id, cid, step, score, rubric_id in rows:
        if submission_id is None:  # a questionnaire's suitability
            preferences[cid] = float(score)
        elif not hidden.hides_submission(submission_id):
            by_step[step][cid] = float(score)
            rubric_of[step] = rubric_id
    for step in ("writing", "research"):
        if by_step.get(step):
            found.append(StepScores(step, STEP_LABELS[step], by_step[step], 0, 100, 10,
                                    _threshold(rubric_of.get(step)), "points of 100"))
    if preferences:
        found.append(StepScores("preferences", STEP_LABELS["preferences"], preferences, 0, 100,
                                10, None, "suitability of 100"))
    if interview is None:  # not already read by the caller (interview_scores, same scope)
        interview = interview_scores(position_id, candidate_id, hires_only, hidden,
                                     completed_panels_only)
    if interview:
        means = {cid: statistics.fmean(by_person.values()) for cid, by_person in interview.items()}
        top = max(max(means.values()), 5)
        found.append(StepScores("interview", STEP_LABELS["interview"], means, 1, float(top), 0.5,
                                None, "mean points per question"))
    presentation = presentation_scores(position_id, candidate_id, hires_only)
    if presentation:
        found.append(StepScores("presentation", STEP_LABELS["presentation"], presentation[0],
                                0, 100, 10, presentation[1], "points of 100"))
    return found


def presentation_scores(position_id: int, candidate_id: int | None = None,
                        hires_only: bool = False) -> tuple[dict[int, float], float | None] | None:
    """The panel's combined final-presentation score per candidate, and the rubric's pass mark."""
    presentations = _module("hiring.presentations.services")
    if presentations is None:
        return None
    if candidate_id is None and not hires_only:
        found = presentations.scores(position_id=position_id)
    else:
        found = presentations.scores(db.session.scalars(select(Candidate.id).where(
            *_scope(position_id, candidate_id, hires_only))).all())
    if not found:
        return None
    return found, _threshold(presentations.rubric_id_of_position(position_id))


def interview_scores(
    position_id: int, candidate_id: int | None = None, hires_only: bool = False,
    hidden: blind.Withheld = blind.NOTHING, completed_panels_only: bool = False,
) -> dict[int, dict[int, float]]:
    """{candidate id: {interviewer id: mean points over the questions they rated}}."""
    query = _interview_scores_query(candidate_id is not None, hires_only)
    if query is None:
        return {}
    rows = _rows(query, _params(position_id, candidate_id))
    complete = _complete_panels({row[0] for row in rows}) if completed_panels_only else None
    # {candidate: {interviewer: [points, ratings]}} over every interview they rated.
    totals: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for interview_id, cid, interviewer, points, count in rows:
        if hidden.hides_interview(interview_id) or (
                complete is not None and interview_id not in complete):
            continue
        total = totals[cid][interviewer]
        total[0] += int(points)
        total[1] += count
    return {cid: {i: points / count for i, (points, count) in by.items()}
            for cid, by in totals.items()}


@cache
def _interview_scores_query(one_candidate: bool, hires_only: bool):
    interviews = _module("hiring.interviews.models")
    scorecard = getattr(interviews, "Scorecard", None)
    rating = getattr(interviews, "Rating", None)
    if scorecard is None or rating is None:
        return None
    asked = getattr(interviews, "AskedQuestion", None)
    interview = getattr(interviews, "Interview", None)
    # Summed per scorecard by the database: a row per scorecard, not per rating. Reached
    # from the position's interviews (an interview is on its candidate's position), not by
    # a pass over every scorecard there is.
    return (select(scorecard.interview_id, scorecard.candidate_id, scorecard.interviewer_id,
                   func.sum(rating.points), func.count(rating.points))
            .select_from(interview)
            .join(scorecard, scorecard.interview_id == interview.id)
            .join(rating, rating.scorecard_id == scorecard.id)
            .join(asked, asked.id == rating.asked_question_id)
            .join(Candidate, Candidate.id == scorecard.candidate_id)
            # Interview questions only: a presentation's criteria are on their own scale.
            .where(*_bound_scope(one_candidate, hires_only), asked.kind == "question",
                   interview.position_id == bindparam("position_id"),
                   scorecard.submitted_at.is_not(None), rating.points.is_not(None))
            .group_by(scorecard.interview_id, scorecard.candidate_id,
                      scorecard.interviewer_id))


def _complete_panels(interview_ids: set[int]) -> set[int]:
    """Those of `interview_ids` where every panelist has submitted a scorecard."""
    if not interview_ids:
        return set()
    seats = set(db.session.execute(select(PanelMember.interview_id, PanelMember.user_id).where(
        PanelMember.interview_id.in_(interview_ids))).tuples())
    done = set(db.session.execute(select(Scorecard.interview_id, Scorecard.interviewer_id).where(
        Scorecard.interview_id.in_(interview_ids), Scorecard.submitted_at.is_not(None)))
        .tuples())
    return set(interview_ids) - {interview_id for interview_id, _ in seats - done}


def criterion_rows(position_id: int, hires_only: bool = False,
                   hidden: blind.Withheld = blind.NOTHING) -> list[tuple[int, str, float]]:
    """(candidate id, 'step: criterion', mean points) from reviewers' ratings, for validity."""
    assessments = _module("hiring.assessments.models")
    review = getattr(assessments, "Review", None)
    submission = getattr(assessments, "Submission", None)
    if review is None or submission is None:
        return []
    rows = _rows(
        select(review.submission_id, review.candidate_id, submission.step, review.ratings,
               review.rubric_id)
        .join(submission, submission.id == review.submission_id)
        .join(Candidate, Candidate.id == review.candidate_id)
        .where(*_scope(position_id, None, hires_only)))
    ratings: dict[tuple[int, str], list[float]] = defaultdict(list)
    labels: dict[tuple[str, str | None, str], str] = {}  # a few criteria, thousands of ratings
    for submission_id, cid, step, given, rubric_id in rows:
        if hidden.hides_submission(submission_id):
            continue
        for key, points in (given or {}).items():
            if isinstance(points, int | float):
                label = labels.get((step, rubric_id, key))
                if label is None:
                    label = labels[step, rubric_id, key] = \
                        f"{STEP_LABELS.get(step, step)}: {_criterion_label(rubric_id, key)}"
                ratings[(cid, label)].append(float(points))
    return [(cid, key, statistics.fmean(ps)) for (cid, key), ps in ratings.items()]


def _criterion_label(rubric_id: str | None, key: str) -> str:
    """The rubric's label for a criterion key; the key in words for a retired rubric."""
    rubrics = _module("hiring.rubrics")
    try:
        return rubrics.get_rubric(rubric_id).criterion(key).label
    except Exception:  # an unknown or retired rubric or criterion: still say something readable
        return key.replace("_", " ").capitalize()


def validity_rows(position_id: int, hidden: blind.Withheld = blind.NOTHING
                  ) -> list[tuple[int, str, float]]:
    """Every score of the position's hires that could predict outcomes: steps, criteria and
    each interviewer (only hires have outcomes to predict)."""
    rows: list[tuple[int, str, float]] = []
    # Read once: the interview step's means and each interviewer's come from the same rows.
    by_interviewer = interview_scores(position_id, hires_only=True, hidden=hidden)
    for step in step_scores(position_id, hires_only=True, hidden=hidden,
                            interview=by_interviewer):
        rows += [(cid, step.label, score) for cid, score in step.scores.items()]
    rows += criterion_rows(position_id, hires_only=True, hidden=hidden)
    names = _interviewer_names()
    for cid, by in by_interviewer.items():
        rows += [(cid, f"Interviewer: {names.get(i, i)}", s) for i, s in by.items()]
    return rows


def _interviewer_names() -> dict[int, str]:
    return dict(db.session.execute(select(User.id, User.name)).all())


@dataclass(frozen=True)
class SuggestionAgreement:
    """One step's rubric, with each criterion's suggestion-reviewer and reviewer-reviewer
    agreement (hiring.assessments.review.CriterionAgreement)."""

    step: str
    label: str
    rubric_title: str
    criteria: list


def suggestion_agreement(position_id: int, hidden: blind.Withheld = blind.NOTHING
                         ) -> list[SuggestionAgreement]:
    """Per step and rubric of the position's reviewed work: how far reviewers agreed with the
    automated suggestions, and with each other, criterion by criterion."""
    review_module = _module("hiring.assessments.review")
    rubrics = _module("hiring.rubrics")
    if review_module is None or rubrics is None:
        return []
    # A subquery, not ten thousand ids sent back as parameters.
    candidate_ids = select(Candidate.id).where(Candidate.position_id == position_id)
    # Each step and rubric used, with its newest review and count: what the kept agreement
    # tables are checked against, read in the same pass over the position's reviews.
    used = db.session.execute(
        select(Submission.step, Review.rubric_id, func.max(Review.id), func.count(Review.id))
        .join(Review, Review.submission_id == Submission.id)
        .where(Review.candidate_id.in_(candidate_ids))
        .group_by(Submission.step, Review.rubric_id)).all()
    newest: dict[str, tuple[int, int]] = {}
    for _, rubric_id, top, count in used:
        before = newest.get(rubric_id, (0, 0))
        newest[rubric_id] = (max(before[0], top), before[1] + count)
    order = list(STEP_LABELS)
    found = []
    for step, rubric_id, _, _ in sorted(used, key=lambda row: (
            order.index(row[0]) if row[0] in order else len(order), row[1])):
        try:
            rubric = rubrics.get_rubric(rubric_id)
        except rubrics.RubricError:
            continue  # a retired rubric: its criteria cannot be named or their levels known
        agreement = review_module.rubric_agreement(rubric, position_id=position_id,
                                                   hidden=hidden, newest=newest[rubric_id])
        found.append(SuggestionAgreement(
            step, STEP_LABELS.get(step, step), rubric.title, list(agreement.values())))
    return found
