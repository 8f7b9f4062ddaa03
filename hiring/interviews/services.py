"""Question bank, interview plans, panels, blind scorecards, debrief and calibration."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from hiring import audit, blind
from hiring.analysis import agreement
from hiring.analysis.questions import lint
from hiring.auth.models import User
from hiring.candidates import notices
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError, NotAllowed
from hiring.interviews.models import (
    DECISIONS,
    RECOMMENDATIONS,
    REQUIRED_ANCHORS,
    SCALE,
    Amendment,
    AskedQuestion,
    Interview,
    InterviewQuestion,
    OutcomeCriterion,
    PanelMember,
    PlanItem,
    Rating,
    Scorecard,
)
from hiring.positions.models import Position
from hiring.timezones import local_text

PANEL_MIN, PANEL_MAX = 2, 3
MAX_QUESTION_CHARS = 1000
NUMBER_WORDS = {0: "nobody", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
# Stages from which a candidate can no longer be interviewed.
CLOSED_STAGES = ("screened_out", "hired", "onboarding")


# ---------------------------------------------------------------------------------------------
# Question bank


def clean_anchors(anchors: Mapping) -> dict[str, str]:
    """Anchors keyed "1".."5" with blanks dropped; 1, 3 and 5 must be written."""
    cleaned = {}
    for key, text in anchors.items():
        points = int(key)
        if points not in SCALE:
            raise HiringError(f"Anchors are for points 1 to 5; {points} is not on the scale.")
        if text and str(text).strip():
            cleaned[str(points)] = str(text).strip()
    missing = [str(p) for p in REQUIRED_ANCHORS if str(p) not in cleaned]
    if missing:
        raise HiringError(
            "Write a behavioural anchor for " + " and ".join(missing)
            + " points: raters need at least the anchors for 1, 3 and 5."
        )
    return dict(sorted(cleaned.items()))


def save_question(position: Position, *, text: str, competency: str, anchors: Mapping,
                  outcome_ids: Iterable[int], actor: User,
                  question: InterviewQuestion | None = None) -> InterviewQuestion:
    """Create or update a question in the position's bank."""
    text, competency = (text or "").strip(), (competency or "").strip()
    if not text:
        raise HiringError("Write the question.")
    if not competency:
        raise HiringError("Name the competency the question probes.")
    cleaned = clean_anchors(anchors)
    wanted = set(outcome_ids)
    outcomes = [o for o in position.outcomes if o.id in wanted]
    if len(outcomes) != len(wanted):
        raise HiringError("Choose outcomes of this position only.")
    if question is not None and question.position_id != position.id:
        raise NotAllowed("That question belongs to another position.")
    if question is None:
        question = InterviewQuestion(position_id=position.id, created_by_id=actor.id)
        db.session.add(question)
    question.text, question.competency, question.anchors = text, competency, cleaned
    question.outcomes = outcomes
    db.session.flush()
    return question


def bank(position: Position) -> list[InterviewQuestion]:
    """The position's questions, oldest first."""
    return list(db.session.scalars(
        select(InterviewQuestion).where(InterviewQuestion.position_id == position.id)
        .order_by(InterviewQuestion.id)))


# ---------------------------------------------------------------------------------------------
# Interview plan


@dataclass(frozen=True)
class PlanEntry:
    """What a manager asks for in a plan: a question (by id) or the development-plan talk."""

    kind: str
    minutes: int
    question_id: int | None = None
    weight: float = 1.0


def plan(position: Position) -> list[PlanItem]:
    """The position's interview plan in order."""
    return list(db.session.scalars(
        select(PlanItem).where(PlanItem.position_id == position.id)
        .order_by(PlanItem.sort_order, PlanItem.id)))


