"""Scoring answers against a position's profile: trait scores, fit, consistency, eligibility."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hiring.suitability.questionnaire.model import (
    FIT_SPAN,
    KNOCKOUT_ANSWERS,
    MAX_DETAIL,
    RATING_MAX,
    RATING_MIN,
    Item,
    Questionnaire,
    QuestionnaireError,
)


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
