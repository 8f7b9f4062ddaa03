"""The work-preference questionnaire as data: loaded, validated and scored (pure).

`rubrics/questionnaires/*.toml` hold the traits, the items and the eligibility knock-outs.
Loading reports every problem at once with the file and key path, as rubric loading does
("work-preferences.toml: items[3].a.trait: unknown trait 'x'"). A questionnaire's digest is
the sha256 of the canonical JSON of everything parsed, stored with each result.

Scoring, for each trait, averages the items keyed to it: a 1-5 rating counts (rating - 1) / 4
(reversed when the item is reverse-keyed), a forced choice counts 1 for the trait whose
statement was chosen and 0 for the other. A trait's score is that mean times 100. Fit against
the position's ideal range: within, below or above; a trait's fit value falls linearly from 1
inside the range to 0 at `FIT_SPAN` points outside it, and suitability is the mean fit times
100. Consistency is the mean agreement of mirrored items: a mirrored choice agrees when the
same trait is chosen both times; a mirrored rating agrees by 1 - |difference| / 4 of the keyed
answers.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from pathlib import Path

from hiring.rubrics import DEFAULT_DIRECTORY as RUBRICS_DIRECTORY
from hiring.rubrics import Problems

SCHEMA = 1
DEFAULT_DIRECTORY = RUBRICS_DIRECTORY / "questionnaires"
DEFAULT_ID = "work-preferences"
FIT_SPAN = 50  # points outside the ideal range at which a trait no longer fits at all
RATING_MIN, RATING_MAX = 1, 5
KNOCKOUT_ANSWERS = ("yes", "no")
MAX_DETAIL = 200  # characters of a position's detail for a knock-out ("the Nordics territory")

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_ITEM_ID = re.compile(r"[a-z][a-z0-9_]{0,31}")
_TOP_KEYS = {"schema", "id", "version", "title", "minutes", "intro", "traits", "items",
             "knockouts"}
_TRAIT_KEYS = {"key", "label", "definition", "why", "ideal", "probe_below", "probe_above"}
_ITEM_KEYS = {"id", "type", "trait", "text", "reverse", "mirror_of", "a", "b"}
_SIDE_KEYS = {"text", "trait"}
_KNOCKOUT_KEYS = {"id", "label", "question", "reason", "pass"}


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


# ------------------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class Requirement:
    """A knock-out a position requires, with an optional detail shown to the candidate."""

    id: str
    required: bool = True
    detail: str = ""


@dataclass(frozen=True)
class Profile:
    """What a position needs: an ideal range per trait and the knock-outs it requires."""

    ideals: Mapping[str, tuple[int, int]]
    knockouts: tuple[Requirement, ...] = ()

    def required_knockouts(self) -> list[str]:
        return [k.id for k in self.knockouts if k.required]


@dataclass(frozen=True)
class TraitResult:
    key: str
    score: int
    ideal: tuple[int, int]
    fit: str  # "within", "below" or "above"


@dataclass(frozen=True)
class Result:
    traits: tuple[TraitResult, ...]
    suitability: int
    consistency: float
    eligible: bool
    reasons: tuple[str, ...]
    probes: tuple[dict, ...] = field(default=())

    def to_contract(self) -> dict:
        return {
            "traits": {t.key: {"score": t.score, "ideal": list(t.ideal), "fit": t.fit}
                       for t in self.traits},
            "suitability": self.suitability,
            "consistency": self.consistency,
            "eligibility": {"passed": self.eligible, "reasons": list(self.reasons)},
            "probes": list(self.probes),
        }


def parse_profile(questionnaire: Questionnaire, data) -> Profile:
    """A profile from plain JSON-like data; QuestionnaireError lists every problem.

    Traits the profile leaves out keep the template's ideal range.
    """
    problems: list[str] = []
    if not isinstance(data, Mapping):
        raise QuestionnaireError(["the profile must be a JSON object"])
    ideals = dict(questionnaire.default_ideals())
    traits = data.get("traits", {})
    if not isinstance(traits, Mapping):
        problems.append("profile.traits must be an object of trait: [low, high]")
        traits = {}
    known = {t.key for t in questionnaire.traits}
    for key, value in traits.items():
        if key not in known:
            problems.append(f"profile.traits.{key}: unknown trait")
            continue
        ideal = _ideal(value)
        if ideal is None:
            problems.append(f"profile.traits.{key}: must be [low, high], whole numbers with "
                            f"0 <= low <= high <= 100, not {value!r}")
        else:
            ideals[key] = ideal
    requirements = []
    rows = data.get("knockouts", [])
    if not isinstance(rows, list):
        problems.append("profile.knockouts must be a list of {id, required}")
        rows = []
    ids = {k.id for k in questionnaire.knockouts}
    seen = set()
    for i, row in enumerate(rows):
        if not isinstance(row, Mapping) or not isinstance(row.get("id"), str):
            problems.append(f"profile.knockouts[{i}]: must be an object with an id")
            continue
        if row["id"] not in ids:
            problems.append(f"profile.knockouts[{i}].id: unknown knock-out '{row['id']}'")
            continue
        if row["id"] in seen:
            problems.append(f"profile.knockouts[{i}].id: '{row['id']}' is listed twice")
            continue
        seen.add(row["id"])
        required = row.get("required", True)
        detail = row.get("detail", "")
        if not isinstance(required, bool):
            problems.append(f"profile.knockouts[{i}].required: must be true or false")
        if not isinstance(detail, str) or len(detail) > MAX_DETAIL:
            problems.append(f"profile.knockouts[{i}].detail: must be text of at most "
                            f"{MAX_DETAIL} characters")
            detail = ""
        requirements.append(Requirement(row["id"], required is True, detail.strip()))
    if problems:
        raise QuestionnaireError(problems)
    return Profile(ideals, tuple(requirements))


def _ideal(value) -> tuple[int, int] | None:
    if (isinstance(value, list | tuple) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 0 <= value[0] <= value[1] <= 100):
        return int(value[0]), int(value[1])
    return None


def check_answers(questionnaire: Questionnaire, answers, knockouts=None,
                  complete: bool = True) -> list[str]:
    """Problems with answers ({item id: "a"|"b"|1..5}) and knock-out answers ("yes"|"no").

    With `complete`, every item must be answered (a questionnaire is scored only whole).
    """
    problems: list[str] = []
    if not isinstance(answers, Mapping):
        return ["answers must be an object of item id: answer"]
    items = {item.id: item for item in questionnaire.items}
    for item_id, value in answers.items():
        item = items.get(item_id)
        if item is None:
            problems.append(f"answers.{item_id}: no such item")
        elif item.type == "choice" and value not in ("a", "b"):
            problems.append(f"answers.{item_id}: must be \"a\" or \"b\", not {value!r}")
        elif item.type == "rating" and (isinstance(value, bool) or value not in range(
                RATING_MIN, RATING_MAX + 1)):
            problems.append(f"answers.{item_id}: must be a whole number from {RATING_MIN} to "
                            f"{RATING_MAX}, not {value!r}")
    if complete:
        missing = [item_id for item_id in items if item_id not in answers]
        if missing:
            shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
            problems.append(f"{len(missing)} item(s) not answered: {shown}")
    if knockouts is not None:
        if not isinstance(knockouts, Mapping):
            problems.append("knockouts must be an object of knock-out id: \"yes\" or \"no\"")
        else:
            ids = {k.id for k in questionnaire.knockouts}
            for knockout_id, value in knockouts.items():
                if knockout_id not in ids:
                    problems.append(f"knockouts.{knockout_id}: no such knock-out")
                elif value not in KNOCKOUT_ANSWERS:
                    problems.append(f"knockouts.{knockout_id}: must be \"yes\" or \"no\", "
                                    f"not {value!r}")
    return problems


def _keyed(item: Item, value: int) -> int:
    return RATING_MAX + RATING_MIN - value if item.reverse else value


def trait_scores(questionnaire: Questionnaire, answers: Mapping) -> dict[str, int]:
    """Score 0-100 per trait from a complete, checked set of answers."""
    earned = {t.key: 0.0 for t in questionnaire.traits}
    counted = {t.key: 0 for t in questionnaire.traits}
    for item in questionnaire.items:
        value = answers[item.id]
        if item.type == "rating":
            earned[item.trait] += (_keyed(item, value) - RATING_MIN) / (RATING_MAX - RATING_MIN)
            counted[item.trait] += 1
        else:
            chosen = item.a if value == "a" else item.b
            earned[chosen.trait] += 1
            counted[item.a.trait] += 1
            counted[item.b.trait] += 1
    return {key: round(100 * earned[key] / counted[key]) for key in earned}


def fit_of(score: int, ideal: tuple[int, int]) -> str:
    low, high = ideal
    return "below" if score < low else "above" if score > high else "within"


def _fit_value(score: int, ideal: tuple[int, int]) -> float:
    distance = max(ideal[0] - score, score - ideal[1], 0)
    return max(0.0, 1 - distance / FIT_SPAN)


def consistency(questionnaire: Questionnaire, answers: Mapping) -> float:
    """Mean agreement 0-1 between mirrored items (1.0 when there are none)."""
    items = {item.id: item for item in questionnaire.items}
    agreements = []
    for item in questionnaire.items:
        if not item.mirror_of:
            continue
        original = items[item.mirror_of]
        if item.type == "choice":
            first = original.a if answers[original.id] == "a" else original.b
            second = item.a if answers[item.id] == "a" else item.b
            agreements.append(1.0 if first.trait == second.trait else 0.0)
        else:
            gap = abs(_keyed(original, answers[original.id]) - _keyed(item, answers[item.id]))
            agreements.append(1 - gap / (RATING_MAX - RATING_MIN))
    return round(sum(agreements) / len(agreements), 2) if agreements else 1.0


def eligibility(questionnaire: Questionnaire, profile: Profile,
                knockouts: Mapping) -> tuple[bool, tuple[str, ...]]:
    """Whether every required knock-out was answered with its passing answer, and why not."""
    reasons = []
    for requirement in profile.knockouts:
        if not requirement.required:
            continue
        knockout = questionnaire.knockout(requirement.id)
        answer = knockouts.get(knockout.id)
        detail = f" ({requirement.detail})" if requirement.detail else ""
        if answer is None:
            reasons.append(f"{knockout.label}{detail}: not answered. {knockout.reason}")
        elif answer != knockout.passing:
            reasons.append(f"{knockout.label}{detail}: answered \"{answer}\" to "
                           f"\"{knockout.question}\" {knockout.reason}")
    return not reasons, tuple(reasons)


def score(questionnaire: Questionnaire, answers: Mapping, knockouts: Mapping,
          profile: Profile) -> Result:
    """The whole result; QuestionnaireError when the answers are incomplete or invalid."""
    problems = check_answers(questionnaire, answers, knockouts)
    if problems:
        raise QuestionnaireError(problems)
    scores = trait_scores(questionnaire, answers)
    traits, probes, fits = [], [], []
    for trait in questionnaire.traits:
        ideal = tuple(profile.ideals.get(trait.key, trait.ideal))
        fit = fit_of(scores[trait.key], ideal)
        traits.append(TraitResult(trait.key, scores[trait.key], ideal, fit))
        fits.append(_fit_value(scores[trait.key], ideal))
        if fit != "within":
            probes.append({"trait": trait.key, "label": trait.label, "fit": fit,
                           "question": trait.probe_below if fit == "below"
                           else trait.probe_above})
    eligible, reasons = eligibility(questionnaire, profile, knockouts)
    return Result(
        traits=tuple(traits),
        suitability=round(100 * sum(fits) / len(fits)),
        consistency=consistency(questionnaire, answers),
        eligible=eligible,
        reasons=reasons,
        probes=tuple(probes),
    )


# ------------------------------------------------------------------------------ loading


def _parse_traits(data: Mapping, p: Problems) -> list[Trait]:
    traits, seen = [], set()
    for i, row in enumerate(p.tables(data, "traits", "", required=True)):
        path = f"traits[{i}]"
        p.unknown_keys(row, _TRAIT_KEYS, path)
        key = p.text(row, "key", path)
        if key and not _KEY.fullmatch(key):
            p.add(f"{path}.key", f"'{key}' must be snake_case")
        elif key in seen:
            p.add(f"{path}.key", f"duplicate '{key}'")
        seen.add(key)
        ideal = _ideal(row.get("ideal"))
        if ideal is None:
            p.add(f"{path}.ideal", "must be [low, high], whole numbers with "
                                   f"0 <= low <= high <= 100, not {row.get('ideal')!r}")
        traits.append(Trait(key, p.text(row, "label", path), p.text(row, "definition", path),
                            p.text(row, "why", path), ideal or (0, 100),
                            p.text(row, "probe_below", path), p.text(row, "probe_above", path)))
    return traits


def _parse_items(data: Mapping, trait_keys: set[str], p: Problems) -> list[Item]:
    items: list[Item] = []
    seen: set[str] = set()
    for i, row in enumerate(p.tables(data, "items", "", required=True)):
        path = f"items[{i}]"
        p.unknown_keys(row, _ITEM_KEYS, path)
        item_id = p.text(row, "id", path)
        if item_id and not _ITEM_ID.fullmatch(item_id):
            p.add(f"{path}.id", f"'{item_id}' must be lowercase letters, digits and _")
        elif item_id in seen:
            p.add(f"{path}.id", f"duplicate '{item_id}'")
        seen.add(item_id)
        mirror_of = row.get("mirror_of", "")
        if not isinstance(mirror_of, str):
            p.add(f"{path}.mirror_of", "must be an item id")
            mirror_of = ""
        kind = row.get("type")
        if kind == "rating":
            trait = p.text(row, "trait", path)
            if trait and trait not in trait_keys:
                p.add(f"{path}.trait", f"unknown trait '{trait}'")
            reverse = row.get("reverse", False)
            if not isinstance(reverse, bool):
                p.add(f"{path}.reverse", "must be true or false")
            for key in ("a", "b"):
                if key in row:
                    p.add(f"{path}.{key}", "only choice items have statements a and b")
            items.append(Item(item_id, "rating", trait=trait, text=p.text(row, "text", path),
                              reverse=reverse is True, mirror_of=mirror_of))
        elif kind == "choice":
            sides = []
            for key in ("a", "b"):
                side = row.get(key)
                spath = f"{path}.{key}"
                if not isinstance(side, dict):
                    p.add(spath, "missing" if side is None else "must be a table {text, trait}")
                    sides.append(Side("", ""))
                    continue
                p.unknown_keys(side, _SIDE_KEYS, spath)
                trait = p.text(side, "trait", spath)
                if trait and trait not in trait_keys:
                    p.add(f"{spath}.trait", f"unknown trait '{trait}'")
                sides.append(Side(p.text(side, "text", spath), trait))
            if sides[0].trait and sides[0].trait == sides[1].trait:
                p.add(f"{path}.b.trait", "a forced choice needs two different traits")
            for key in ("trait", "text", "reverse"):
                if key in row:
                    p.add(f"{path}.{key}", "choice items keep their text and trait in a and b")
            items.append(Item(item_id, "choice", a=sides[0], b=sides[1], mirror_of=mirror_of))
        else:
            p.add(f"{path}.type", f"must be 'rating' or 'choice', not {kind!r}")
    _check_mirrors(items, p)
    return items


def _check_mirrors(items: list[Item], p: Problems) -> None:
    by_id = {item.id: item for item in items}
    for i, item in enumerate(items):
        if not item.mirror_of:
            continue
        path = f"items[{i}].mirror_of"
        original = by_id.get(item.mirror_of)
        if original is None or original is item:
            p.add(path, f"'{item.mirror_of}' is not another item")
        elif original.type != item.type:
            p.add(path, f"'{item.mirror_of}' is a {original.type} item; a mirror has the "
                        "same type")
        elif original.mirror_of:
            p.add(path, f"'{item.mirror_of}' is itself a mirror")
        elif item.type == "rating" and original.trait != item.trait:
            p.add(path, f"'{item.mirror_of}' measures another trait")
        elif item.type == "choice" and {original.a.trait, original.b.trait} != {
                item.a.trait, item.b.trait}:
            p.add(path, f"'{item.mirror_of}' sets other traits against each other")


def _parse_knockouts(data: Mapping, p: Problems) -> list[Knockout]:
    knockouts, seen = [], set()
    for i, row in enumerate(p.tables(data, "knockouts", "", required=True)):
        path = f"knockouts[{i}]"
        p.unknown_keys(row, _KNOCKOUT_KEYS, path)
        knockout_id = p.text(row, "id", path)
        if knockout_id and not _KEY.fullmatch(knockout_id):
            p.add(f"{path}.id", f"'{knockout_id}' must be snake_case")
        elif knockout_id in seen:
            p.add(f"{path}.id", f"duplicate '{knockout_id}'")
        seen.add(knockout_id)
        passing = row.get("pass")
        if passing not in KNOCKOUT_ANSWERS:
            p.add(f"{path}.pass", f"must be \"yes\" or \"no\", not {passing!r}")
        knockouts.append(Knockout(knockout_id, p.text(row, "label", path),
                                  p.text(row, "question", path), p.text(row, "reason", path),
                                  passing if passing in KNOCKOUT_ANSWERS else "yes"))
    return knockouts


def _parse(data: Mapping, filename: str, stem: str) -> tuple[Questionnaire | None, list[str]]:
    p = Problems(filename, one_line=True)
    p.unknown_keys(data, _TOP_KEYS, "")
    if data.get("schema") != SCHEMA:
        p.add("schema", f"must be {SCHEMA}, not {data.get('schema')!r}" if "schema" in data
              else "missing")
    questionnaire_id = p.text(data, "id", "")
    if questionnaire_id and not _ID.fullmatch(questionnaire_id):
        p.add("id", f"'{questionnaire_id}' must be lowercase words joined by hyphens")
    elif questionnaire_id and questionnaire_id != stem:
        p.add("id", f"'{questionnaire_id}' must equal the file name '{stem}'")
    version = p.at_least(data, "version", "", 1)
    minutes = p.at_least(data, "minutes", "", 1)
    traits = _parse_traits(data, p)
    trait_keys = {t.key for t in traits if t.key}
    items = _parse_items(data, trait_keys, p)
    for trait in traits:
        if trait.key and not any(trait.key in (i.trait, i.a and i.a.trait, i.b and i.b.trait)
                                 for i in items):
            p.add("items", f"no item measures trait '{trait.key}'")
    knockouts = _parse_knockouts(data, p)
    if p.items:
        return None, p.items
    questionnaire = Questionnaire(questionnaire_id, version, p.text(data, "title", ""),
                                  minutes, p.text(data, "intro", ""), tuple(traits),
                                  tuple(items), tuple(knockouts))
    return replace(questionnaire, digest=digest(questionnaire)), []


def digest(questionnaire: Questionnaire) -> str:
    data = asdict(questionnaire)
    data.pop("digest")
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _read(path: Path) -> tuple[Questionnaire | None, list[str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        return None, [f"{path.name}: cannot be read: {e}"]
    except tomllib.TOMLDecodeError as e:
        return None, [f"{path.name}: invalid TOML: {e}"]
    return _parse(data, path.name, path.stem)


def load_questionnaires(directory: str | Path = DEFAULT_DIRECTORY) -> dict[str, Questionnaire]:
    """Every questionnaires/*.toml by id; QuestionnaireError lists every problem of all files."""
    found, problems = {}, []
    for path in sorted(Path(directory).glob("*.toml")):
        questionnaire, errors = _read(path)
        problems += errors
        if questionnaire is not None:
            found[questionnaire.id] = questionnaire
    if problems:
        raise QuestionnaireError(problems)
    return found


@cache
def _registry() -> dict[str, Questionnaire]:
    return load_questionnaires(DEFAULT_DIRECTORY)


def get_questionnaire(questionnaire_id: str = DEFAULT_ID) -> Questionnaire:
    """A shipped questionnaire by id, loaded once per process."""
    try:
        return _registry()[questionnaire_id]
    except KeyError:
        raise QuestionnaireError([f"no questionnaire '{questionnaire_id}'"]) from None