def save_plan(position: Position, entries: list[PlanEntry]) -> list[PlanItem]:
    """Replace the plan: questions of this position, each once, and one development-plan talk."""
    own = {q.id for q in bank(position)}
    problems = []
    seen: set[int] = set()
    for number, entry in enumerate(entries, start=1):
        if entry.kind == "question":
            if entry.question_id not in own:
                problems.append(f"Item {number} is not a question of this position.")
            elif entry.question_id in seen:
                problems.append(f"Item {number} repeats a question already in the plan.")
            seen.add(entry.question_id)
            if not 0 < entry.weight <= 10:
                problems.append(f"Item {number}: a weight is a number above 0 and up to 10.")
        elif entry.kind != "development_plan":
            problems.append(f"Item {number} is neither a question nor the development plan.")
        if not 1 <= entry.minutes <= 120:
            problems.append(f"Item {number}: give between 1 and 120 minutes.")
    talks = sum(1 for e in entries if e.kind == "development_plan")
    if talks != 1:
        problems.append("The plan includes the discussion of the candidate's development plan "
                        "exactly once.")
    if not seen:
        problems.append("Put at least one question in the plan.")
    if problems:
        raise HiringError(" ".join(problems))
    for item in plan(position):
        db.session.delete(item)
    db.session.flush()
    items = [PlanItem(position_id=position.id, sort_order=i, kind=e.kind,
                      question_id=e.question_id if e.kind == "question" else None,
                      minutes=e.minutes, weight=e.weight if e.kind == "question" else 0.0)
             for i, e in enumerate(entries)]
    db.session.add_all(items)
    db.session.flush()
    return items


# ---------------------------------------------------------------------------------------------
# Coverage


@dataclass(frozen=True)
class CoverageRow:
    outcome_id: int
    outcome: str
    questions: tuple[str, ...]
    in_plan: tuple[bool, ...]
    criteria: tuple[str, ...]

    @property
    def covered(self) -> bool:
        return bool(self.questions or self.criteria)


# The exercises a candidate does before the interview, whose rubric criteria can give evidence.
EXERCISE_STEPS = {"writing": "Writing test", "research": "Company research",
                  "presentation": "Final presentation"}


@dataclass(frozen=True)
class ExerciseCriterion:
    step: str
    rubric_id: str
    key: str
    label: str

    @property
    def ref(self) -> str:
        return f"{self.rubric_id}:{self.key}"

    @property
    def title(self) -> str:
        return f"{EXERCISE_STEPS[self.step]}: {self.label}"


def exercise_criteria(position: Position) -> list[ExerciseCriterion]:
    """The criteria of the rubrics the position's exercises are rated with."""
    from hiring.positions.services import rubric_for
    from hiring.rubrics import RubricError

    found = []
    for step in EXERCISE_STEPS:
        try:
            rubric = rubric_for(position.id, step)
        except (HiringError, RubricError):
            continue  # no rubric of that kind installed: the step gives no criteria
        found.extend(ExerciseCriterion(step, rubric.id, c.key, c.label) for c in rubric.criteria)
    return found


def criterion_links(position: Position) -> set[tuple[int, str]]:
    """(outcome id, "rubric:key") pairs the manager marked as evidence."""
    return {(link.outcome_id, f"{link.rubric_id}:{link.criterion_key}")
            for link in db.session.scalars(select(OutcomeCriterion).where(
                OutcomeCriterion.position_id == position.id))}


def save_criterion_links(position: Position, links: Iterable[tuple[int, str]]) -> None:
    """Replace which exercise criteria give evidence for which outcome."""
    outcomes = {o.id for o in position.outcomes}
    known = {c.ref for c in exercise_criteria(position)}
    wanted = set(links)
    if any(o not in outcomes or ref not in known for o, ref in wanted):
        raise HiringError("Link only this position's outcomes to its exercises' criteria.")
    for link in db.session.scalars(select(OutcomeCriterion).where(
            OutcomeCriterion.position_id == position.id)):
        db.session.delete(link)
    db.session.flush()
    for outcome_id, ref in sorted(wanted):
        rubric_id, key = ref.split(":", 1)
        db.session.add(OutcomeCriterion(position_id=position.id, outcome_id=outcome_id,
                                        rubric_id=rubric_id, criterion_key=key))
    db.session.flush()


def coverage(position: Position, criteria: Mapping[int, Iterable[str]] | None = None
             ) -> list[CoverageRow]:
    """Each outcome with the questions and exercise criteria that give evidence for it."""
    if criteria is None:
        titles = {c.ref: c.title for c in exercise_criteria(position)}
        linked: dict[int, list[str]] = {}
        for outcome_id, ref in sorted(criterion_links(position)):
            if ref in titles:  # a criterion since removed from the rubric gives no evidence
                linked.setdefault(outcome_id, []).append(titles[ref])
        criteria = linked
    planned = {item.question_id for item in plan(position) if item.question_id}
    questions = bank(position)
    rows = []
    for outcome in position.outcomes:
        probing = [q for q in questions if outcome in q.outcomes]
        rows.append(CoverageRow(
            outcome.id, outcome.text, tuple(q.text for q in probing),
            tuple(q.id in planned for q in probing),
            tuple((criteria or {}).get(outcome.id, ())),
        ))
    return rows


