"""The debrief (ratings side by side, the decision and where it leads) and calibration
(agreement and leniency over a position's interviews)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from flask import current_app, g
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from hiring import audit, blind
from hiring.analysis import agreement
from hiring.auth.models import User
from hiring.candidates import notices
from hiring.candidates import services as candidates
from hiring.candidates.pipeline import Stage
from hiring.db import among_parameter, db, dialect_name, utcnow
from hiring.errors import HiringError
from hiring.interviews.models import (
    DECISIONS,
    Amendment,
    AskedQuestion,
    Interview,
    PanelMember,
    Rating,
    Scorecard,
)
from hiring.interviews.services.scorecards import not_started
from hiring.interviews.services.visibility import own_scorecard
from hiring.positions.models import Position


@dataclass(frozen=True)
class DebriefRow:
    asked: AskedQuestion
    ratings: dict[int, int]  # interviewer id -> points
    mean: float | None
    spread: float
    flagged: bool
    amended: frozenset[int]  # interviewer ids whose rating here was amended


@dataclass(frozen=True)
class Debrief:
    rows: list[DebriefRow]
    panelists: list[User]
    submitted: list[Scorecard]
    pending: list[User]
    weighted_mean: float | None  # on the 1-5 scale
    weighted_percent: float | None  # the same on 0-100
    recommendations: dict[int, str] = field(default_factory=dict)


def debrief_loads() -> tuple:
    """Loader options for a query of interviews whose `debrief` will be read: the panel,
    questions, scorecards, ratings and amendments of all of them in one query each, rather
    than a few per interview."""
    return (selectinload(Interview.panel).selectinload(PanelMember.user),
            selectinload(Interview.questions),
            selectinload(Interview.scorecards).selectinload(Scorecard.ratings),
            selectinload(Interview.scorecards).selectinload(Scorecard.amendments))


def latest_interviews(candidate_ids: Iterable[int]) -> dict[tuple[int, str], Interview]:
    """{(candidate id, kind): the candidate's latest interview of that kind} for many
    candidates: structured interviews and final presentations in one statement, with what
    `debrief` reads already loaded. A board page asks it twice for the same cards (for the
    interview step, then for the final presentation's), so the answer is kept for the rest
    of the request and given again for the same candidates."""
    ids = tuple(candidate_ids)
    kept = g.get("latest_interviews")
    if kept is not None and kept[0] == ids:
        return kept[1]
    latest: dict[tuple[int, str], Interview] = {}
    for interview in db.session.scalars(_interviews_of(dialect_name()), {"ids": list(ids)}):
        latest[interview.candidate_id, interview.kind] = interview  # the newest counts
    g.latest_interviews = (ids, latest)
    return latest


@cache
def _interviews_of(dialect: str):
    """Built once (every board page asks it): the interviews of every kind of the candidates
    whose ids are the parameter `ids`, oldest first."""
    return (select(Interview).where(among_parameter(Interview.candidate_id, "ids", dialect))
            .order_by(Interview.scheduled_at, Interview.id).options(*debrief_loads()))


def submitted_ratings(interview: Interview) -> dict[int, dict[int, int]]:
    """{asked question id: {interviewer id: points}} from submitted scorecards only."""
    data: dict[int, dict[int, int]] = {q.id: {} for q in interview.questions if q.rated}
    for card in interview.scorecards:
        if not card.submitted:
            continue
        for rating in card.ratings:
            if rating.asked_question_id in data and rating.points is not None:
                data[rating.asked_question_id][card.interviewer_id] = rating.points
    return data


def weighted_total(means: Mapping[int, float | None], weights: Mapping[int, float]
                   ) -> float | None:
    """Weighted mean of the per-question means (questions nobody rated are left out)."""
    rated = [(weights[q], m) for q, m in means.items() if m is not None and weights[q] > 0]
    total_weight = sum(w for w, _ in rated)
    if not total_weight:
        return None
    return sum(w * m for w, m in rated) / total_weight


def debrief(interview: Interview) -> Debrief:
    """Ratings side by side, spread and flags, most disagreement first, combined mechanically."""
    data = submitted_ratings(interview)
    asked = {q.id: q for q in interview.questions if q.rated}
    amended: dict[int, set[int]] = {}
    for card in interview.scorecards:
        for change in card.amendments:
            if change.asked_question_id:
                amended.setdefault(change.asked_question_id, set()).add(card.interviewer_id)
    rows = [
        DebriefRow(asked[unit.unit], {k: int(v) for k, v in unit.ratings.items()}, unit.mean,
                   unit.spread, unit.flagged, frozenset(amended.get(unit.unit, ())))
        for unit in agreement.spreads(data)
    ]
    mean = weighted_total({r.asked.id: r.mean for r in rows},
                          {q_id: q.weight for q_id, q in asked.items()})
    # Each item on 0-100 of its own scale (1-5 for questions, the rubric's levels for
    # criteria), then weighted: for a presentation this is the rubric's own score.
    percent = weighted_total(
        {r.asked.id: None if r.mean is None else
         (r.mean - r.asked.scale[0]) / (r.asked.scale[-1] - r.asked.scale[0]) * 100
         for r in rows},
        {q_id: q.weight for q_id, q in asked.items()})
    submitted = [c for c in interview.scorecards if c.submitted]
    done = {c.interviewer_id for c in submitted}
    panelists = [m.user for m in interview.panel]
    return Debrief(
        rows=rows, panelists=panelists, submitted=submitted,
        pending=[u for u in panelists if u.id not in done],
        weighted_mean=mean,
        weighted_percent=percent,
        recommendations={c.interviewer_id: c.recommendation for c in submitted},
    )


def record_decision(interview: Interview, *, decision: str, rationale: str, actor: User) -> None:
    """Record the panel's decision and why; the ratings stay exactly as submitted."""
    if not_started(interview):
        raise HiringError("The interview has not started yet; decide after the panel has met "
                          "and every scorecard is in.")
    if decision not in DECISIONS:
        raise HiringError("Choose one of the decisions offered.")
    rationale = (rationale or "").strip()
    if len(rationale) < 20:
        raise HiringError("Write the rationale for the decision (at least a sentence or two).")
    pending = [m.user for m in interview.panel
               if not (c := own_scorecard(interview, m.user)) or not c.submitted]
    if pending:
        names = ", ".join(u.name or u.email for u in pending)
        raise HiringError(f"Wait for every scorecard before deciding; still to submit: {names}.")
    before = {"decision": interview.decision}
    interview.decision, interview.decision_rationale = decision, rationale
    interview.decided_by_id, interview.decided_at = actor.id, utcnow()
    db.session.flush()
    audit.record(actor, "interview.decided", "interview", interview.id,
                 candidate_id=interview.candidate_id, before=before,
                 after={"decision": decision})


# The stage a decision leads to; "gather more evidence" leaves the stage as it is.
DECISION_STAGES = {"hire": "offer", "no_hire": "screened_out"}
NO_HIRE_DETAILS = "Not hired: the decision after the structured interview."


def move_after_decision(interview: Interview, actor: User) -> str | None:
    """Move the candidate to where the recorded decision leads (Offer, or screened out with the
    reason recorded); returns the new stage, or None when nothing moves."""
    candidate = interview.candidate
    target = DECISION_STAGES.get(interview.decision or "")
    if target is None or candidate.stage == target:
        return None
    if target == Stage.SCREENED_OUT:
        candidates.screen_out(candidate, "other", NO_HIRE_DETAILS, actor)
        notices.decision(candidate)  # courteous, and without the panel's reasons
        return candidate.stage
    if candidate.stage in (Stage.HIRED, Stage.ONBOARDING):
        return None
    if candidate.stage != Stage.DECISION:
        # An offer goes through Decision; both moves are recorded.
        candidates.move_candidate(candidate, Stage.DECISION.value, actor)
    candidates.move_candidate(candidate, target, actor)
    return candidate.stage


@dataclass(frozen=True)
class PanelAgreement:
    raters: tuple[User, ...]
    interviews: int
    icc: agreement.Agreement
    alpha: agreement.Agreement


@dataclass(frozen=True)
class Calibration:
    alpha: agreement.Agreement
    panels: list[PanelAgreement]
    leniency: list[tuple[User, agreement.Leniency]]


# Per app (so per database): a position's calibration figures for the interviews a viewer
# may see, kept until a scorecard, an amendment or a panel seat of the position changes (the
# fingerprint below); the oldest of more than this many go first.
CALIBRATIONS_KEPT = 32


def calibration(position: Position, hidden: blind.Withheld = blind.NOTHING) -> Calibration:
    """Agreement over the position's submitted ratings, per panel, and each rater's leniency
    (leaving out the interviews the viewer still has to score: `hidden`): worked out once
    per app and kept while the position's scorecards, amendments and panels stay as they
    were, so a visit reads one row of counts instead of every rating."""
    key = (position.id, hidden.interviews, *_fingerprint(position.id))
    kept = current_app.extensions.setdefault("hiring.calibrations", {})
    figures = kept.get(key)
    if figures is None:
        figures = _calibration_figures(position.id, hidden)
        if len(kept) >= CALIBRATIONS_KEPT:
            kept.pop(next(iter(kept)))
        kept[key] = figures
    alpha, panels, leniency = figures
    users = {u.id: u for u in db.session.scalars(
        select(User).where(User.id.in_({r for key, _, _, _ in panels for r in key})))}
    return Calibration(
        alpha=alpha,
        panels=[PanelAgreement(tuple(sorted((users[r] for r in key),
                                            key=lambda u: u.name or u.email)), n, icc, a)
                for key, n, icc, a in panels],
        leniency=[(users[x.rater], x) for x in leniency],
    )


def _fingerprint(position_id: int) -> tuple:
    """What changes whenever a figure of the position's calibration could: its submitted
    scorecards (how many, the newest id and time), its amendments and its panel seats."""
    interviews = select(Interview.id).where(Interview.position_id == position_id)
    cards = select(func.count(Scorecard.id), func.max(Scorecard.id),
                   func.max(Scorecard.submitted_at)).where(
        Scorecard.interview_id.in_(interviews), Scorecard.submitted_at.is_not(None))
    seats = select(func.count(PanelMember.id), func.max(PanelMember.id)).where(
        PanelMember.interview_id.in_(interviews))
    amended = select(func.count(Amendment.id), func.max(Amendment.id)).join(
        Scorecard, Scorecard.id == Amendment.scorecard_id).where(
        Scorecard.interview_id.in_(interviews))
    return (*db.session.execute(cards).one(), *db.session.execute(seats).one(),
            *db.session.execute(amended).one())


def _calibration_figures(position_id: int, hidden: blind.Withheld):
    """(alpha, [(panel user ids, interviews, icc, alpha)], leniency) from every rating."""
    # Two queries for the whole position, however many interviews it has.
    rows = db.session.execute(
        select(Rating.asked_question_id, Scorecard.interview_id, Scorecard.interviewer_id,
               Rating.points)
        .join(Scorecard, Rating.scorecard_id == Scorecard.id)
        .join(AskedQuestion, Rating.asked_question_id == AskedQuestion.id)
        .join(Interview, Scorecard.interview_id == Interview.id)
        .where(Interview.position_id == position_id, Scorecard.submitted_at.is_not(None),
               Rating.points.is_not(None), AskedQuestion.kind == "question")).tuples()
    panels_of: dict[int, set[int]] = {}
    for interview_id, user_id in db.session.execute(
            select(PanelMember.interview_id, PanelMember.user_id)
            .join(Interview, PanelMember.interview_id == Interview.id)
            .where(Interview.position_id == position_id)).tuples():
        panels_of.setdefault(interview_id, set()).add(user_id)
    everything: dict[tuple[int, int], dict[int, int]] = {}
    for question_id, interview_id, interviewer_id, points in rows:
        if hidden.hides_interview(interview_id):
            continue
        everything.setdefault((interview_id, question_id), {})[interviewer_id] = points
    by_panel: dict[frozenset[int], dict[tuple[int, int], dict[int, int]]] = {}
    interviews_of: dict[frozenset[int], set[int]] = {}
    for unit, ratings in everything.items():
        key = frozenset(panels_of.get(unit[0], ()))
        by_panel.setdefault(key, {})[unit] = ratings
        interviews_of.setdefault(key, set()).add(unit[0])
    panels = [(key, len(interviews_of[key]), agreement.icc_average(units),
               agreement.krippendorff_alpha(units)) for key, units in by_panel.items()]
    return agreement.krippendorff_alpha(everything), panels, agreement.leniency(everything)
