"""Creating and changing positions: outcomes, status, compensation and rubric choices."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hiring import audit
from hiring.analysis.findings import Finding as Problem
from hiring.analysis.outcomes import OutcomeCheck, check, period_problem, read_period
from hiring.auth.models import User
from hiring.company import services as company_services
from hiring.db import db
from hiring.errors import HiringError
from hiring.positions.models import (
    MAX_PAY,
    POSITION_STATUSES,
    Outcome,
    Position,
    PositionRubric,
    pay_in_range,
)
from hiring.rubrics import Rubric, RubricError, all_rubrics, get_rubric

MIN_OUTCOMES = 1
MAX_OUTCOMES = 8
# The article: "no more than half a dozen specific statements" make a clear description.
NUDGE_ABOVE = 6
MAX_OUTCOME_CHARS = 1000
# Each rated step of the process, with the kind of rubric a position chooses for it (the
# invitation steps and their labels are `hiring.steps`).
RUBRIC_STEPS = {
    "writing": "Writing test",
    "research": "Company research",
    "interview": "Structured interview",
    "presentation": "Final presentation",
}


@dataclass
class PositionData:
    """What a manager enters for a position, as plain values."""

    title: str
    target_market: str = ""
    hiring_manager_id: int | None = None
    base_salary: Decimal | None = None
    variable_pay: Decimal | None = None
    benefits_rate: Decimal | None = None  # a fraction: 0.25 for 25 %
    status: str = "draft"
    outcomes: list[str] = field(default_factory=list)
    outcomes_due: str = ""  # the period the whole list is due in; empty for none
    rubrics: dict[str, str] = field(default_factory=dict)  # step -> rubric id
    accepts_resume: bool = False
    invite_on_apply: bool = False


def check_outcomes(texts: list[str], due: str | None = None) -> list[OutcomeCheck]:
    """The checker's verdict on each statement, a statement without a deadline taking the
    list's period `due` (ignored when it reads as no deadline); one over the length limit is
    not analysed."""
    # read_period refuses a period over its length limit before reading it.
    deadline = read_period(due) if due else None
    return [check(text, due=deadline) if len(text) <= MAX_OUTCOME_CHARS else _too_long(text)
            for text in texts]


@lru_cache(maxsize=2048)
def _listed_check(text: str, due: str | None) -> OutcomeCheck:
    return check_outcomes([text], due)[0]


def listed_outcome_checks(texts: list[str], due: str | None = None) -> list[OutcomeCheck]:
    """check_outcomes for the positions list, which shows every position's verdicts: a
    verdict depends on the statement's text and the list's period alone (and is immutable),
    so each saved pair is analysed once per process, not on every visit."""
    return [_listed_check(text, due or None) for text in texts]


def _too_long(text: str) -> OutcomeCheck:
    message = f"Keep each outcome under {MAX_OUTCOME_CHARS} characters."
    return OutcomeCheck(text=text, quantities=(), deadline=None, results=(),
                        problems=(Problem("too_long", message, 0, len(text)),))


_LIST_DEADLINE = " Or say once when the whole list is due."


def describe(found: OutcomeCheck) -> dict:
    """What the editor shows for one statement (the page and the live check share it)."""
    parts = [q.text for q in found.quantities]
    if found.deadline is not None:
        parts.append(describe_deadline(found.deadline)
                     + (" (the list's period)" if found.deadline_from_list else ""))
    if found.measurable and found.deadline_from_list:
        summary = "Measurable: a result, a number and the list's deadline."
    elif found.measurable:
        summary = "Measurable: a result, a number and a deadline."
    else:
        summary = f"Not measurable yet: {_lacks(found)}."
    problems = []
    for p in found.problems:
        whole = (p.start, p.end) == (0, len(found.text))
        message = p.message + (_LIST_DEADLINE if p.code == "missing_deadline" else "")
        problems.append({"code": p.code, "message": message,
                         "excerpt": "" if whole else found.text[p.start:p.end]})
    return {"measurable": found.measurable, "summary": summary, "found": parts,
            "problems": problems}


def describe_deadline(deadline) -> str:
    if deadline.date is not None:
        return f"due {deadline.date:%-d %B %Y}"
    months = deadline.months_after_hire
    return f"due {months:g} month{'' if months == 1 else 's'} after hire"


def rubric_choices(step: str) -> list[Rubric]:
    """Rubrics a step may use: those of the step's kind, by title."""
    return sorted((r for r in all_rubrics().values() if r.kind == step), key=lambda r: r.title)


def default_rubric_id(step: str) -> str:
    choices = rubric_choices(step)
    if not choices:
        raise HiringError(f"No rubric of kind '{step}' is installed in rubrics/.")
    return choices[0].id


