"""What an outcome check returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hiring.analysis.findings import Finding


@dataclass(frozen=True)
class Quantity:
    """A number found in a statement; kind is "number", "money" or "percent"."""

    value: int | float
    text: str
    start: int
    end: int
    kind: str = "number"

    def to_dict(self) -> dict:
        return {"value": self.value, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Deadline:
    """When the result is due: months after the hire date or an absolute date."""

    text: str
    start: int
    end: int
    months_after_hire: int | float | None = None
    date: date | None = None

    def to_dict(self) -> dict:
        if self.date is not None:
            return {"date": self.date.isoformat()}
        return {"months_after_hire": self.months_after_hire}


@dataclass(frozen=True)
class Span:
    """A piece of the statement, e.g. a word naming the result."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class OutcomeCheck:
    """What the checker found in one outcome statement."""

    text: str
    quantities: tuple[Quantity, ...]
    deadline: Deadline | None
    results: tuple[Span, ...]
    problems: tuple[Finding, ...]
    # The statement gave no deadline and took the list's period ("By day 90:"): the
    # deadline's offsets are then into the period's text, not into this statement.
    deadline_from_list: bool = False

    @property
    def inputs(self) -> tuple[Finding, ...]:
        """Requirements on the candidate's background rather than on what they deliver."""
        return tuple(p for p in self.problems if p.code.startswith("input_"))

    @property
    def measurable(self) -> bool:
        # An input requirement disqualifies the statement even beside a measurable result:
        # the position would otherwise open while still screening on background.
        return (bool(self.results) and bool(self.quantities) and self.deadline is not None
                and not self.inputs)

    def _deadline_dict(self) -> dict | None:
        if self.deadline is None:
            return None
        # Only a deadline taken from the list says so: check(text)'s shape stays as it was.
        return {**self.deadline.to_dict(), "from_list": True} if self.deadline_from_list \
            else self.deadline.to_dict()

    def to_dict(self) -> dict:
        return {
            "measurable": self.measurable,
            "quantities": [q.to_dict() for q in self.quantities],
            "deadline": self._deadline_dict(),
            "problems": [p.to_dict() for p in self.problems],
        }
