"""Outcomes of hires at their checkpoints, and the validity of the scores that chose them."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from hiring.analysis import validity as va
from hiring.audit import record
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.plans.models import DevelopmentPlan, Milestone, MilestoneReview
from hiring.positions.models import Position
from hiring.reports.models import OUTCOME_CHECKPOINTS, HireOutcome

HIRED_STAGES = ("hired", "onboarding")


def record_outcome(candidate: Candidate, checkpoint_days: int, met: int, total: int, actor):
    """Record (or correct) how many outcomes a hire met at day 90 or 365."""
    if candidate.stage not in HIRED_STAGES:
        raise HiringError("Outcomes are recorded for hires only.")
    if checkpoint_days not in OUTCOME_CHECKPOINTS:
        raise HiringError("Outcomes are recorded at day 90 or day 365.")
    if total < 1 or not 0 <= met <= total:
        raise HiringError("Outcomes met must be between 0 and the number of outcomes.")
    entry = db.session.scalar(
        select(HireOutcome).where(
            HireOutcome.candidate_id == candidate.id,
            HireOutcome.checkpoint_days == checkpoint_days,
        )
    )
    if entry is None:
        entry = HireOutcome(candidate_id=candidate.id, checkpoint_days=checkpoint_days)
        db.session.add(entry)
    entry.outcomes_met, entry.outcomes_total = met, total
    entry.recorded_by_id = getattr(actor, "id", None)
    entry.recorded_at = utcnow()
    db.session.flush()
    record(actor, "reports.outcome_recorded", "candidate", candidate.id,
           candidate_id=candidate.id,
           after={"checkpoint_days": checkpoint_days, "met": met, "total": total})
    return entry


def milestone_tallies(candidate_ids, checkpoint_days: int) -> dict[int, tuple[int, int]]:
    """{hire: (milestones achieved, milestones due)} by a checkpoint, from each hire's
    development plan: what the outcome record starts from."""
    return milestone_tallies_at(candidate_ids, (checkpoint_days,))[checkpoint_days]


def milestone_tallies_at(candidate_ids, checkpoints) -> dict[int, dict[int, tuple[int, int]]]:
    """milestone_tallies for each of `checkpoints` (days), from two queries of plain rows
    (each milestone's month, and its reviews' statuses in date order: the last one counts)."""
    tallies: dict[int, dict[int, tuple[int, int]]] = {days: {} for days in checkpoints}
    candidate_ids = list(candidate_ids)
    if not candidate_ids:
        return tallies
    milestones = db.session.execute(
        select(DevelopmentPlan.candidate_id, Milestone.id, Milestone.month)
        .join(Milestone, Milestone.plan_id == DevelopmentPlan.id)
        .where(DevelopmentPlan.candidate_id.in_(candidate_ids))).tuples().all()
    status: dict[int, str] = {}
    for milestone_id, latest in db.session.execute(
            select(MilestoneReview.milestone_id, MilestoneReview.status)
            .where(MilestoneReview.candidate_id.in_(candidate_ids))
            .order_by(MilestoneReview.milestone_id, MilestoneReview.review_date,
                      MilestoneReview.id)).tuples():
        status[milestone_id] = latest
    for days in checkpoints:
        months = round(days / 30.4)
        counted: dict[int, list[int]] = {}
        for candidate_id, milestone_id, month in milestones:
            if month <= months:
                tally = counted.setdefault(candidate_id, [0, 0])
                tally[0] += status.get(milestone_id, "open") == "achieved"
                tally[1] += 1
        tallies[days] = {cid: (achieved, due) for cid, (achieved, due) in counted.items()}
    return tallies


def hires(position: Position) -> list[Candidate]:
    """The position's hires, by name."""
    return list(
        db.session.scalars(
            select(Candidate)
            .where(Candidate.position_id == position.id, Candidate.stage.in_(HIRED_STAGES))
            .order_by(Candidate.name)
        )
    )


def outcomes_by_candidate(candidate_ids) -> dict[int, dict[int, HireOutcome]]:
    """{candidate id: {checkpoint days: record}}."""
    found: dict[int, dict[int, HireOutcome]] = defaultdict(dict)
    if candidate_ids:
        for entry in db.session.scalars(
            select(HireOutcome).where(HireOutcome.candidate_id.in_(list(candidate_ids)))
        ):
            found[entry.candidate_id][entry.checkpoint_days] = entry
    return found


def validity_report(
    position: Position | None, checkpoint_days: int, score_rows
) -> dict[str, dict]:
    """Correlation of each score key with outcomes met, from (candidate, key, score) rows.

    score_rows come from the scoring packages (see scores.py); outcomes are the share met at
    the checkpoint. Keys with fewer than ten hires say how many more are needed.
    """
    query = select(HireOutcome.candidate_id, HireOutcome.outcomes_met,
                   HireOutcome.outcomes_total).where(
        HireOutcome.checkpoint_days == checkpoint_days)
    if position is not None:
        query = query.join(Candidate, Candidate.id == HireOutcome.candidate_id).where(
            Candidate.position_id == position.id)
    outcome = {cid: met / total for cid, met, total in db.session.execute(query) if total}
    score_rows = list(score_rows)
    rows = [(key, score, outcome[cid]) for cid, key, score in score_rows if cid in outcome]
    results = va.validity_by(rows)
    # A score nobody with an outcome record has yet still needs its full ten.
    for _, key, _ in score_rows:
        results.setdefault(key, va.validity([]))
    return {"n_hires": len(outcome), "by_key": results}