# ---------------------------------------------------------------------------------------------
# Scheduling


@dataclass(frozen=True)
class PlanGate:
    """Whether the candidate's development plan allows an interview."""

    available: bool  # the development-plan feature exists
    drafted: bool

    @property
    def open(self) -> bool:
        return self.drafted or not self.available


def development_plan_gate(candidate: Candidate) -> PlanGate:
    """A drafted development plan must be on the table before the first interview."""
    if importlib.util.find_spec("hiring.plans.services") is None:
        return PlanGate(available=False, drafted=False)
    plans = importlib.import_module("hiring.plans.services")
    has_drafted = getattr(plans, "has_drafted_plan", None)
    if has_drafted is None:
        return PlanGate(available=False, drafted=False)
    return PlanGate(available=True, drafted=bool(has_drafted(candidate.id)))


def check_panel(users: list[User]) -> None:
    """Two or three distinct, active staff members."""
    ids = {u.id for u in users}
    if len(ids) != len(users):
        raise HiringError("Each interviewer can sit on the panel only once.")
    if not PANEL_MIN <= len(users) <= PANEL_MAX:
        chosen = NUMBER_WORDS.get(len(users), str(len(users)))
        raise HiringError(
            f"A panel has two or three interviewers; you chose {chosen}. Two or three people "
            "asking the same questions and scoring independently make the scores comparable."
        )
    inactive = [u.name or u.email for u in users if not u.is_active]
    if inactive:
        raise HiringError(f"{', '.join(inactive)} can no longer sign in; choose someone else.")


def schedule_interview(candidate: Candidate, *, panel: list[User], scheduled_at: datetime,
                       location: str, actor: User) -> Interview:
    """Schedule an interview with the position's plan, a panel and a drafted development plan."""
    if candidate.stage in CLOSED_STAGES:
        raise HiringError(f"{candidate.name} is {candidate.stage_label.lower()}; there is no "
                          "interview to schedule.")
    if scheduled_at.tzinfo is None:
        raise HiringError("Give the interview time with its time zone.")
    check_panel(panel)
    gate = development_plan_gate(candidate)
    if not gate.open:
        raise HiringError("Draft the candidate's development plan first: it is discussed in "
                          "the interview.")
    items = plan(candidate.position)
    if not any(item.kind == "question" for item in items):
        raise HiringError("The position has no interview plan yet; plan the questions first.")
    interview = Interview(candidate_id=candidate.id, position_id=candidate.position_id,
                          scheduled_at=scheduled_at, location=(location or "").strip(),
                          created_by_id=actor.id)
    interview.panel = [PanelMember(user_id=u.id, candidate_id=candidate.id) for u in panel]
    interview.questions = [_snapshot(item, candidate.id) for item in items]
    db.session.add(interview)
    db.session.flush()
    audit.record(actor, "interview.scheduled", "interview", interview.id,
                 candidate_id=candidate.id,
                 after={"panel": sorted(u.id for u in panel),
                        "scheduled_at": scheduled_at.isoformat()})
    notices.interview_scheduled(interview)
    return interview


def _open_for_change(interview: Interview, doing: str) -> None:
    if interview.decision is not None:
        raise HiringError(f"The panel has decided on this interview; it cannot be {doing}.")
    if any(card.submitted_at is not None for card in interview.scorecards):
        raise HiringError(f"A panelist has submitted a scorecard; the interview took place "
                          f"and cannot be {doing}.")


def move_interview(interview: Interview, *, scheduled_at: datetime, location: str,
                   actor: User) -> Interview:
    """A new time or place; the candidate and panel get an updated calendar invitation."""
    _open_for_change(interview, "moved")
    if scheduled_at.tzinfo is None:
        raise HiringError("Give the interview time with its time zone.")
    location = (location or "").strip()
    before = {"scheduled_at": interview.scheduled_at.isoformat(),
              "location": interview.location}
    if scheduled_at == interview.scheduled_at and location == interview.location:
        raise HiringError("That is the interview's time and place already.")
    interview.scheduled_at, interview.location = scheduled_at, location
    interview.calendar_sequence += 1
    db.session.flush()
    audit.record(actor, "interview.moved", "interview", interview.id,
                 candidate_id=interview.candidate_id, before=before,
                 after={"scheduled_at": scheduled_at.isoformat(), "location": location})
    notices.interview_moved(interview)
    return interview