def rubric_id_for(position_id: int, step: str) -> str:
    """The rubric id a position uses for a step: its choice, else the default for the step."""
    chosen = db.session.scalar(select(PositionRubric.rubric_id).where(
        PositionRubric.position_id == position_id, PositionRubric.step == step))
    return chosen or default_rubric_id(step)


def rubric_for(position_id: int, step: str) -> Rubric:
    """The Rubric a position uses for a step."""
    rubric_id = rubric_id_for(position_id, step)
    try:
        return get_rubric(rubric_id)
    except RubricError as e:
        raise HiringError(f"The rubric '{rubric_id}' chosen for this position is missing; "
                          "choose another one on the position's edit page.") from e


_MISSING = {"missing_result": "result", "missing_quantity": "number",
            "missing_deadline": "deadline",
            # Over the length limit, a statement is not analysed: it has none of them yet.
            "too_long": "result, number or deadline the checker read"}


def _or_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _lacks(found: OutcomeCheck) -> str:
    """What keeps a statement from being measurable, e.g. "no number or deadline"."""
    codes = {p.code for p in found.problems}
    parts = []
    missing = [name for code, name in _MISSING.items() if code in codes]
    if missing:
        parts.append(f"no {_or_list(missing)}")
    if found.inputs and not missing:
        # When a part is missing that already says why; otherwise name the requirement.
        parts.append("it asks for an input (experience, a book of business, a degree) "
                     "instead of a result; remove the requirement")
    return "; ".join(parts)


def unmeasurable(checks: list[OutcomeCheck]) -> list[str]:
    """One line per outcome that is not measurable, saying what it lacks."""
    lines = []
    for number, found in enumerate(checks, start=1):
        if not found.measurable:
            lacks = _lacks(found)
            joint = " has " if lacks.startswith("no ") else ": "
            lines.append(f"Outcome {number}{joint}{lacks}.")
    return lines


def _validate(data: PositionData, checks: list[OutcomeCheck] | None = None) -> list[str]:
    problems = []
    if not data.title.strip():
        problems.append("Give the position a title.")
    if data.status not in POSITION_STATUSES:
        problems.append(f"Status must be one of {', '.join(POSITION_STATUSES)}.")
    texts = data.outcomes
    if any(not t.strip() for t in texts):
        problems.append("Remove empty outcome statements or write them.")
    if not MIN_OUTCOMES <= len(texts) <= MAX_OUTCOMES:
        problems.append(f"A position has {MIN_OUTCOMES} to {MAX_OUTCOMES} outcome statements; "
                        f"this one has {len(texts)}.")
    if any(len(t) > MAX_OUTCOME_CHARS for t in texts):
        problems.append(f"Keep each outcome under {MAX_OUTCOME_CHARS} characters.")
    period = period_problem(data.outcomes_due)
    if period:
        problems.append(f"When the outcomes are due: {period}")
    for label, amount in (("Base salary", data.base_salary), ("Variable pay", data.variable_pay)):
        if amount is not None and amount.is_finite() and amount < 0:
            problems.append(f"{label} cannot be negative.")
        elif not pay_in_range(amount):
            problems.append(f"{label} is an amount from $0 to ${MAX_PAY:,} a year.")
    if not pay_in_range(data.benefits_rate, Decimal(1)):
        problems.append("The benefits rate is a percentage from 0 to 100.")
    if data.hiring_manager_id is not None:
        manager = db.session.get(User, data.hiring_manager_id)
        if manager is None or not manager.is_active or not manager.has_role("manager"):
            problems.append("The hiring manager must be an active manager or admin.")
    for step, rubric_id in data.rubrics.items():
        if step not in RUBRIC_STEPS:
            problems.append(f"There is no step '{step}'.")
        elif rubric_id not in {r.id for r in rubric_choices(step)}:
            problems.append(f"'{rubric_id}' is not a {RUBRIC_STEPS[step].lower()} rubric.")
    if data.status == "open" and not problems:
        if checks is None or [c.text for c in checks] != texts:
            checks = check_outcomes(texts, data.outcomes_due)
        not_ready = unmeasurable(checks)
        if not_ready:
            problems.append("A position opens only when every outcome is measurable (a result, "
                            "a number and a deadline). " + " ".join(not_ready)
                            + " Save it as a draft until then.")
    return problems


