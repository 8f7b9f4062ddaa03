"""Reading the pipeline for reports, and the few records reports keep themselves."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from flask import current_app
from sqlalchemy import case, func, literal, or_, select, union, union_all

from hiring.analysis import adverse_impact as ai
from hiring.analysis import hiring_cost as hc
from hiring.analysis import validity as va
from hiring.audit import AuditEvent, record
from hiring.auth.tokens import hash_token, new_token
from hiring.candidates import models as candidate_models
from hiring.candidates.models import Candidate
from hiring.candidates.pipeline import reason_label
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.positions.models import Position
from hiring.reports import funnel as fn
from hiring.reports.models import (
    API_SCOPES,
    OUTCOME_CHECKPOINTS,
    SELF_ID_CHOICES,
    SELF_ID_FIELDS,
    ApiToken,
    CostScenario,
    HireOutcome,
    SelfIdentification,
)

# ---------------------------------------------------------------------------------------------
# The funnel


def _days(column):
    """A timestamp column as days since the epoch, computed by the database (no datetime
    objects for ten thousand rows)."""
    if db.session.get_bind().dialect.name == "sqlite":
        # Stored as naive UTC text; julianday of the epoch is 2440587.5.
        return func.julianday(column) - 2440587.5
    return func.extract("epoch", column) / 86400


def _screen_out_model():
    return getattr(candidate_models, "ScreenOut", None)


def _stage_counts(position_id: int) -> dict[str, int]:
    return dict(db.session.execute(
        select(Candidate.stage, func.count()).where(Candidate.position_id == position_id)
        .group_by(Candidate.stage)).all())


def _screen_out_counts(position_id: int) -> dict[tuple[str, str], int]:
    """Standing screen-outs of currently screened-out candidates per (stage, reason)."""
    screen_out = _screen_out_model()
    if screen_out is None:
        return {}
    rows = db.session.execute(
        select(screen_out.stage, screen_out.reason, func.count(func.distinct(Candidate.id)))
        .join(Candidate, Candidate.id == screen_out.candidate_id)
        .where(Candidate.position_id == position_id, Candidate.stage == fn.SCREENED_OUT,
               screen_out.reversed_at.is_(None))
        .group_by(screen_out.stage, screen_out.reason)
    ).all()
    return {(stage, reason): n for stage, reason, n in rows}


def _stays(position_id: int) -> dict[str, list[float]]:
    """Lengths in days of finished stays per stage, from creation and the audit log's stage
    entries; worked out by the database with window functions."""
    stage = AuditEvent.after["stage"].as_string()
    entries = union_all(
        select(Candidate.id.label("cid"), literal("applied").label("stage"),
               _days(Candidate.created_at).label("at"), literal(0).label("seq"))
        .where(Candidate.position_id == position_id),
        select(AuditEvent.candidate_id, stage, _days(AuditEvent.at), AuditEvent.id)
        .join(Candidate, Candidate.id == AuditEvent.candidate_id)
        .where(Candidate.position_id == position_id, stage.is_not(None)),
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
    stage history: creation (Applied), stages named in the audit log, the current stage and
    screen-outs. Worked out by the database; a few dozen rows come back."""
    of_position = Candidate.position_id == position_id
    parts = [
        select(Candidate.id.label("cid"), literal("applied").label("stage")).where(of_position),
        select(Candidate.id, Candidate.stage).where(of_position),
    ]
    for side in (AuditEvent.before, AuditEvent.after):
        stage = side["stage"].as_string()
        parts.append(select(AuditEvent.candidate_id, stage)
                     .join(Candidate, Candidate.id == AuditEvent.candidate_id)
                     .where(of_position, stage.is_not(None)))
    screen_out = _screen_out_model()
    if screen_out is not None:
        parts.append(select(screen_out.candidate_id, screen_out.stage)
                     .join(Candidate, Candidate.id == screen_out.candidate_id)
                     .where(of_position))
    entries = union(*parts).subquery()
    ranked = select(entries.c.cid, _rank(entries.c.stage).label("rank")).subquery()
    visited = select(ranked.c.cid, ranked.c.rank).where(
        ranked.c.rank.is_not(None)).distinct().subquery()
    furthest = select(visited.c.cid, func.max(visited.c.rank).label("top")).group_by(
        visited.c.cid).subquery()
    rows = db.session.execute(
        select(visited.c.rank, furthest.c.top, func.count())
        .join(furthest, furthest.c.cid == visited.c.cid)
        .group_by(visited.c.rank, furthest.c.top)).all()
    return {(fn.PIPELINE[rank], fn.PIPELINE[top]): n for rank, top, n in rows}