def cancel_interview(interview: Interview, actor: User) -> int:
    """Call the interview off: the candidate and panel get a calendar cancellation, and the
    interview with its draft scorecards is removed. Returns the candidate's id."""
    _open_for_change(interview, "cancelled")
    interview.calendar_sequence += 1
    notices.interview_cancelled(interview)
    candidate_id = interview.candidate_id
    audit.record(actor, "interview.cancelled", "interview", interview.id,
                 candidate_id=candidate_id,
                 before={"scheduled_at": interview.scheduled_at.isoformat(),
                         "panel": sorted(interview.panelist_ids())})
    db.session.delete(interview)
    db.session.flush()
    return candidate_id


def _snapshot(item: PlanItem, candidate_id: int) -> AskedQuestion:
    if item.kind == "development_plan":
        return AskedQuestion(candidate_id=candidate_id, sort_order=item.sort_order,
                             kind="development_plan", minutes=item.minutes, weight=0.0,
                             text="Discuss the candidate's first-year development plan and "
                                  "record their reaction.")
    question = item.question
    return AskedQuestion(candidate_id=candidate_id, sort_order=item.sort_order, kind="question",
                         question_id=question.id, text=question.text,
                         competency=question.competency, anchors=dict(question.anchors),
                         outcome_ids=[o.id for o in question.outcomes], minutes=item.minutes,
                         weight=item.weight)


# ---------------------------------------------------------------------------------------------
# Who sees what


def is_panelist(interview: Interview, user: User) -> bool:
    return user.id in interview.panelist_ids()


def can_view(interview: Interview, user: User) -> bool:
    """Panelists see their interviews; managers and admins see every interview."""
    return is_panelist(interview, user) or user.has_role("manager")


_LISTED = (selectinload(Interview.scorecards), joinedload(Interview.candidate),
           joinedload(Interview.position))


def interviews_for_query(user: User):
    """Interviews the user sits on, most recent first, ready to paginate."""
    return (select(Interview).join(PanelMember).where(PanelMember.user_id == user.id)
            .order_by(Interview.scheduled_at.desc(), Interview.id.desc()).options(*_LISTED))


def all_interviews_query():
    """Every interview, most recent first, ready to paginate."""
    return (select(Interview).order_by(Interview.scheduled_at.desc(), Interview.id.desc())
            .options(*_LISTED))


def sits_on_panels(user: User) -> bool:
    return db.session.scalar(
        select(PanelMember.id).where(PanelMember.user_id == user.id).limit(1)) is not None


def _outstanding_query(user: User):
    submitted = select(Scorecard.interview_id).where(
        Scorecard.interviewer_id == user.id, Scorecard.submitted_at.is_not(None))
    return (select(Interview).join(PanelMember)
            .where(PanelMember.user_id == user.id, Interview.id.not_in(submitted),
                   Interview.scheduled_at <= utcnow()))


def outstanding_scorecards(user: User, limit: int | None = None) -> list[Interview]:
    """Interviews where the user has not submitted a scorecard yet, oldest first."""
    return list(db.session.scalars(
        _outstanding_query(user).order_by(Interview.scheduled_at, Interview.id).limit(limit)
        .options(joinedload(Interview.candidate), joinedload(Interview.position))))


def outstanding_among(user: User, interviews: list[Interview]) -> set[int]:
    """Which of `interviews` still wait for the user's scorecard."""
    ids = [i.id for i in interviews]
    return set(db.session.scalars(_outstanding_query(user).where(Interview.id.in_(ids))
                                  .with_only_columns(Interview.id)))


def outstanding_count(user: User) -> int:
    return db.session.scalar(select(func.count()).select_from(
        _outstanding_query(user).subquery()))


def own_scorecard(interview: Interview, user: User) -> Scorecard | None:
    return next((s for s in interview.scorecards if s.interviewer_id == user.id), None)


def debrief_block(interview: Interview, user: User) -> str | None:
    """Why the user may not see the panel's ratings yet, or None when they may."""
    if is_panelist(interview, user):
        if blind.withheld(user).hides_interview(interview.id):
            return ("Submit your own scorecard first: until you do, nobody else's ratings are "
                    "shown to you, so that every panelist scores independently.")
        return None
    if not user.has_role("manager"):
        return "Only the panel and hiring managers see this interview."
    return None


