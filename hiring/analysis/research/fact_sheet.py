"""The company's fact sheet: parsed and validated from TOML, written back to TOML."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Executive:
    name: str
    title: str


@dataclass(frozen=True)
class Fact:
    text: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class FactSheet:
    name: str
    aliases: tuple[str, ...] = ()
    executives: tuple[Executive, ...] = ()
    services: tuple[str, ...] = ()
    customers: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()

    @classmethod
    def from_toml(cls, text: str) -> FactSheet:
        """Parse the TOML shape of the research issue; FactSheetError lists every problem."""
        depth = toml_depth(text)
        if depth > MAX_TOML_DEPTH:
            raise FactSheetError([f"the file nests tables, arrays or dotted keys {depth} levels "
                                  f"deep; a fact sheet needs at most {MAX_TOML_DEPTH}"])
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise FactSheetError([f"not valid TOML: {e}"]) from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping) -> FactSheet:
        """Build from parsed TOML (or equivalent plain data), validating everything at once."""
        problems: list[str] = []
        tables = {"company", "executives", "services", "customers", "facts"}
        _unknown_keys(data, tables, "", problems)

        company = data.get("company")
        name, aliases = "", ()
        if not isinstance(company, Mapping):
            problems.append("company: required table with a name")
        else:
            _unknown_keys(company, {"name", "aliases"}, "company.", problems)
            name = _text(company, "name", "company.name", problems)
            aliases = _text_list(company, "aliases", "company.aliases", problems, required=False)
            _duplicates(aliases, "company.aliases", problems)

        executives = []
        for i, row in enumerate(_rows(data, "executives", problems)):
            path = f"executives[{i}]"
            _unknown_keys(row, {"name", "title"}, path + ".", problems)
            executives.append(
                Executive(
                    _text(row, "name", f"{path}.name", problems),
                    _text(row, "title", f"{path}.title", problems),
                )
            )
        _duplicates([e.name for e in executives], "executives", problems, "name")

        named: dict[str, list[str]] = {}
        for table in ("services", "customers"):
            named[table] = []
            for i, row in enumerate(_rows(data, table, problems)):
                _unknown_keys(row, {"name"}, f"{table}[{i}].", problems)
                named[table].append(_text(row, "name", f"{table}[{i}].name", problems))
            _duplicates(named[table], table, problems, "name")

        facts = []
        for i, row in enumerate(_rows(data, "facts", problems)):
            path = f"facts[{i}]"
            _unknown_keys(row, {"text", "keywords"}, path + ".", problems)
            text = _text(row, "text", f"{path}.text", problems)
            keywords = _text_list(row, "keywords", f"{path}.keywords", problems, required=True)
            facts.append(Fact(text, keywords))

        if problems:
            raise FactSheetError(problems)
        return cls(
            name=name,
            aliases=aliases,
            executives=tuple(executives),
            services=tuple(named["services"]),
            customers=tuple(named["customers"]),
            facts=tuple(facts),
        )

    def to_toml(self) -> str:
        """Serialise in the issue's TOML shape; from_toml() reads it back unchanged."""
        out = ["[company]", f"name = {_toml_str(self.name)}"]
        out.append(f"aliases = [{', '.join(_toml_str(a) for a in self.aliases)}]")
        for e in self.executives:
            out += ["", "[[executives]]", f"name = {_toml_str(e.name)}"]
            out.append(f"title = {_toml_str(e.title)}")
        for table, names in (("services", self.services), ("customers", self.customers)):
            for n in names:
                out += ["", f"[[{table}]]", f"name = {_toml_str(n)}"]
        for f in self.facts:
            out += ["", "[[facts]]", f"text = {_toml_str(f.text)}"]
            out.append(f"keywords = [{', '.join(_toml_str(k) for k in f.keywords)}]")
        return "\n".join(out) + "\n"


# A fact sheet nests a few levels ([[executives]], an inline list); the TOML parser recurses
# once per level, so thousands of levels would exhaust the stack.
MAX_TOML_DEPTH = 20


def toml_depth(text: str) -> int:
    """Deepest nesting of arrays, inline tables and dotted keys, read in one pass without
    parsing (strings and comments are skipped)."""
    deepest = 0
    stack: list[str] = []  # "[" for an array, "{" for an inline table, "h" for a [header]
    in_key, dots = True, 0
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else char
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if quote[0] == '"' and text[i] == "\\" else 1
            i += len(quote)
            continue
        if char == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if char == "\n" and not stack:
            in_key, dots = True, 0
        elif char == "[" and in_key and not stack:
            stack.append("h")
        elif char == "[":
            stack.append("[")
        elif char == "{":
            stack.append("{")
            in_key, dots = True, 0
        elif char in "]}" and stack:
            stack.pop()
        elif char == "=":
            in_key = False
        elif char == "," and stack and stack[-1] == "{":
            in_key, dots = True, 0
        elif char == "." and (in_key or (stack and stack[-1] == "h")):
            dots += 1
        deepest = max(deepest, len(stack) + dots)
        i += 1
    return deepest


class FactSheetError(ValueError):
    """Every problem found in a fact sheet, each with its key path."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def _toml_str(value: str) -> str:
    # JSON escapes are a subset of TOML basic-string escapes, except DEL which TOML forbids raw.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _unknown_keys(row: Mapping, allowed: set[str], prefix: str, problems: list[str]) -> None:
    for key in row:
        if key not in allowed:
            problems.append(f"{prefix}{key}: unknown key")


def _text(row: Mapping, key: str, path: str, problems: list[str]) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{path}: required, a non-empty string")
        return ""
    return value.strip()


def _text_list(
    row: Mapping, key: str, path: str, problems: list[str], *, required: bool
) -> tuple[str, ...]:
    value = row.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or (required and not value):
        problems.append(f"{path}: required, a list of non-empty strings")
        return ()
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            problems.append(f"{path}[{i}]: must be a non-empty string")
        else:
            out.append(item.strip())
    return tuple(out)


def _rows(data: Mapping, table: str, problems: list[str]) -> list[Mapping]:
    value = data.get(table, [])
    if not isinstance(value, list):
        problems.append(f"{table}: must be an array of tables ([[{table}]])")
        return []
    rows = []
    for i, row in enumerate(value):
        if isinstance(row, Mapping):
            rows.append(row)
        else:
            problems.append(f"{table}[{i}]: must be a table")
    return rows


def _duplicates(values: Iterable[str], path: str, problems: list[str], attr: str = "") -> None:
    seen: dict[str, int] = {}
    for i, v in enumerate(values):
        k = v.casefold()
        if k and k in seen:
            where = f"{path}[{i}].{attr}" if attr else f"{path}[{i}]"
            problems.append(f"{where}: duplicate {v!r}")
        seen.setdefault(k, i)
