"""The position's interview plan, and which questions and exercise criteria cover each
outcome."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select

from hiring.db import db
from hiring.errors import HiringError
from hiring.interviews.models import OutcomeCriterion, PlanItem
from hiring.interviews.services.questions import bank
from hiring.positions.models import Position
from hiring.positions.services import rubric_for
from hiring.rubrics import RubricError


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