# ---------------------------------------------------------------------------------------------
# Scorecards


def not_started(interview: Interview, now: datetime | None = None,
                viewer: User | None = None) -> str | None:
    """Why nothing can be scored or decided yet (the interview has not started), or None."""
    if (now or utcnow()) >= interview.scheduled_at:
        return None
    return ("The scorecard opens when the interview starts, on "
            f"{local_text(interview.scheduled_at, viewer, '%A %-d %B %Y at %H:%M')}: you rate "
            "what you heard, so there is nothing to rate before then.")


def scorecard_for(interview: Interview, user: User) -> Scorecard:
    """The panelist's scorecard, started on first use."""
    if not is_panelist(interview, user):
        raise NotAllowed("Only the interview's panel fills in scorecards.")
    if reason := not_started(interview):
        raise HiringError(reason)
    card = own_scorecard(interview, user)
    if card is None:
        card = Scorecard(interview_id=interview.id, interviewer_id=user.id,
                         candidate_id=interview.candidate_id)
        interview.scorecards.append(card)
        db.session.flush()
    return card


@dataclass(frozen=True)
class RatingInput:
    points: int | None
    notes: str = ""


def save_scorecard(card: Scorecard, ratings: Mapping[int, RatingInput], *,
                   recommendation: str | None, notes: str, submit: bool, actor: User) -> None:
    """Save a draft, or submit: every question rated and a recommendation given. Then locked."""
    if card.submitted:
        raise HiringError("This scorecard was submitted and is locked; amend it with a reason.")
    if card.interviewer_id != actor.id:
        raise NotAllowed("Only its author fills in a scorecard.")
    if reason := not_started(card.interview):
        raise HiringError(reason)
    asked = {q.id: q for q in card.interview.questions if q.rated}
    unknown = set(ratings) - set(asked)
    if unknown:
        raise HiringError("Some ratings are for questions that are not in this interview.")
    for asked_id, given in ratings.items():
        scale = asked[asked_id].scale
        if given.points is not None and given.points not in scale:
            raise HiringError(f"Rate “{asked[asked_id].text}” from {scale[0]} to {scale[-1]}.")
    if recommendation is not None and recommendation not in RECOMMENDATIONS:
        raise HiringError("Choose one of the recommendations offered.")
    if submit:
        def effective(q_id: int) -> int | None:
            if q_id in ratings:
                return ratings[q_id].points
            stored = card.rating_for(q_id)
            return stored.points if stored else None

        missing = [q.text for q_id, q in asked.items() if effective(q_id) is None]
        if missing:
            raise HiringError(f"Rate every question before submitting; {len(missing)} "
                              f"still {'has' if len(missing) == 1 else 'have'} no rating: "
                              + "; ".join(missing))
        if recommendation is None:
            raise HiringError("Give your overall recommendation before submitting.")
    for asked_id, given in ratings.items():
        rating = card.rating_for(asked_id)
        if rating is None:
            rating = Rating(asked_question_id=asked_id, candidate_id=card.candidate_id)
            card.ratings.append(rating)
        rating.points, rating.notes = given.points, (given.notes or "").strip()
    card.recommendation = recommendation
    card.notes = (notes or "").strip()
    if submit:
        card.submitted_at = utcnow()
        interview = card.interview
        card.rubric_id, card.rubric_version, card.rubric_digest = (
            interview.rubric_id, interview.rubric_version, interview.rubric_digest)
        db.session.flush()
        audit.record(actor, "scorecard.submitted", "scorecard", card.id,
                     candidate_id=card.candidate_id,
                     after={"ratings": {str(r.asked_question_id): r.points for r in card.ratings},
                            "recommendation": recommendation})
    db.session.flush()


