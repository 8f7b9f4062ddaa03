"""Two to five candidates side by side: step scores, every rubric criterion, every interview
question, each cell with its evidence (reviewers' comments, interviewers' notes)."""

from __future__ import annotations

import importlib
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from hiring import blind
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.positions.models import Position
from hiring.reports.scores import STEP_LABELS

MIN_CANDIDATES, MAX_CANDIDATES = 2, 5


@dataclass
class Cell:
    value: float | None = None
    evidence: list[str] = field(default_factory=list)


@dataclass
class Row:
    group: str
    label: str
    cells: dict[int, Cell] = field(default_factory=dict)


@dataclass
class Comparison:
    candidates: list[Candidate]
    rows: list[Row]


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def compare(position: Position, candidate_ids: list[int],
            hidden: blind.Withheld = blind.NOTHING) -> Comparison:
    """The comparison table for the chosen candidates of one position, without the scores
    the viewer may not see yet (`hidden`)."""
    ids = list(dict.fromkeys(candidate_ids))
    if not MIN_CANDIDATES <= len(ids) <= MAX_CANDIDATES:
        raise HiringError(f"Choose between {MIN_CANDIDATES} and {MAX_CANDIDATES} candidates.")
    candidates = db.session.scalars(
        select(Candidate).where(Candidate.id.in_(ids), Candidate.position_id == position.id)
    ).all()
    if len(candidates) != len(ids):
        raise HiringError("Choose candidates of this position only.")
    order = {cid: i for i, cid in enumerate(ids)}
    candidates = sorted(candidates, key=lambda c: order[c.id])
    rows: dict[tuple[str, str], Row] = {}

    def cell(group: str, label: str, cid: int) -> Cell:
        row = rows.setdefault((group, label), Row(group, label))
        return row.cells.setdefault(cid, Cell())

    _assessment_rows(ids, cell, hidden)
    _preference_rows(ids, cell)
    _interview_rows(ids, cell, hidden)
    return Comparison(candidates, list(rows.values()))


def _assessment_rows(ids: list[int], cell, hidden: blind.Withheld) -> None:
    models = _module("hiring.assessments.models")
    submission = getattr(models, "Submission", None)
    review = getattr(models, "Review", None)
    if submission is None or review is None:
        return
    for sub in db.session.scalars(
        select(submission).where(submission.candidate_id.in_(ids)).order_by(submission.step)
    ):
        step = STEP_LABELS.get(sub.step, sub.step)
        if hidden.hides_submission(sub.id):
            continue
        if sub.final_score is not None:
            cell(step, "Final score (of 100)", sub.candidate_id).value = sub.final_score
    ratings: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    comments: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for rev, step in db.session.execute(
        select(review, submission.step)
        .join(submission, submission.id == review.submission_id)
        .where(review.candidate_id.in_(ids))
    ):
        if hidden.hides_submission(rev.submission_id):
            continue
        for key, points in (rev.ratings or {}).items():
            ratings[(rev.candidate_id, step, key)].append(points)
            note = (rev.comments or {}).get(key)
            if note:
                comments[(rev.candidate_id, step, key)].append(note)
    for (cid, step, key), points in sorted(ratings.items()):
        c = cell(STEP_LABELS.get(step, step), key.replace("_", " ").capitalize(), cid)
        c.value = statistics.fmean(points)
        c.evidence = comments[(cid, step, key)]


def _preference_rows(ids: list[int], cell) -> None:
    services = _module("hiring.suitability.services")
    if services is None:
        return
    for label, cid, value, evidence in services.comparison_cells(ids):
        c = cell(services.REPORT_LABEL, label, cid)
        c.value, c.evidence = value, evidence


def _interview_rows(ids: list[int], cell, hidden: blind.Withheld) -> None:
    models = _module("hiring.interviews.models")
    rating = getattr(models, "Rating", None)
    asked = getattr(models, "AskedQuestion", None)
    scorecard = getattr(models, "Scorecard", None)
    if rating is None or asked is None or scorecard is None:
        return
    points: dict[tuple[int, str], list[int]] = defaultdict(list)
    notes: dict[tuple[int, str], list[str]] = defaultdict(list)
    for r, text, interview_id in db.session.execute(
        select(rating, asked.text, scorecard.interview_id)
        .join(asked, asked.id == rating.asked_question_id)
        .join(scorecard, scorecard.id == rating.scorecard_id)
        .where(rating.candidate_id.in_(ids), scorecard.submitted_at.is_not(None),
               asked.kind == "question")
        .order_by(asked.sort_order)
    ):
        if hidden.hides_interview(interview_id):
            continue
        if r.points is not None:
            points[(r.candidate_id, text)].append(r.points)
        if r.notes:
            notes[(r.candidate_id, text)].append(r.notes)
    for (cid, text), ps in points.items():
        c = cell("Structured interview", text, cid)
        c.value = statistics.fmean(ps)
        c.evidence = notes[(cid, text)]
