"""Loading rubrics/questionnaires/*.toml: every problem at once with file and key path."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, replace
from functools import cache
from pathlib import Path

from hiring.rubrics import Problems
from hiring.suitability.questionnaire.model import (
    DEFAULT_DIRECTORY,
    DEFAULT_ID,
    KNOCKOUT_ANSWERS,
    SCHEMA,
    Item,
    Knockout,
    Questionnaire,
    QuestionnaireError,
    Side,
    Trait,
)
from hiring.suitability.questionnaire.scoring import _ideal

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_ITEM_ID = re.compile(r"[a-z][a-z0-9_]{0,31}")
_TOP_KEYS = {"schema", "id", "version", "title", "minutes", "intro", "traits", "items",
             "knockouts"}
_TRAIT_KEYS = {"key", "label", "definition", "why", "ideal", "probe_below", "probe_above"}
_ITEM_KEYS = {"id", "type", "trait", "text", "reverse", "mirror_of", "a", "b"}
_SIDE_KEYS = {"text", "trait"}
_KNOCKOUT_KEYS = {"id", "label", "question", "reason", "pass"}


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