def amend_scorecard(card: Scorecard, *, points: Mapping[int, int],
                    recommendation: str | None, reason: str, actor: User) -> list[Amendment]:
    """Change a submitted scorecard: each change is kept with its reason and audited."""
    if not card.submitted:
        raise HiringError("This scorecard is still a draft; change it directly.")
    if card.interviewer_id != actor.id:
        raise NotAllowed("Only its author amends a scorecard.")
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise HiringError("Say why you amend the scorecard (at least a short sentence).")
    changes: list[Amendment] = []
    for asked_id, new in points.items():
        rating = card.rating_for(asked_id)
        if rating is None:
            raise HiringError("That question is not on this scorecard.")
        scale = next((q.scale for q in card.interview.questions if q.id == asked_id), SCALE)
        if new not in scale:
            raise HiringError(f"Ratings go from {scale[0]} to {scale[-1]}.")
        if rating.points != new:
            changes.append(Amendment(candidate_id=card.candidate_id, asked_question_id=asked_id,
                                     field="points", before=str(rating.points), after=str(new),
                                     reason=reason, by_id=actor.id))
            rating.points = new
    if recommendation is not None and recommendation != card.recommendation:
        if recommendation not in RECOMMENDATIONS:
            raise HiringError("Choose one of the recommendations offered.")
        changes.append(Amendment(candidate_id=card.candidate_id, field="recommendation",
                                 before=card.recommendation or "", after=recommendation,
                                 reason=reason, by_id=actor.id))
        card.recommendation = recommendation
    if not changes:
        raise HiringError("Nothing was changed, so there is nothing to amend.")
    card.amendments.extend(changes)
    db.session.flush()
    audit.record(actor, "scorecard.amended", "scorecard", card.id,
                 candidate_id=card.candidate_id,
                 before={a.field + (f":{a.asked_question_id}" if a.asked_question_id else ""):
                         a.before for a in changes},
                 after={a.field + (f":{a.asked_question_id}" if a.asked_question_id else ""):
                        a.after for a in changes})
    return changes


# ---------------------------------------------------------------------------------------------
# Debrief


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
    from hiring.candidates import services as candidates
    from hiring.candidates.pipeline import Stage

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


# ---------------------------------------------------------------------------------------------
# Calibration


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


def calibration(position: Position, hidden: blind.Withheld = blind.NOTHING) -> Calibration:
    """Agreement over the position's submitted ratings, per panel, and each rater's leniency
    (leaving out the interviews the viewer still has to score: `hidden`)."""
    # Two queries for the whole position, however many interviews it has.
    rows = db.session.execute(
        select(Rating.asked_question_id, Scorecard.interview_id, Scorecard.interviewer_id,
               Rating.points)
        .join(Scorecard, Rating.scorecard_id == Scorecard.id)
        .join(AskedQuestion, Rating.asked_question_id == AskedQuestion.id)
        .join(Interview, Scorecard.interview_id == Interview.id)
        .where(Interview.position_id == position.id, Scorecard.submitted_at.is_not(None),
               Rating.points.is_not(None), AskedQuestion.kind == "question"))
    panels_of: dict[int, set[int]] = {}
    for interview_id, user_id in db.session.execute(
            select(PanelMember.interview_id, PanelMember.user_id)
            .join(Interview, PanelMember.interview_id == Interview.id)
            .where(Interview.position_id == position.id)):
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
    users = {u.id: u for u in db.session.scalars(
        select(User).where(User.id.in_({r for key in by_panel for r in key})))}
    panels = [
        PanelAgreement(tuple(sorted((users[r] for r in key), key=lambda u: u.name or u.email)),
                       len(interviews_of[key]), agreement.icc_average(units),
                       agreement.krippendorff_alpha(units))
        for key, units in by_panel.items()
    ]
    return Calibration(
        alpha=agreement.krippendorff_alpha(everything),
        panels=panels,
        leniency=[(users[x.rater], x) for x in agreement.leniency(everything)],
    )


# ---------------------------------------------------------------------------------------------
# Interview kit


def kit_context(interview: Interview, viewer: User | None = None) -> dict:
    """Plain data for the kit page and its PDF, as `viewer` may see it."""
    position = interview.position
    outcomes = {o.id: o.text for o in position.outcomes}
    return {
        "candidate": interview.candidate.name,
        "position": position.title,
        "scheduled_at": local_text(interview.scheduled_at, viewer, "%Y-%m-%d %H:%M"),
        "location": interview.location,
        "panel": [m.user.name or m.user.email for m in interview.panel],
        "outcomes": [o.text for o in position.outcomes],
        "questions": [
            {
                "number": i,
                "kind": q.kind,
                "text": q.text,
                "competency": q.competency,
                "minutes": q.minutes,
                "anchors": [{"points": int(k), "text": v}
                            for k, v in sorted(q.anchors.items(), key=lambda kv: int(kv[0]))],
                "outcomes": [outcomes[o] for o in q.outcome_ids if o in outcomes],
            }
            for i, q in enumerate(interview.questions, start=1)
        ],
        "total_minutes": interview.minutes or sum(q.minutes for q in interview.questions),
        "kicker": "Final presentation kit" if interview.is_presentation
        else "Structured interview kit",
        "exercises": exercise_summary(interview.candidate, blind.withheld(viewer)),
        "probes": _preference_probes(interview.candidate),
    }


