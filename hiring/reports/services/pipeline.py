"""The funnel of a position read from the pipeline (counts, stays, visits, screen-outs),
and candidates per position."""

from __future__ import annotations

import importlib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from flask import current_app
from sqlalchemy import bindparam, case, func, literal, null, or_, select, true, union, union_all

from hiring.candidates import models as candidate_models
from hiring.candidates.models import Candidate, StageEntry
from hiring.candidates.pipeline import reason_label
from hiring.candidates.stage_counts import PositionStageCount
from hiring.db import db, utcnow
from hiring.positions.models import Position
from hiring.reports import funnel as fn


def _days(column):
    """A timestamp column as days since the epoch, computed by the database (no datetime
    objects for ten thousand rows)."""
    if db.session.get_bind().dialect.name == "sqlite":
        # Stored as naive UTC text; julianday of the epoch is 2440587.5.
        return func.julianday(column) - 2440587.5
    return func.extract("epoch", column) / 86400


def _screen_out_model():
    return getattr(candidate_models, "ScreenOut", None)


# The funnel's counts are one statement of tagged rows (part, stage, reason, n), built once
# and run with the position as a parameter: building and keying a statement costs more
# Python time than the database takes to answer it, and on a server database each statement
# is a round trip. Each part keeps its own plan.
@cache
def _counts_query(dialect: str):
    position_id = bindparam("position_id")
    parts = [
        # Candidates per current stage, as the database keeps them
        # (hiring.candidates.stage_counts).
        select(literal("stage").label("part"), PositionStageCount.stage.label("stage"),
               null().label("reason"), PositionStageCount.n.label("n"))
        .where(PositionStageCount.position_id == position_id, PositionStageCount.n > 0),
        # The position's newest stage entry: with the stage counts, it tells whether the
        # stays and visits kept for the position still hold (see _cached_history). Read per
        # position (one step down ix_stage_entry_position_id), so a move in another position
        # leaves this one's kept figures standing.
        select(literal("newest_entry"), null(), null(), func.max(StageEntry.id))
        .where(StageEntry.position_id == position_id),
    ]
    screen_outs = _screen_out_counts_part(dialect)
    if screen_outs is not None:
        parts.append(screen_outs)
    presented = _presented_part()
    if presented is not None:
        parts.append(presented)
    questionnaire = _module_or_none("hiring.suitability.counts")
    if questionnaire is not None:  # the questionnaire's counts, shown beside the funnel
        parts.extend(questionnaire.funnel_summary_parts())
    return union_all(*parts)


def _screen_out_counts_part(dialect: str):
    """Standing screen-outs of currently screened-out candidates per (stage, reason)."""
    screen_out = _screen_out_model()
    if screen_out is None:
        return None
    of_position = (Candidate.position_id == bindparam("position_id"),
                   Candidate.stage == fn.SCREENED_OUT)
    if dialect == "postgresql":
        # Candidate by candidate from ix_screen_out_candidate_id (OFFSET 0 keeps the subquery
        # apart): left to itself, at a million candidates the planner hashed every standing
        # screen-out of every position (90-130 ms, against about 20 ms for the position's own).
        standing = select(screen_out.stage, screen_out.reason).where(
            screen_out.candidate_id == Candidate.id, screen_out.reversed_at.is_(None)
        ).offset(0).lateral()
        return (select(literal("screen_out"), standing.c.stage, standing.c.reason,
                       func.count(func.distinct(Candidate.id)))
                .select_from(Candidate).join(standing, true()).where(*of_position)
                .group_by(standing.c.stage, standing.c.reason))
    return (select(literal("screen_out"), screen_out.stage, screen_out.reason,
                   func.count(func.distinct(Candidate.id)))
            .join(Candidate, Candidate.id == screen_out.candidate_id)
            .where(*of_position, screen_out.reversed_at.is_(None))
            .group_by(screen_out.stage, screen_out.reason))


@cache
def _presented_part():
    """Candidates whose final presentation has taken place, per current stage; None when the
    portal has no presentations."""
    models = _module_or_none("hiring.interviews.models")
    interview = getattr(models, "Interview", None)
    if interview is None or not hasattr(interview, "kind"):
        return None
    position_id = bindparam("position_id")
    return (select(literal("presented"), Candidate.stage, null(),
                   func.count(func.distinct(Candidate.id)))
            .join(interview, interview.candidate_id == Candidate.id)
            # The interview's own position too: an interview is on its candidate's position,
            # and (position_id, scheduled_at) is indexed.
            .where(Candidate.position_id == position_id, interview.position_id == position_id,
                   interview.kind == "presentation", interview.scheduled_at <= bindparam("now"))
            .group_by(Candidate.stage))


