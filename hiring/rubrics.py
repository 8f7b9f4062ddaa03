"""Rubrics as data: rubrics/*.toml loaded into frozen dataclasses, validated and scored.

Loading reports every problem at once, each prefixed with the file and the key path
("business-writing.toml: criteria[1].key: duplicate 'tone'"). A rubric's digest is the
sha256 of the canonical JSON of everything parsed from the file, so a stored score can
always be matched to the exact text and points it was given under.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path

SCHEMA = 1
KINDS = ("writing", "research", "interview", "presentation")
DEFAULT_DIRECTORY = Path(__file__).resolve().parent.parent / "rubrics"

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_TOP_KEYS = {"schema", "id", "version", "title", "kind", "pass_threshold", "criteria"}
_CRITERION_KEYS = {"key", "label", "weight", "description", "guidance", "levels", "suggest"}
_LEVEL_KEYS = {"points", "anchor"}
_SUGGEST_KEYS = {"measure", "evidence", "bands"}
_BAND_KEYS = {"min", "max", "points"}


class RubricError(Exception):
    """One or more problems in rubric files or in ratings given against a rubric."""

    def __init__(self, problems: Sequence[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Level:
    points: int
    anchor: str


@dataclass(frozen=True)
class Band:
    points: int
    min: float | None = None
    max: float | None = None

    def matches(self, value: float) -> bool:
        return (self.min is None or self.min <= value) and (self.max is None or value < self.max)


@dataclass(frozen=True)
class Suggest:
    measure: str
    bands: tuple[Band, ...]
    evidence: tuple[str, ...] = ()

    def points_for(self, value: float) -> int | None:
        """Points of the first band that matches, or None."""
        return next((b.points for b in self.bands if b.matches(value)), None)


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    weight: float
    description: str
    guidance: str
    levels: tuple[Level, ...]
    suggest: tuple[Suggest, ...] = ()

    @property
    def min_points(self) -> int:
        return self.levels[0].points

    @property
    def max_points(self) -> int:
        return self.levels[-1].points

    def level(self, points: int) -> Level:
        """The level with these points; RubricError when there is none."""
        for level in self.levels:
            if level.points == points:
                return level
        allowed = ", ".join(str(lv.points) for lv in self.levels)
        raise RubricError([f"{self.key}: {points!r} is not a level (allowed: {allowed})"])


@dataclass(frozen=True)
class Rubric:
    id: str
    version: int
    title: str
    kind: str
    pass_threshold: float
    criteria: tuple[Criterion, ...]
    digest: str = ""

    def criterion(self, key: str) -> Criterion:
        """The criterion with this key; RubricError when there is none."""
        for criterion in self.criteria:
            if criterion.key == key:
                return criterion
        raise RubricError([f"{self.id}: no criterion '{key}'"])

    def score(self, ratings: Mapping[str, int]) -> float:
        """Weighted score 0-100 of a complete set of ratings {criterion key: points}."""
        problems = [f"{self.id}: ratings.{c.key}: missing" for c in self.criteria
                    if c.key not in ratings]
        keys = {c.key for c in self.criteria}
        problems += [f"{self.id}: ratings.{k}: unknown criterion" for k in ratings
                     if k not in keys]
        for c in self.criteria:
            points = ratings.get(c.key)
            if points is not None and (isinstance(points, bool) or points not in
                                       {lv.points for lv in c.levels}):
                allowed = ", ".join(str(lv.points) for lv in c.levels)
                problems.append(f"{self.id}: ratings.{c.key}: {points!r} is not a level "
                                f"(allowed: {allowed})")
        if problems:
            raise RubricError(problems)
        total = sum(c.weight for c in self.criteria)
        earned = sum(c.weight * (ratings[c.key] - c.min_points) / (c.max_points - c.min_points)
                     for c in self.criteria)
        return round(earned / total * 100, 2)

    def partial_score(self, ratings: Mapping[str, int | None]) -> float | None:
        """Weighted score 0-100 over only the criteria given a level (None or missing: left
        out, their weight too); None when no criterion has one. Unknown levels are refused."""
        given = {k: v for k, v in ratings.items() if v is not None}
        rated = [c for c in self.criteria if c.key in given]
        if not rated:
            return None
        for c in rated:
            c.level(given[c.key])
        total = sum(c.weight for c in rated)
        earned = sum(c.weight * (given[c.key] - c.min_points) / (c.max_points - c.min_points)
                     for c in rated)
        return round(earned / total * 100, 2)

    def passes(self, score: float) -> bool:
        return score >= self.pass_threshold


@dataclass(frozen=True)
class Suggestion:
    """An automated level for one criterion, with the reasons and evidence behind it."""

    points: int
    reasons: tuple[str, ...]
    evidence: tuple[dict, ...]


def _format_value(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def suggest_levels(
    rubric: Rubric, measures: Mapping[str, float], findings: Sequence[Mapping]
) -> dict[str, Suggestion]:
    """Suggested points per criterion key: the lowest of its matching suggest entries."""
    suggestions = {}
    for criterion in rubric.criteria:
        points, reasons, codes = [], [], []
        for entry in criterion.suggest:
            value = measures.get(entry.measure)
            if value is None:
                continue  # the analysis did not produce this measure for this piece of work
            matched = entry.points_for(value)
            if matched is None:
                continue
            points.append(matched)
            unit = "point" if matched == 1 else "points"
            reasons.append(f"{entry.measure} = {_format_value(value)} -> {matched} {unit}")
            codes += [c for c in entry.evidence if c not in codes]
        if points:
            evidence = tuple(dict(f) for f in findings if f.get("code") in codes)
            suggestions[criterion.key] = Suggestion(min(points), tuple(reasons), evidence)
    return suggestions


# ------------------------------------------------------------------------------- loading


class Problems:
    """Collects problems for one data file (a rubric, a questionnaire), each with its key path.

    Text values are stripped; labels and titles, or every text value when `one_line` is set,
    also have their runs of whitespace made one space.
    """

    def __init__(self, filename: str, *, one_line: bool = False):
        self.filename = filename
        self.one_line = one_line
        self.items: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(f"{self.filename}: {path}: {message}" if path
                          else f"{self.filename}: {message}")

    def unknown_keys(self, table: Mapping, allowed: set[str], path: str) -> None:
        for key in table:
            if key not in allowed:
                self.add(_join(path, key), "unknown key")

    def text(self, table: Mapping, key: str, path: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            self.add(_join(path, key), "must be a non-empty string" if key in table
                     else "missing")
            return ""
        if self.one_line or key in ("label", "title"):
            return " ".join(value.split())
        return value.strip()

    def integer(self, table: Mapping, key: str, path: str, minimum: int | None = None) -> int:
        value = table.get(key)
        if key not in table:
            self.add(_join(path, key), "missing")
        elif isinstance(value, bool) or not isinstance(value, int):
            self.add(_join(path, key), f"must be a whole number, not {value!r}")
        elif minimum is not None and value < minimum:
            self.add(_join(path, key), f"must be at least {minimum}, not {value}")
        else:
            return value
        return 0

    def at_least(self, table: Mapping, key: str, path: str, minimum: int) -> int:
        """A whole number of at least `minimum`, with one message for every way it is not."""
        value = table.get(key)
        if key not in table:
            self.add(_join(path, key), "missing")
        elif isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.add(_join(path, key), f"must be a whole number of at least {minimum}, "
                                       f"not {value!r}")
        else:
            return value
        return 0

    def number(self, table: Mapping, key: str, path: str) -> float | None:
        value = table.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
                value):
            self.add(_join(path, key), f"must be a number, not {value!r}" if key in table
                     else "missing")
            return None
        return float(value)

    def tables(self, table: Mapping, key: str, path: str, required: bool) -> list[Mapping]:
        value = table.get(key, None if required else [])
        if value is None:
            self.add(_join(path, key), "missing")
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.add(_join(path, key), f"must be an array of tables ([[{key}]])")
            return []
        return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _is_table_array(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def _parse_levels(c: Mapping, path: str, p: Problems) -> tuple[Level, ...]:
    rows = p.tables(c, "levels", path, required=True)
    if _is_table_array(c.get("levels")) and len(rows) < 2:
        p.add(_join(path, "levels"), f"needs at least 2 levels, has {len(rows)}")
    levels = []
    for i, row in enumerate(rows):
        lpath = f"{path}.levels[{i}]"
        p.unknown_keys(row, _LEVEL_KEYS, lpath)
        levels.append(Level(p.integer(row, "points", lpath), p.text(row, "anchor", lpath)))
    seen: list[int] = []
    for i, (row, level) in enumerate(zip(rows, levels, strict=True)):
        if not isinstance(row.get("points"), int):
            continue  # already reported
        if level.points in seen:
            p.add(f"{path}.levels[{i}].points", f"duplicate {level.points}")
        elif seen and level.points < seen[-1]:
            p.add(f"{path}.levels[{i}].points",
                  f"{level.points} after {seen[-1]}: levels must ascend")
        seen.append(level.points)
    return tuple(levels)


def _parse_suggest(c: Mapping, path: str, levels: tuple[Level, ...], p: Problems):
    entries = []
    points_allowed = {lv.points for lv in levels}
    for i, row in enumerate(p.tables(c, "suggest", path, required=False)):
        spath = f"{path}.suggest[{i}]"
        p.unknown_keys(row, _SUGGEST_KEYS, spath)
        measure = p.text(row, "measure", spath)
        evidence = row.get("evidence", [])
        if not isinstance(evidence, list) or not all(
                isinstance(e, str) and e.strip() for e in evidence):
            p.add(f"{spath}.evidence", "must be a list of finding codes (strings)")
            evidence = []
        bands = []
        band_rows = p.tables(row, "bands", spath, required=True)
        if _is_table_array(row.get("bands")) and not band_rows:
            p.add(f"{spath}.bands", "needs at least 1 band")
        for j, band in enumerate(band_rows):
            bpath = f"{spath}.bands[{j}]"
            p.unknown_keys(band, _BAND_KEYS, bpath)
            points = p.integer(band, "points", bpath)
            if "points" in band and points not in points_allowed and points_allowed:
                allowed = ", ".join(str(x) for x in sorted(points_allowed))
                p.add(f"{bpath}.points", f"{points} is not a level (allowed: {allowed})")
            low = p.number(band, "min", bpath) if "min" in band else None
            high = p.number(band, "max", bpath) if "max" in band else None
            if low is not None and high is not None and low >= high:
                p.add(bpath, f"min {low:g} must be below max {high:g}")
            bands.append(Band(points, low, high))
        entries.append(Suggest(measure, tuple(bands), tuple(evidence)))
    return tuple(entries)


def _parse(data: Mapping, filename: str, stem: str) -> tuple[Rubric | None, list[str]]:
    p = Problems(filename)
    p.unknown_keys(data, _TOP_KEYS, "")
    schema = data.get("schema")
    if schema != SCHEMA:
        p.add("schema", f"must be {SCHEMA}, not {schema!r}" if "schema" in data else "missing")
    rubric_id = p.text(data, "id", "")
    if rubric_id and not _ID.fullmatch(rubric_id):
        p.add("id", f"'{rubric_id}' must be lowercase words joined by hyphens")
    elif rubric_id and rubric_id != stem:
        p.add("id", f"'{rubric_id}' must equal the file name '{stem}'")
    version = p.integer(data, "version", "", minimum=1)
    title = p.text(data, "title", "")
    kind = data.get("kind")
    if kind not in KINDS:
        p.add("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}" if "kind" in data
              else "missing")
    threshold = p.number(data, "pass_threshold", "")
    if threshold is not None and not 0 <= threshold <= 100:
        p.add("pass_threshold", f"must be from 0 to 100, not {threshold:g}")
    rows = p.tables(data, "criteria", "", required=True)
    if _is_table_array(data.get("criteria")) and not rows:
        p.add("criteria", "needs at least 1 criterion")
    criteria = []
    seen: set[str] = set()
    for i, c in enumerate(rows):
        path = f"criteria[{i}]"
        p.unknown_keys(c, _CRITERION_KEYS, path)
        key = p.text(c, "key", path)
        if key and not _KEY.fullmatch(key):
            p.add(f"{path}.key", f"'{key}' must be snake_case")
        elif key in seen:
            p.add(f"{path}.key", f"duplicate '{key}'")
        seen.add(key)
        weight = p.number(c, "weight", path)
        if weight is not None and weight <= 0:
            p.add(f"{path}.weight", f"must be positive, not {weight:g}")
        levels = _parse_levels(c, path, p)
        criteria.append(Criterion(
            key=key,
            label=p.text(c, "label", path),
            weight=weight or 0.0,
            description=p.text(c, "description", path),
            guidance=p.text(c, "guidance", path),
            levels=levels,
            suggest=_parse_suggest(c, path, levels, p),
        ))
    if p.items:
        return None, p.items
    rubric = Rubric(rubric_id, version, title, kind, threshold, tuple(criteria))
    return replace(rubric, digest=digest(rubric)), []


def canonical_json(rubric: Rubric) -> str:
    """Everything that scores or explains a rating, as sorted compact JSON (no digest)."""
    data = asdict(rubric)
    data.pop("digest")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(rubric: Rubric) -> str:
    return hashlib.sha256(canonical_json(rubric).encode("utf-8")).hexdigest()


def _read(path: Path) -> tuple[Rubric | None, list[str]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        return None, [f"{path.name}: cannot be read: {e}"]
    except tomllib.TOMLDecodeError as e:
        return None, [f"{path.name}: invalid TOML: {e}"]
    return _parse(data, path.name, path.stem)


def load_rubric(path: str | Path) -> Rubric:
    """One rubric file, validated; RubricError lists every problem."""
    rubric, problems = _read(Path(path))
    if problems:
        raise RubricError(problems)
    return rubric


def load_rubrics(directory: str | Path = DEFAULT_DIRECTORY) -> dict[str, Rubric]:
    """Every rubrics/*.toml by id; RubricError lists the problems of all files together."""
    rubrics, problems = {}, []
    for path in sorted(Path(directory).glob("*.toml")):
        rubric, found = _read(path)
        problems += found
        if rubric is not None:
            rubrics[rubric.id] = rubric
    if problems:
        raise RubricError(problems)
    return rubrics


@cache
def _registry() -> dict[str, Rubric]:
    return load_rubrics(DEFAULT_DIRECTORY)


def all_rubrics() -> dict[str, Rubric]:
    """The shipped rubrics by id, loaded once per process."""
    return dict(_registry())


def get_rubric(rubric_id: str) -> Rubric:
    """A shipped rubric by id; RubricError when there is none."""
    try:
        return _registry()[rubric_id]
    except KeyError:
        raise RubricError([f"no rubric '{rubric_id}' in {DEFAULT_DIRECTORY.name}/"]) from None


def rubrics_of_kind(kind: str) -> list[Rubric]:
    """Shipped rubrics of one kind, by title (for choosing one per step)."""
    return sorted((r for r in _registry().values() if r.kind == kind), key=lambda r: r.title)