def save_position(position: Position | None, data: PositionData, actor,
                  checks: list[OutcomeCheck] | None = None) -> Position:
    """Create (position None) or update a position with its outcomes and rubric choices;
    `checks` are the outcomes' checks made before the write began (check_outcomes)."""
    problems = _validate(data, checks)
    if problems:
        raise HiringError(" ".join(problems))
    created = position is None
    if created:
        position = Position(title="")
        db.session.add(position)
    before = None if created else _summary(position)
    position.title = data.title.strip()
    position.target_market = data.target_market.strip()
    position.hiring_manager_id = data.hiring_manager_id
    position.base_salary = data.base_salary
    position.variable_pay = data.variable_pay
    position.benefits_rate = data.benefits_rate
    position.status = data.status
    position.outcomes_due = data.outcomes_due.strip() or None
    position.accepts_resume = bool(data.accepts_resume)
    position.invite_on_apply = bool(data.invite_on_apply)
    _replace_outcomes(position, [t.strip() for t in data.outcomes])
    db.session.flush()
    _store_rubrics(position.id, data.rubrics)
    audit.record(actor, "position.created" if created else "position.updated", "position",
                 position.id, before=before, after=_summary(position))
    return position


def _replace_outcomes(position: Position, texts: list[str]) -> None:
    # Outcomes are kept by position in the list: an edited statement keeps its row.
    existing = sorted(position.outcomes, key=lambda o: o.sort_order)
    for index, text in enumerate(texts):
        if index < len(existing):
            existing[index].text, existing[index].sort_order = text, index
        else:
            position.outcomes.append(Outcome(sort_order=index, text=text))
    for outcome in existing[len(texts):]:
        position.outcomes.remove(outcome)


def _store_rubrics(position_id: int, choices: dict[str, str]) -> None:
    stored = {row.step: row for row in db.session.scalars(
        select(PositionRubric).where(PositionRubric.position_id == position_id))}
    for step, rubric_id in choices.items():
        row = stored.get(step)
        if row is None:
            db.session.add(PositionRubric(position_id=position_id, step=step,
                                          rubric_id=rubric_id))
        else:
            row.rubric_id = rubric_id


def chosen_rubrics(position_id: int) -> dict[str, str]:
    """Step -> rubric id for every step (the default where none was chosen)."""
    return {step: rubric_id_for(position_id, step) for step in RUBRIC_STEPS}


def set_status(position: Position, status: str, actor,
               checks: list[OutcomeCheck] | None = None) -> Position:
    """Open, close or return a position to draft; opening needs measurable outcomes
    (`checks`: the outcomes' checks made before the write began)."""
    if status not in POSITION_STATUSES:
        raise HiringError(f"Status must be one of {', '.join(POSITION_STATUSES)}.")
    if status == "open":
        texts = [o.text for o in position.outcomes]
        if not texts:
            raise HiringError("Add at least one outcome before opening the position.")
        if checks is None or [c.text for c in checks] != texts:
            checks = check_outcomes(texts, position.outcomes_due)
        not_ready = unmeasurable(checks)
        if not_ready:
            raise HiringError("A position opens only when every outcome is measurable. "
                              + " ".join(not_ready))
    before = position.status
    position.status = status
    audit.record(actor, "position.status", "position", position.id, before={"status": before},
                 after={"status": status})
    return position


def _summary(position: Position) -> dict:
    # Field values only: positions hold no personal data beyond the manager's id.
    return {
        "title": position.title,
        "status": position.status,
        "hiring_manager_id": position.hiring_manager_id,
        "outcomes": len(position.outcomes),
        "outcomes_due": position.outcomes_due or "",
    }


def pdf_context(position: Position) -> dict:
    """Plain data for templates/pdf/position.html."""
    checks = check_outcomes([o.text for o in position.outcomes], position.outcomes_due)
    return {
        "kicker": "Position description",
        "outcomes_due": position.outcomes_due or "",
        "target_market": position.target_market or "",
        "status": position.status,
        "outcomes": [{"text": o.text, "measurable": c.measurable}
                     for o, c in zip(position.outcomes, checks, strict=True)],
        "hiring_manager": (position.hiring_manager.name or position.hiring_manager.email)
        if position.hiring_manager else "",
        "compensation": compensation_lines(position),
        "company": _company_name(),
    }


def all_positions() -> list[Position]:
    """Every position, by status and then title."""
    return list(db.session.scalars(select(Position).order_by(Position.status, Position.title)
                                   .options(selectinload(Position.outcomes))))


def _company_name() -> str:
    return company_services.current().name


def compensation_lines(position: Position) -> list[dict]:
    """Label/value pairs for the compensation that has been entered."""
    lines = []
    if position.base_salary is not None:
        lines.append({"label": "Base salary", "value": f"${position.base_salary:,.0f}"})
    if position.variable_pay is not None:
        lines.append({"label": "Variable pay (on target)",
                      "value": f"${position.variable_pay:,.0f}"})
    if position.benefits_rate is not None:
        lines.append({"label": "Benefits",
                      "value": f"{position.benefits_rate * 100:.0f}% of base salary"})
    return lines