# Stays only change when a stage move is recorded, and every move adds an audit entry: the
# newest audit id (and the number of candidates, which erasure lowers) tells whether the
# stays worked out earlier for a position still hold. Kept per application, a few positions.
_STAYS_CACHE_SIZE = 32


def stays_cache() -> dict[int, tuple[tuple[int, int], dict[str, list[float]]]]:
    """This application's cache of stays per position."""
    return current_app.extensions.setdefault("reports.stays", {})


def _cached_stays(position_id: int, candidates: int) -> dict[str, list[float]]:
    key = (db.session.scalar(select(func.max(AuditEvent.id))) or 0, candidates)
    cache = stays_cache()
    cached = cache.get(position_id)
    if cached is not None and cached[0] == key:
        return cached[1]
    stays = _stays(position_id)
    if position_id not in cache and len(cache) >= _STAYS_CACHE_SIZE:
        cache.pop(next(iter(cache)))
    cache[position_id] = (key, stays)
    return stays


def funnel_of(position: Position) -> fn.Funnel:
    """The position's funnel: counts per stage, screen-outs, median time in stage."""
    counts = _stage_counts(position.id)
    funnel = fn.build_funnel(counts, _screen_out_counts(position.id),
                             _cached_stays(position.id, sum(counts.values())), reason_label,
                             visits=_visits(position.id))
    presented = _presented_by_stage(position.id)
    if presented is None:
        return funnel
    return fn.insert_after(funnel, "interview", fn.happened_step("presentation", presented))


def _presented_by_stage(position_id: int) -> dict[str, int] | None:
    """{current stage: candidates whose final presentation has taken place}; None when the
    portal has no presentations."""
    models = _module_or_none("hiring.interviews.models")
    interview = getattr(models, "Interview", None)
    if interview is None or not hasattr(interview, "kind"):
        return None
    return dict(db.session.execute(
        select(Candidate.stage, func.count(func.distinct(Candidate.id)))
        .join(interview, interview.candidate_id == Candidate.id)
        .where(Candidate.position_id == position_id, interview.kind == "presentation",
               interview.scheduled_at <= utcnow())
        .group_by(Candidate.stage)).all())


def _module_or_none(name: str):
    import importlib

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


# ---------------------------------------------------------------------------------------------
# The cost of a bad hire


def compensation_of(position: Position) -> hc.Compensation | None:
    """The position's pay as calculator input; None until a base salary is set (or while the
    stored pay is out of range)."""
    if position.pay_problem or not position.base_salary:
        return None
    return hc.Compensation(
        base_salary=position.base_salary,
        variable_target=position.variable_pay or 0,
        benefits_rate=position.benefits_rate if position.benefits_rate is not None else 0,
    )


def scenario_of(position: Position) -> CostScenario | None:
    """The position's saved calculator inputs, if any."""
    return db.session.scalar(select(CostScenario).where(CostScenario.position_id == position.id))


@dataclass(frozen=True)
class CostView:
    compensation: hc.Compensation
    estimate: hc.CostEstimate
    payback: hc.Payback