def _preference_probes(candidate: Candidate) -> list[dict]:
    """Questions the work-preference questionnaire opens: one per trait outside its range."""
    from hiring.suitability.services import interview_probes

    return interview_probes(candidate)


def kit_document(kit: dict) -> dict:
    """The kit as a generic printed document (templates/pdf/document.html)."""
    sections = [
        {"heading": "The outcomes this hire must deliver", "items": kit["outcomes"]},
        {"heading": "Panel", "items": kit["panel"],
         "intro": "Each panelist scores independently and submits before the debrief."},
    ]
    if kit["exercises"]:
        sections.append({"heading": "Exercise results in summary",
                         "items": [f"{e['label']}: {e['value']}" for e in kit["exercises"]]})
    if kit.get("probes"):
        sections.append({"heading": "Questions from the work-preference questionnaire",
                         "items": [f"{p['label']} ({p['fit']} the range): {p['question']}"
                                   for p in kit["probes"]]})
    for q in kit["questions"]:
        section = {"heading": f"{q['number']}. {q['text']}",
                   "intro": " · ".join(part for part in (
                       f"{q['minutes']} minutes" if q["minutes"] else "", q["competency"])
                       if part)}
        if q["outcomes"]:
            section["items"] = [f"Evidence for: {o}" for o in q["outcomes"]]
        if q["anchors"]:
            section["table"] = {
                "caption": "Anchored scale",
                "columns": [{"label": "Points", "width": 12}, {"label": "Anchor", "width": 58},
                            {"label": "Notes", "width": 30}],
                "rows": [[str(a["points"]), a["text"], ""] for a in q["anchors"]],
            }
        # A question's heading, scale and room for notes print together on one page.
        section["keep"] = True
        section["notes_space"] = True
        sections.append(section)
    return {
        "kicker": kit["kicker"],
        "subtitle": f"{kit['candidate']} · {kit['position']}",
        "summary": [
            {"label": "When", "value": kit["scheduled_at"]},
            {"label": "Where", "value": kit["location"] or "To be confirmed"},
            {"label": "Length", "value": f"{kit['total_minutes']} minutes"},
        ],
        "sections": sections,
    }


def exercise_summary(candidate: Candidate, hidden: blind.Withheld = blind.NOTHING
                     ) -> list[dict]:
    """The candidate's exercises: mean reviewed score per step, or where the step stands
    (no score for a submission the viewer still has to review: `hidden`)."""
    from sqlalchemy import func

    from hiring.assessments.models import Review, Submission

    rows = db.session.execute(
        select(Submission.id, Submission.step, Submission.submitted_at, func.avg(Review.score),
               func.count(Review.id))
        .outerjoin(Review, Review.submission_id == Submission.id)
        .where(Submission.candidate_id == candidate.id)
        .group_by(Submission.id, Submission.step, Submission.submitted_at)
        .order_by(Submission.id)).all()
    summary = []
    for submission_id, step, submitted_at, mean, count in rows:
        if hidden.hides_submission(submission_id):
            value = "waiting for your review (other reviews are shown once yours is in)"
        elif count:
            value = f"{mean:.0f} of 100, from {count} review{'s' if count != 1 else ''}"
        else:
            value = "handed in, not reviewed yet" if submitted_at else "not handed in"
        summary.append({"label": EXERCISE_STEPS.get(step, step), "value": value})
    return summary


def lint_dict(text: str) -> dict | None:
    """The question checker's verdict as plain data; None for a text over the length limit,
    which is never analysed."""
    if len(text) > MAX_QUESTION_CHARS:
        return None
    return lint(text).to_dict()


def panel_candidates() -> list[User]:
    """Active staff who can sit on a panel."""
    return list(db.session.scalars(
        select(User).where(User.active.is_(True)).order_by(User.name, User.email)))

