"""Voluntary self-identification, and adverse impact at each step and of the automated
suggestions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from hiring.analysis import adverse_impact as ai
from hiring.assessments.models import Review, Submission
from hiring.audit import record
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.positions.models import Position
from hiring.reports import funnel as fn
from hiring.reports.models import SELF_ID_CHOICES, SELF_ID_FIELDS, SelfIdentification
from hiring.reports.scores import STEP_LABELS
from hiring.reports.services.pipeline import _people
from hiring.rubrics import RubricError, get_rubric
from hiring.suitability.services import eligibility_decisions


def self_identification_of(candidate: Candidate) -> SelfIdentification | None:
    """The candidate's own answers (for the candidate's form only)."""
    return db.session.scalar(
        select(SelfIdentification).where(SelfIdentification.candidate_id == candidate.id)
    )


def record_self_identification(candidate: Candidate, answers: dict[str, str | None]) -> None:
    """Store or replace a candidate's voluntary answers; blanks mean 'prefer not to say'."""
    clean: dict[str, str | None] = {}
    for field in SELF_ID_FIELDS:
        value = answers.get(field) or None
        allowed = {key for key, _ in SELF_ID_CHOICES[field]}
        if value is not None and value not in allowed:
            raise HiringError("Choose one of the listed answers, or 'Prefer not to say'.")
        clean[field] = value
    entry = self_identification_of(candidate)
    if entry is None:
        entry = SelfIdentification(candidate_id=candidate.id)
        db.session.add(entry)
    for field, value in clean.items():
        setattr(entry, field, value)
    entry.submitted_at = utcnow()
    # The audit log says that answers were given, never what they were.
    record("candidate", "reports.self_identified", "candidate", candidate.id,
           candidate_id=candidate.id)


DIMENSION_SETS = (
    ("sex",),
    ("race",),
    ("age_band",),
    ("disability",),
    ("veteran",),
    ("sex", "race"),
)


def _label(field: str, key: str) -> str:
    return dict(SELF_ID_CHOICES[field]).get(key, key)


def _identities(position: Position) -> dict[int, dict[str, str | None]]:
    """{candidate id: {field: label or None}} of those who answered the voluntary questions."""
    return {
        row.candidate_id: {
            field: (_label(field, getattr(row, field)) if getattr(row, field) else None)
            for field in SELF_ID_FIELDS
        }
        for row in db.session.scalars(
            select(SelfIdentification)
            .join(Candidate, Candidate.id == SelfIdentification.candidate_id)
            .where(Candidate.position_id == position.id)
        )
    }


def adverse_impact(position: Position, dimension_sets=DIMENSION_SETS) -> list[ai.ImpactReport]:
    """Four-fifths reports per stage for one position, from self-identification in aggregate."""
    identities = _identities(position)
    decisions = {
        stage: [ai.Decision(identities.get(cid, {}), selected) for cid, selected in rows]
        for stage, rows in fn.stage_decisions(_people(position.id)).items()
        if rows
    }
    eligibility = _preference_eligibility(position.id)
    if eligibility:
        decisions["preferences"] = [ai.Decision(identities.get(cid, {}), passed)
                                    for cid, passed in eligibility]
    return ai.stage_reports(decisions, dimension_sets)


def _preference_eligibility(position_id: int) -> list[tuple[int, bool]]:
    """Who passed the work-preference knock-outs: the questionnaire's pass rate."""
    return eligibility_decisions(position_id)


@dataclass(frozen=True)
class SuggestionImpact:
    """One step's pass mark decided by the reviewers and by the automated suggestion alone,
    over the same reviewed people: (reviewed, suggestion alone) reports per dimension set."""

    step: str
    label: str
    rubric_title: str
    pass_mark: float
    reports: list[tuple[ai.ImpactReport, ai.ImpactReport]]
    people: int
    left_out: int


def suggestion_impact(position: Position, dimension_sets=DIMENSION_SETS
                      ) -> list[SuggestionImpact]:
    """For the writing test and research exercise: who passes on the reviewed score, and who
    would pass if the suggestion decided (the rubric's weighted score of the suggested levels,
    over the criteria it suggested a level for), by group, over the work reviewed so far."""
    identities = _identities(position)
    rows = db.session.execute(
        select(Submission.id, Submission.candidate_id, Submission.step, Submission.rubric_id,
               Submission.final_score)
        .join(Candidate, Candidate.id == Submission.candidate_id)
        .where(Candidate.position_id == position.id, Submission.final_score.is_not(None))
        .order_by(Submission.id)).all()
    # The suggestion a submission's first reviewer saw (the analysis is the same for both).
    suggested: dict[int, dict] = {}
    for submission_id, levels in db.session.execute(
            select(Review.submission_id, Review.suggested)
            .where(Review.submission_id.in_([r[0] for r in rows])).order_by(Review.id)):
        suggested.setdefault(submission_id, levels or {})
    found = []
    for step in ("writing", "research"):
        of_step = [r for r in rows if r[2] == step]
        if not of_step:
            continue
        try:
            rubric = get_rubric(of_step[-1][3])
        except RubricError:
            continue
        reviewed, alone, left_out = [], [], 0
        for submission_id, cid, _, rubric_id, final_score in of_step:
            try:
                score = (get_rubric(rubric_id).partial_score(suggested.get(submission_id, {}))
                         if rubric_id == rubric.id else None)
            except RubricError:
                score = None  # a level the rubric no longer has
            if score is None:
                left_out += 1
                continue
            identity = identities.get(cid, {})
            reviewed.append(ai.Decision(identity, rubric.passes(final_score)))
            alone.append(ai.Decision(identity, rubric.passes(score)))
        if not reviewed:
            continue
        reports = [
            (ai.impact(ai.count_by_group(reviewed, dims), stage=step, dimensions=dims),
             ai.impact(ai.count_by_group(alone, dims), stage=step, dimensions=dims))
            for dims in dimension_sets]
        found.append(SuggestionImpact(step, STEP_LABELS[step], rubric.title,
                                      rubric.pass_threshold, reports, len(reviewed), left_out))
    return found