def cost_of(
    position: Position,
    overrides: dict | None = None,
    rates: tuple[float, float] | None = None,
) -> CostView | None:
    """The calculator for a position from its saved scenario (or the given values)."""
    compensation = compensation_of(position)
    if compensation is None:
        return None
    scenario = scenario_of(position)
    if overrides is None:
        overrides = dict(scenario.overrides) if scenario else {}
    if rates is None:
        rates = (
            (scenario.bad_hire_rate_without, scenario.bad_hire_rate_with)
            if scenario
            else (0.40, 0.15)
        )
    estimate = hc.estimate(compensation, overrides=overrides)
    payback = hc.payback(
        compensation,
        estimate.total,
        bad_hire_rate_without=str(rates[0]),
        bad_hire_rate_with=str(rates[1]),
    )
    return CostView(compensation, estimate, payback)


def save_cost_scenario(
    position: Position, amounts: dict[str, object], rates: tuple[float, float], actor
) -> CostScenario:
    """Keep the lines that differ from their defaults, and the bad-hire rates."""
    compensation = compensation_of(position)
    if compensation is None:
        raise HiringError("Set the position's base salary first: the defaults are built on it.")
    without, with_ = rates
    if not (0 <= with_ <= 1 and 0 <= without <= 1):
        raise HiringError("Bad-hire rates are percentages between 0 and 100.")
    defaults = hc.estimate(compensation)
    overrides: dict[str, int] = {}
    for key, raw in amounts.items():
        if key not in hc.LINE_KEYS or raw in (None, ""):
            continue
        try:
            amount = Decimal(str(raw)).quantize(Decimal(1))
        except InvalidOperation as e:
            raise HiringError(f"{hc.LINE_LABELS[key]}: enter an amount in dollars.") from e
        if amount < 0:
            raise HiringError(f"{hc.LINE_LABELS[key]}: an amount cannot be negative.")
        if amount != defaults.line(key).amount:
            overrides[key] = int(amount)
    scenario = scenario_of(position)
    if scenario is None:
        scenario = CostScenario(position_id=position.id)
        db.session.add(scenario)
    scenario.overrides = overrides
    scenario.bad_hire_rate_without = float(without)
    scenario.bad_hire_rate_with = float(with_)
    scenario.updated_by_id = getattr(actor, "id", None)
    scenario.updated_at = utcnow()
    db.session.flush()
    record(actor, "reports.cost_saved", "position", position.id,
           after={"overridden": sorted(overrides)})
    return scenario


def cost_pdf_document(position: Position, view: CostView) -> dict:
    """Plain data for pdf/document.html: the lines, totals and payback, no ORM objects."""
    estimate, payback = view.estimate, view.payback

    def money(value) -> str:
        return f"${value:,}"

    rows = [
        [
            line.label + (" (changed)" if line.overridden else ""),
            "Direct" if line.kind == hc.DIRECT else "Indirect",
            money(line.amount),
            line.assumption
            + (f" Calculated default: {money(line.default)}." if line.overridden else ""),
        ]
        for line in estimate.lines
    ]
    c = view.compensation
    return {
        "kicker": "Cost of a bad hire",
        "subtitle": position.title,
        "summary": [
            {"label": "Direct expense", "value": money(estimate.direct_total)},
            {"label": "Indirect cost", "value": money(estimate.indirect_total)},
            {"label": "Total", "value": money(estimate.total)},
            {"label": "Payback of a structured process",
             "value": f"{payback.ratio}x" if payback.ratio is not None else "n/a"},
        ],
        "footnote": (
            f"Built on base salary {money(c.base_salary.quantize(Decimal(1)))}, variable pay "
            f"{money(c.variable_target.quantize(Decimal(1)))} and benefits at "
            f"{c.benefits_rate * 100:.0f}% of base."
        ),
        "sections": [
            {
                "heading": "The fifteen costs",
                "intro": "Direct lines are money paid out; indirect lines are time and "
                "opportunity lost.",
                "table": {
                    "caption": "Cost lines",
                    "columns": [
                        {"label": "Cost", "width": 28},
                        {"label": "Kind", "width": 10},
                        {"label": "Amount", "width": 14},
                        {"label": "Assumption", "width": 48},
                    ],
                    "rows": rows,
                },
            },
            {
                "heading": "Payback of a structured process",
                "paragraphs": [
                    payback.explanation,
                    f"Process cost per hire: {money(payback.process_cost)}. Expected bad-hire "
                    f"cost avoided per hire: {money(payback.avoided_cost)}.",
                    payback.verdict,
                ],
            },
        ],
    }


