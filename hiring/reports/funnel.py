"""The pipeline funnel: who got how far, who was screened out where and why, how long people
stayed in each stage. Pure: counts in, counts out, so a 10,000-candidate position costs a few
grouped queries and no per-candidate work.

A candidate "reached" a stage when their stage history shows they were in it (moves recorded
in the audit log, their current stage, a screen-out there): someone who went from Applied
straight to Interview never reached the writing test. They "went on" from a stage when they
reached a later one. Without a history, the older reading applies: a candidate got at least as
far as their current stage or the stage they were screened out at. Conversion at a stage
counts only decided people: those who went on against those screened out at it, so people
still waiting in a stage do not read as failures.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

PIPELINE = ("applied", "writing", "research", "interview", "decision", "offer", "hired")
SCREENED_OUT = "screened_out"
_RANK = {stage: i for i, stage in enumerate(PIPELINE)}
# Onboarding is after the pipeline proper: it counts as hired.
_RANK["onboarding"] = _RANK["hired"]


def pipeline_stage(stage: str | None) -> str | None:
    """The pipeline stage a stage counts as (onboarding -> hired); None for others."""
    rank = _RANK.get(stage or "")
    return None if rank is None else PIPELINE[rank]


def furthest_stage(current_stage: str, screened_at: str | None) -> str | None:
    """How far a candidate got: the screen-out stage if screened out (None when that is not
    recorded), else their current stage."""
    if current_stage == SCREENED_OUT:
        return pipeline_stage(screened_at)
    return pipeline_stage(current_stage)


@dataclass(frozen=True)
class StageRow:
    stage: str
    reached: int
    current: int
    advanced: int
    screened_out: int
    median_days: float | None

    @property
    def conversion(self) -> float | None:
        """Advanced / (advanced + screened out here); None before anyone is decided."""
        decided = self.advanced + self.screened_out
        return self.advanced / decided if decided else None


@dataclass(frozen=True)
class Funnel:
    rows: tuple[StageRow, ...]
    reasons: tuple[tuple[str, int], ...]
    total: int
    screened_out_unknown_stage: int


def build_funnel(
    current_counts: Mapping[str, int],
    screen_outs: Mapping[tuple[str, str], int],
    stays: Mapping[str, Sequence[float]],
    reason_label=lambda key: key,
    visits: Mapping[tuple[str, str], int] | None = None,
) -> Funnel:
    """The funnel from candidates per current stage, standing screen-outs per (stage, reason)
    and the lengths in days of finished stays per stage.

    `visits` counts candidates per (stage they were in, furthest stage they reached), from
    their stage history; without it, reaching a stage means reaching every stage before it.
    """
    at_least = Counter()
    for stage, n in current_counts.items():
        if stage != SCREENED_OUT and pipeline_stage(stage):
            at_least[pipeline_stage(stage)] += n
    screened = Counter()
    reasons = Counter()
    for (stage, reason), n in screen_outs.items():
        reasons[reason or ""] += n
        if pipeline_stage(stage):
            at_least[pipeline_stage(stage)] += n
            screened[pipeline_stage(stage)] += n
    recorded = sum(screen_outs.values())
    unknown = max(0, current_counts.get(SCREENED_OUT, 0) - recorded)
    if unknown:
        reasons[""] += unknown
    reached = {}
    running = 0
    for stage in reversed(PIPELINE):
        running += at_least[stage]
        reached[stage] = running
    advanced = {stage: reached[PIPELINE[i + 1]] if i + 1 < len(PIPELINE) else 0
                for i, stage in enumerate(PIPELINE)}
    if visits is not None:
        reached, advanced = Counter(), Counter()
        for (stage, furthest), n in visits.items():
            stage, furthest = pipeline_stage(stage), pipeline_stage(furthest)
            if stage is None or furthest is None:
                continue
            reached[stage] += n
            if _RANK[furthest] > _RANK[stage]:
                advanced[stage] += n
    rows = []
    for stage in PIPELINE:
        durations = [d for s, values in stays.items() if pipeline_stage(s) == stage
                     for d in values]
        rows.append(StageRow(
            stage=stage,
            reached=reached[stage],
            current=sum(n for s, n in current_counts.items()
                        if s != SCREENED_OUT and pipeline_stage(s) == stage),
            advanced=advanced[stage],
            screened_out=screened[stage],
            median_days=statistics.median(durations) if durations else None,
        ))
    reason_rows = tuple(
        (reason_label(key) if key else "No reason recorded", n)
        for key, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return Funnel(tuple(rows), reason_rows, sum(current_counts.values()), unknown)


def happened_step(step: str, stages_after: Mapping[str, int]) -> StageRow:
    """A step that is not a stage (the final presentation), counted only for those who took
    it, from {current stage: candidates who took it}: still at the stage it belongs to are
    "in it now", further on "went on", screened out "screened out here"."""
    reached = sum(stages_after.values())
    screened = stages_after.get(SCREENED_OUT, 0)
    waiting = sum(n for s, n in stages_after.items()
                  if s != SCREENED_OUT and _RANK.get(s, -1) <= _RANK["interview"])
    return StageRow(stage=step, reached=reached, current=waiting,
                    advanced=reached - screened - waiting, screened_out=screened,
                    median_days=None)


def insert_after(funnel: Funnel, stage: str, row: StageRow) -> Funnel:
    """The funnel with `row` placed right after `stage`."""
    rows = list(funnel.rows)
    at = next((i + 1 for i, r in enumerate(rows) if r.stage == stage), len(rows))
    rows.insert(at, row)
    return Funnel(tuple(rows), funnel.reasons, funnel.total, funnel.screened_out_unknown_stage)


def stage_decisions(
    people: Iterable[tuple[int, str, str | None]],
) -> dict[str, list[tuple[int, bool]]]:
    """Per pipeline stage, (candidate_id, went on) for everyone decided at it, from
    (candidate_id, current stage, screen-out stage or None)."""
    decisions: dict[str, list[tuple[int, bool]]] = {stage: [] for stage in PIPELINE[:-1]}
    for candidate_id, current, screened_at in people:
        furthest = furthest_stage(current, screened_at)
        if furthest is None:
            continue
        last = _RANK[furthest]
        for stage in PIPELINE[:last]:
            decisions[stage].append((candidate_id, True))
        if current == SCREENED_OUT and furthest in decisions:
            decisions[furthest].append((candidate_id, False))
    return decisions
