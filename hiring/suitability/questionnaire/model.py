"""The questionnaire as data: traits, items, knock-outs, and the error for problems in them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from hiring.rubrics import DEFAULT_DIRECTORY as RUBRICS_DIRECTORY

SCHEMA = 1
DEFAULT_DIRECTORY = RUBRICS_DIRECTORY / "questionnaires"
DEFAULT_ID = "work-preferences"
FIT_SPAN = 50  # points outside the ideal range at which a trait no longer fits at all
RATING_MIN, RATING_MAX = 1, 5
KNOCKOUT_ANSWERS = ("yes", "no")
MAX_DETAIL = 200  # characters of a position's detail for a knock-out ("the Nordics territory")


class QuestionnaireError(Exception):
    """Problems in a questionnaire file, or in answers or a profile given against one."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class Trait:
    key: str
    label: str
    definition: str
    why: str
    ideal: tuple[int, int]
    probe_below: str
    probe_above: str


@dataclass(frozen=True)
class Side:
    text: str
    trait: str


@dataclass(frozen=True)
class Item:
    id: str
    type: str  # "rating" or "choice"
    trait: str = ""  # rating items
    text: str = ""  # rating items
    reverse: bool = False
    a: Side | None = None  # choice items
    b: Side | None = None
    mirror_of: str = ""

    def to_contract(self) -> dict:
        if self.type == "choice":
            return {"id": self.id, "type": "choice", "a": asdict(self.a), "b": asdict(self.b)}
        return {"id": self.id, "type": "rating", "text": self.text, "trait": self.trait,
                "reverse": self.reverse}


@dataclass(frozen=True)
class Knockout:
    id: str
    label: str
    question: str
    reason: str
    passing: str

    def to_contract(self) -> dict:
        return {"id": self.id, "label": self.label, "question": self.question,
                "reason": self.reason, "pass": self.passing}


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    title: str
    minutes: int
    intro: str
    traits: tuple[Trait, ...]
    items: tuple[Item, ...]
    knockouts: tuple[Knockout, ...]
    digest: str = ""

    def trait(self, key: str) -> Trait:
        for trait in self.traits:
            if trait.key == key:
                return trait
        raise QuestionnaireError([f"unknown trait '{key}'"])

    def knockout(self, knockout_id: str) -> Knockout:
        for knockout in self.knockouts:
            if knockout.id == knockout_id:
                return knockout
        raise QuestionnaireError([f"unknown knock-out '{knockout_id}'"])

    def default_ideals(self) -> dict[str, tuple[int, int]]:
        """The template's ideal range per trait (the starting point for a position)."""
        return {t.key: t.ideal for t in self.traits}

    def to_contract(self) -> dict:
        """The questionnaire as the `flask suitability questionnaire` JSON contract."""
        return {
            "id": self.id, "version": self.version, "digest": self.digest,
            "traits": [{"key": t.key, "label": t.label, "definition": t.definition,
                        "why": t.why, "ideal": list(t.ideal)} for t in self.traits],
            "items": [item.to_contract() for item in self.items],
            "knockouts": [k.to_contract() for k in self.knockouts],
        }
