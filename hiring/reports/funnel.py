"""The pipeline funnel from stage moves: who reached each stage, who was screened out where,
how long people stayed. Pure: plain values in, plain values out.

A candidate "reached" a stage when they were ever in it. Conversion at a stage counts only
decided people: those who went on to a later stage against those screened out at it, so people
still waiting in a stage do not read as failures.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

PIPELINE = ("applied", "writing", "research", "interview", "decision", "hired")
SCREENED_OUT = "screened_out"
# Stages after the pipeline proper count as having reached "hired".
_AFTER_HIRE = {"onboarding": "hired"}


@dataclass(frozen=True)
class Move:
    """A candidate entering `stage` at `at` (reason set when the stage is screened_out)."""

    candidate_id: int
    stage: str
    at: datetime
    reason: str | None = None


@dataclass(frozen=True)
class Path:
    """One candidate's way through the pipeline."""

    candidate_id: int
    furthest: str | None  # furthest pipeline stage reached; None when unknown
    screened_out_at: str | None  # the pipeline stage they were screened out from
    reason: str | None
    durations: tuple[tuple[str, float], ...]  # (stage, days) for stays that ended


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


def _pipeline_stage(stage: str) -> str | None:
    stage = _AFTER_HIRE.get(stage, stage)
    return stage if stage in PIPELINE else None


def candidate_path(
    candidate_id: int,
    current_stage: str,
    created_at: datetime,
    moves: Sequence[Move],
    screen_out: tuple[str, str] | None = None,
) -> Path:
    """Where one candidate got to, from their current stage, time-ordered moves and, when
    screened out, the recorded (stage, reason) of the screen-out."""
    stays: list[tuple[str, datetime]] = [("applied", created_at)]
    reason = None
    for move in moves:
        if move.stage == stays[-1][0]:
            continue
        stays.append((move.stage, move.at))
        if move.stage == SCREENED_OUT:
            reason = move.reason
    durations = tuple(
        (stage, (end - start).total_seconds() / 86400)
        for (stage, start), (_, end) in zip(stays, stays[1:], strict=False)
        if _pipeline_stage(stage)
    )
    visited = [s for s, _ in stays if _pipeline_stage(s)]
    screened_at = None
    if current_stage == SCREENED_OUT:
        if screen_out is not None:
            screened_at, reason = _pipeline_stage(screen_out[0]), screen_out[1]
        elif len(stays) > 1 and stays[-1][0] == SCREENED_OUT:
            screened_at = _pipeline_stage(stays[-2][0])
        if screened_at is None:
            # Without a record of where the screen-out happened, the candidate's reach is unknown.
            return Path(candidate_id, None, None, reason, durations)
        # The screen-out is the last word on how far they got.
        return Path(candidate_id, screened_at, screened_at, reason, durations)
    if _pipeline_stage(current_stage):
        visited.append(current_stage)
    furthest = max((_pipeline_stage(s) for s in visited), key=PIPELINE.index)
    return Path(candidate_id, furthest, screened_at, reason, durations)


def build_funnel(
    paths: Iterable[Path], current: Mapping[int, str], reason_label=lambda key: key
) -> Funnel:
    """Counts per pipeline stage from every candidate's path."""
    reached = Counter()
    screened = Counter()
    reasons = Counter()
    days: dict[str, list[float]] = {stage: [] for stage in PIPELINE}
    unknown = total = 0
    for path in paths:
        total += 1
        if path.furthest is not None:
            for stage in PIPELINE[: PIPELINE.index(path.furthest) + 1]:
                reached[stage] += 1
        if current.get(path.candidate_id) == SCREENED_OUT:
            if path.screened_out_at is None:
                unknown += 1
            else:
                screened[path.screened_out_at] += 1
            reasons[path.reason or "unrecorded"] += 1
        for stage, d in path.durations:
            days[_pipeline_stage(stage)].append(d)
    now_in = Counter(_pipeline_stage(s) for s in current.values() if s != SCREENED_OUT)
    rows = []
    for i, stage in enumerate(PIPELINE):
        advanced = reached[PIPELINE[i + 1]] if i + 1 < len(PIPELINE) else 0
        rows.append(
            StageRow(
                stage=stage,
                reached=reached[stage],
                current=now_in[stage],
                advanced=advanced,
                screened_out=screened[stage],
                median_days=statistics.median(days[stage]) if days[stage] else None,
            )
        )
    reason_rows = tuple(
        (reason_label(key) if key != "unrecorded" else "No reason recorded", n)
        for key, n in reasons.most_common()
    )
    return Funnel(tuple(rows), reason_rows, total, unknown)


def stage_decisions(paths: Iterable[Path]) -> dict[str, list[tuple[int, bool]]]:
    """Per pipeline stage, (candidate_id, advanced) for everyone decided at that stage."""
    decisions: dict[str, list[tuple[int, bool]]] = {stage: [] for stage in PIPELINE[:-1]}
    for path in paths:
        if path.furthest is None:
            continue
        last = PIPELINE.index(path.furthest)
        for stage in PIPELINE[:last]:
            decisions[stage].append((path.candidate_id, True))
        if path.screened_out_at is not None and path.screened_out_at in decisions:
            decisions[path.screened_out_at].append((path.candidate_id, False))
    return decisions