@dataclass(frozen=True)
class _Counts:
    """What every view of a position's funnel counts."""

    stages: dict[str, int]  # candidates per current stage
    screen_outs: dict[tuple[str, str], int]  # standing screen-outs per (stage, reason)
    presented: dict[str, int] | None  # None when the portal has no presentations
    newest_entry: int  # the newest stage entry's id, 0 before any
    questionnaire: dict | None  # hiring.suitability.counts.funnel_summary; None without it


def _counts(position_id: int) -> _Counts:
    dialect = db.session.get_bind().dialect.name
    questionnaire = _module_or_none("hiring.suitability.counts")
    stages, screen_outs, presented, newest_entry, questionnaire_rows = {}, {}, {}, 0, []
    for row in db.session.execute(
            _counts_query(dialect), {"position_id": position_id, "now": utcnow()}):
        part, stage, reason, n = row
        if part == "stage":
            stages[stage] = n
        elif part == "screen_out":
            screen_outs[stage, reason] = n
        elif part == "presented":
            presented[stage] = n
        elif part == "newest_entry":
            newest_entry = n or 0
        else:  # the questionnaire's parts
            questionnaire_rows.append(row)
    has_presentations = _presented_part() is not None
    return _Counts(stages, screen_outs, presented if has_presentations else None, newest_entry,
                   questionnaire.summary_of(questionnaire_rows) if questionnaire else None)


def _stays(position_id: int) -> dict[str, list[float]]:
    """Lengths in days of finished stays per stage, from creation and the position's stage
    entries; worked out by the database with window functions."""
    entries = union_all(
        select(Candidate.id.label("cid"), literal("applied").label("stage"),
               _days(Candidate.created_at).label("at"), literal(0).label("seq"))
        .where(Candidate.position_id == position_id),
        select(StageEntry.candidate_id, StageEntry.stage, _days(StageEntry.at), StageEntry.id)
        .where(StageEntry.position_id == position_id),
    ).subquery()
    order = (entries.c.at, entries.c.seq)
    with_previous = select(
        entries.c.cid, entries.c.stage, entries.c.at, entries.c.seq,
        func.lag(entries.c.stage).over(partition_by=entries.c.cid, order_by=order)
        .label("previous"),
    ).subquery()
    # An entry repeating the stage the candidate is already in is no move.
    changes = select(with_previous).where(or_(
        with_previous.c.previous.is_(None),
        with_previous.c.previous != with_previous.c.stage)).subquery()
    stays = select(
        changes.c.stage,
        (func.lead(changes.c.at).over(partition_by=changes.c.cid,
                                      order_by=(changes.c.at, changes.c.seq))
         - changes.c.at).label("days"),
    ).subquery()
    found: dict[str, list[float]] = defaultdict(list)
    for stage_name, days in db.session.connection().execute(
            select(stays.c.stage, stays.c.days).where(stays.c.days.is_not(None))):
        found[stage_name].append(days)
    return found


def _rank(stage_column):
    """A stage column as its place in the pipeline (onboarding counts as hired); NULL for
    stages outside it."""
    ranks = {stage: fn.PIPELINE.index(fn.pipeline_stage(stage))
             for stage in (*fn.PIPELINE, "onboarding")}
    return case(ranks, value=stage_column, else_=None)


def _visits(position_id: int) -> dict[tuple[str, str], int]:
    """Candidates per (pipeline stage they were in, furthest stage they reached), from the
    stage history: creation (Applied), the stages entered and left, the current stage and
    screen-outs. Worked out by the database; a few dozen rows come back."""
    of_position = Candidate.position_id == position_id
    entries_of_position = StageEntry.position_id == position_id
    parts = [
        select(Candidate.id.label("cid"), literal("applied").label("stage")).where(of_position),
        select(Candidate.id, Candidate.stage).where(of_position),
        select(StageEntry.candidate_id, StageEntry.stage).where(entries_of_position),
        select(StageEntry.candidate_id, StageEntry.from_stage).where(
            entries_of_position, StageEntry.from_stage.is_not(None)),
    ]
    screen_out = _screen_out_model()
    if screen_out is not None:
        parts.append(select(screen_out.candidate_id, screen_out.stage)
                     .join(Candidate, Candidate.id == screen_out.candidate_id)
                     .where(of_position))
    entries = union(*parts).subquery()
    ranked = select(entries.c.cid, _rank(entries.c.stage).label("rank")).subquery()
    # A common table expression: read twice below, worked out once.
    visited = select(ranked.c.cid, ranked.c.rank).where(
        ranked.c.rank.is_not(None)).distinct().cte("visited")
    furthest = select(visited.c.cid, func.max(visited.c.rank).label("top")).group_by(
        visited.c.cid).subquery()
    rows = db.session.execute(
        select(visited.c.rank, furthest.c.top, func.count())
        .join(furthest, furthest.c.cid == visited.c.cid)
        .group_by(visited.c.rank, furthest.c.top)).all()
    return {(fn.PIPELINE[rank], fn.PIPELINE[top]): n for rank, top, n in rows}