# ---------------------------------------------------------------------------------------------
# Voluntary self-identification and adverse impact


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
    try:
        from hiring.suitability.services import eligibility_decisions
    except ImportError:
        return []
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
    from hiring.assessments.models import Review, Submission
    from hiring.reports.scores import STEP_LABELS
    from hiring.rubrics import RubricError, get_rubric

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


# ---------------------------------------------------------------------------------------------
# Outcomes of hires and validity

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
    from sqlalchemy.orm import selectinload

    from hiring.plans.models import DevelopmentPlan, Milestone

    months = round(checkpoint_days / 30.4)
    tallies = {}
    for plan in db.session.scalars(select(DevelopmentPlan).where(
            DevelopmentPlan.candidate_id.in_(list(candidate_ids))).options(
            selectinload(DevelopmentPlan.milestones).selectinload(Milestone.reviews))):
        due = [m for m in plan.milestones if m.month <= months]
        if due:
            tallies[plan.candidate_id] = (sum(m.status == "achieved" for m in due), len(due))
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


# ---------------------------------------------------------------------------------------------
# API tokens


MAX_TOKEN_DAYS = 3650


def create_api_token(name: str, actor, scopes=("read:positions",),
                     expires_in_days: int | None = None) -> tuple[ApiToken, str]:
    """A new read-only token for some scopes, expiring after `expires_in_days` if given;
    the raw value is returned once and never stored."""
    name = " ".join(name.split())
    if not name:
        raise HiringError("Give the token a name that says who or what uses it.")
    if len(name) > 80:
        raise HiringError("Keep the token's name under 80 characters.")
    chosen = [s for s in API_SCOPES if s in set(scopes or ())]
    if not chosen or len(chosen) != len(set(scopes)):
        raise HiringError("Choose what the token may read: one or more of "
                          + ", ".join(API_SCOPES) + ".")
    if expires_in_days is not None and not 1 <= expires_in_days <= MAX_TOKEN_DAYS:
        raise HiringError(f"A token expires after 1 to {MAX_TOKEN_DAYS:,} days, or never "
                          "(leave the field empty).")
    raw = new_token()
    now = utcnow()
    token = ApiToken(name=name, token_hash=hash_token(raw), scope=" ".join(chosen),
                     created_by_id=getattr(actor, "id", None), created_at=now,
                     expires_at=now + timedelta(days=expires_in_days)
                     if expires_in_days is not None else None)
    db.session.add(token)
    db.session.flush()
    record(actor, "reports.api_token_created", "api_token", token.id,
           after={"scopes": chosen, "expires_at": token.expires_at.isoformat()
                  if token.expires_at else None})
    return token, raw


def revoke_api_token(token: ApiToken, actor) -> None:
    """Stop a token from working, for good."""
    if token.revoked_at is not None:
        raise HiringError("That token is already revoked.")
    token.revoked_at = utcnow()
    record(actor, "reports.api_token_revoked", "api_token", token.id)


def api_tokens() -> list[ApiToken]:
    """Every token, newest first."""
    return list(db.session.scalars(select(ApiToken).order_by(ApiToken.created_at.desc())))


def token_for(raw: str | None) -> ApiToken | None:
    """The active (unrevoked, unexpired) token with this raw value, if any."""
    if not raw:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(raw)))
    if token is None or not token.active:
        return None
    return token


def candidate_counts() -> dict[int, int]:
    """Candidates per position id."""
    return dict(
        db.session.execute(
            select(Candidate.position_id, func.count()).group_by(Candidate.position_id)
        ).all()
    )