# Stays and visits only change when a stage move is recorded, and every move adds a stage
# entry (screen-outs and their reversal included): the newest entry's id and the position's
# candidates per stage (which an arrival, an erasure or any change of stage alters) tell
# whether those worked out earlier for a position still hold. Kept per application, a few
# positions.
_STAYS_CACHE_SIZE = 32


def stays_cache() -> dict[int, tuple[tuple, tuple[dict, dict]]]:
    """This application's cache of stays and visits per position."""
    return current_app.extensions.setdefault("reports.stays", {})


def _cached_history(position_id: int, counts: _Counts
                    ) -> tuple[dict[str, list[float]], dict[tuple[str, str], int]]:
    """(stays, visits) of the position, worked out again only after a stage move."""
    key = (counts.newest_entry, tuple(sorted(counts.stages.items())))
    cache = stays_cache()
    cached = cache.get(position_id)
    if cached is not None and cached[0] == key:
        return cached[1]
    found = (_stays(position_id), _visits(position_id))
    if position_id not in cache and len(cache) >= _STAYS_CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[position_id] = (key, found)
    return found


def funnel_of(position: Position) -> fn.Funnel:
    """The position's funnel: counts per stage, screen-outs, median time in stage, and the
    final presentation after the interview for those who gave it."""
    return dashboard_funnel(position)[0]


def dashboard_funnel(position: Position) -> tuple[fn.Funnel, dict | None]:
    """The position's funnel, and the work-preference questionnaire's counts shown beside it
    (None when the portal has no questionnaire), read in the same statement."""
    counts = _counts(position.id)
    stays, visits = _cached_history(position.id, counts)
    funnel = fn.build_funnel(counts.stages, counts.screen_outs, stays, reason_label,
                             visits=visits)
    if counts.presented is not None:
        funnel = fn.insert_after(funnel, "interview",
                                 fn.happened_step("presentation", counts.presented))
    return funnel, counts.questionnaire


def _module_or_none(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _people(position_id: int) -> list[tuple[int, str, str | None]]:
    """(candidate id, current stage, standing screen-out stage) for every candidate."""
    screen_out = _screen_out_model()
    if screen_out is None:
        return [(cid, stage, None) for cid, stage in db.session.execute(
            select(Candidate.id, Candidate.stage).where(Candidate.position_id == position_id))]
    standing = select(screen_out.candidate_id, func.max(screen_out.stage).label("stage")).where(
        screen_out.reversed_at.is_(None)).group_by(screen_out.candidate_id).subquery()
    return [tuple(row) for row in db.session.execute(
        select(Candidate.id, Candidate.stage, standing.c.stage)
        .outerjoin(standing, standing.c.candidate_id == Candidate.id)
        .where(Candidate.position_id == position_id))]


# The reports index counts each position's candidates up to this many ("more than 1,000"
# beyond): with a million candidates a full count reads every one on each visit.
COUNTED = 1_000


def candidate_counts(limit: int = COUNTED) -> dict[int, int]:
    """Candidates per position id, each counted no further than `limit` + 1 (more than
    `limit` means "more than `limit`"), from the index that leads on the position."""
    first = (select(Candidate.id).where(Candidate.position_id == Position.id)
             .limit(limit + 1).correlate(Position).subquery())
    counted = select(func.count()).select_from(first).scalar_subquery()
    return {position_id: n for position_id, n in db.session.execute(
        select(Position.id, counted)).all() if n}


def positions() -> list[Position]:
    """Every position, by title."""
    return list(db.session.scalars(select(Position).order_by(Position.title)))


def candidates_of(position: Position, limit: int | None = None) -> list[Candidate]:
    """The position's candidates, by name (the first `limit` of them)."""
    return list(db.session.scalars(
        select(Candidate).where(Candidate.position_id == position.id)
        .order_by(Candidate.name, Candidate.id).limit(limit)))
