"""Company-research exercise: fact coverage, accuracy, personal information, copied text.

Pure: no Flask, no database. `check()` takes the candidate's profile (plain text or a
mapping of section key -> text) and the company's `FactSheet`, and returns every result
with character spans into the checked text, so a reviewer can see the evidence.
"""

from __future__ import annotations

import json
import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from hiring.analysis.findings import Finding

PHRASES_DIR = Path(__file__).parent / "phrases"

PERSONAL_CATEGORIES = (
    "family",
    "children",
    "school",
    "religion",
    "health",
    "travel",
    "home",
    "dating",
    "politics",
    "age",
    "job_search",
)

# Words of this many consecutive tokens shared with the sources count as copied.
COPY_MIN_WORDS = 12
# A fact counts as covered when all its keywords fall within this many consecutive sentences.
FACT_WINDOW_SENTENCES = 3
# A title further than this many characters from a name is not read as that person's title.
TITLE_REACH = 60


# --------------------------------------------------------------------------- sections


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    help: str


SECTIONS: tuple[Section, ...] = (
    Section(
        "company",
        "The company",
        "What the company does, where, for whom, and how it is doing: its position in the market.",
    ),
    Section(
        "executives",
        "Executives and decision-makers",
        "Who leads the company, their roles, and who would decide on a purchase like yours.",
    ),
    Section(
        "services",
        "Services",
        "What the company sells and how it delivers it.",
    ),
    Section(
        "customers",
        "Customers and markets",
        "Who buys from the company, in which markets, and why they choose it.",
    ),
    Section(
        "target",
        "The company as a target customer",
        "Treat the company as your prospect: its needs, the pressures on it, and the events "
        "that would make it buy now.",
    ),
    Section(
        "opportunity",
        "Opportunity plan",
        "How you would turn this understanding into business with the company: what you "
        "would do, for what result, by when, and your first step.",
    ),
)
SECTION_KEYS = tuple(s.key for s in SECTIONS)
# The joined text (what is stored, shown to reviewers and checked) puts each section under
# a heading line "## <label>", in SECTIONS order, empty sections included, with a blank line
# between sections:  "## The company\n<body>\n\n## Executives and decision-makers\n<body>..."
# split_sections() reads that back; spans of findings refer to the joined text.
HEADING_PREFIX = "## "
SECTION_SEPARATOR = "\n\n"


def section_heading(section: Section) -> str:
    """The heading line that opens a section in the joined text."""
    return f"{HEADING_PREFIX}{section.label}"


@dataclass(frozen=True)
class JoinedSections:
    """The sections joined into one text, and where each one's body lies in it."""

    text: str
    bounds: tuple[tuple[str, int, int], ...]  # (key, start, end) of each body in `text`

    def locate(self, start: int, end: int) -> tuple[str, int, int] | None:
        """Section key and offsets within that section for a span of the joined text."""
        for key, s_start, s_end in self.bounds:
            if s_start <= start < s_end or (start == end and s_start <= start <= s_end):
                return key, start - s_start, min(end, s_end) - s_start
        return None  # inside a heading or a separator

    def section(self, key: str) -> tuple[int, int]:
        """Start and end of a section's body in the joined text."""
        for k, s_start, s_end in self.bounds:
            if k == key:
                return s_start, s_end
        raise KeyError(key)

    def bodies(self) -> dict[str, str]:
        """Section key -> the text the candidate wrote in it."""
        return {key: self.text[s:e] for key, s, e in self.bounds}


def join_sections(sections: Mapping[str, str]) -> JoinedSections:
    """Join section texts under their headings, in SECTIONS order."""
    unknown = sorted(set(sections) - set(SECTION_KEYS))
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(unknown)}")
    parts: list[str] = []
    bounds: list[tuple[str, int, int]] = []
    pos = 0
    for i, section in enumerate(SECTIONS):
        head = ("" if i == 0 else SECTION_SEPARATOR) + section_heading(section) + "\n"
        body = (sections.get(section.key) or "").replace("\r\n", "\n")
        parts += [head, body]
        pos += len(head)
        bounds.append((section.key, pos, pos + len(body)))
        pos += len(body)
    return JoinedSections("".join(parts), tuple(bounds))


def split_sections(text: str) -> JoinedSections | None:
    """Read a joined text back into its sections; None when it is not in the joined form."""
    bounds: list[tuple[str, int, int]] = []
    pos = 0
    starts = []
    for i, section in enumerate(SECTIONS):
        # A form post turns every line break into CRLF; the structure survives that.
        heading = re.compile(
            ("" if i == 0 else r"\r?\n\r?\n") + re.escape(section_heading(section)) + r"\r?\n"
        )
        m = heading.search(text, pos)
        if m is None or (i == 0 and m.start() != 0):
            return None
        starts.append((section.key, m.start(), m.end()))
        pos = m.end()
    for i, (key, _, body_start) in enumerate(starts):
        body_end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        bounds.append((key, body_start, body_end))
    return JoinedSections(text, tuple(bounds))


# --------------------------------------------------------------------------- fact sheet


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


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Found:
    name: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict:
        return {"name": self.name, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Coverage:
    found: tuple[Found, ...]
    missing: tuple[str, ...]

    @property
    def ratio(self) -> float:
        """Share of sheet entries found; 1.0 when the sheet lists none (nothing is missing)."""
        total = len(self.found) + len(self.missing)
        return len(self.found) / total if total else 1.0

    def to_dict(self) -> dict:
        return {"found": [f.to_dict() for f in self.found], "missing": list(self.missing)}


COVERAGE_KEYS = ("executives", "services", "customers", "facts")


@dataclass(frozen=True)
class ResearchCheck:
    text: str
    coverage: Mapping[str, Coverage]
    findings: tuple[Finding, ...]
    measures: Mapping[str, float]
    sections: JoinedSections | None = field(default=None)

    def to_dict(self) -> dict:
        """The command-line JSON contract: coverage and findings."""
        return {
            "coverage": {k: self.coverage[k].to_dict() for k in COVERAGE_KEYS},
            "findings": [f.to_dict() for f in self.findings],
        }

    def locate(self, start: int, end: int) -> tuple[str, int, int] | None:
        """Section key and section-relative offsets of a span (None for plain text)."""
        return self.sections.locate(start, end) if self.sections else None


# --------------------------------------------------------------------------- phrase matching


_PLACEHOLDERS = {
    # A person's possessive, optionally with one word between ("his young family").
    # Patterns are compiled case-insensitive; a name must still start with a capital.
    "{poss}": r"(?:his|her|(?-i:[A-Z])[\w-]*['’]s)(?:\s+[\w-]+)??",
    "{subj}": r"(?:he|she|(?-i:[A-Z])[\w-]*)",
    "{num}": r"\d{1,3}",
}


# Whole words: no letter or digit directly before ("'ll" is the exception) or after.
_WORD_BEFORE = r"(?<![\w#])"


def _phrase_body(phrase: str) -> str:
    """Regex source for one phrase in the data-file syntax (see phrases/personal.toml)."""
    parts = []
    for word in phrase.split():
        if word in _PLACEHOLDERS:
            parts.append(_PLACEHOLDERS[word])
            continue
        if word == "*":
            parts.append(r"[\w'’-]+")
            continue
        pieces = []
        for token in re.split(r"(\{num\}|\{poss\}|\{subj\})", word):
            if token in _PLACEHOLDERS:
                pieces.append(_PLACEHOLDERS[token])
            elif token:
                star = token.endswith("*")
                lit = re.escape(token.rstrip("*")).replace("'", "['’]").replace("\\-", "[\\s-]?")
                pieces.append(lit + (r"[\w'’-]*" if star else ""))
        parts.append("".join(pieces))
    return r"(?:\s+|\s*-\s*)".join(parts) + r"(?![\w])"


def _joins_word(phrase: str) -> bool:
    return phrase[0] in "'’"


def _phrase_regex(phrase: str) -> str:
    return ("" if _joins_word(phrase) else _WORD_BEFORE) + _phrase_body(phrase)


def _compile(phrases: Iterable[str]) -> re.Pattern | None:
    # Longest phrases first so "job search" wins over a shorter alternative at the same place.
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not ordered:
        return None
    # One word-start check in front of the whole alternation: most positions in a text are
    # inside a word, and failing there at once makes the scan several times faster.
    words = "|".join(f"(?:{_phrase_body(p)})" for p in ordered if not _joins_word(p))
    alternatives = [f"{_WORD_BEFORE}(?:{words})"] if words else []
    alternatives += [f"(?:{_phrase_body(p)})" for p in ordered if _joins_word(p)]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _spans(pattern: re.Pattern | None, text: str) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


@dataclass(frozen=True)
class _PersonalCategory:
    name: str
    message: str
    flagged: re.Pattern | None
    neutral: re.Pattern | None


@cache
def _personal_categories() -> tuple[_PersonalCategory, ...]:
    data = tomllib.loads((PHRASES_DIR / "personal.toml").read_text(encoding="utf-8"))
    missing = [c for c in PERSONAL_CATEGORIES if c not in data]
    if missing:
        raise RuntimeError(f"phrases/personal.toml lacks categories: {', '.join(missing)}")
    return tuple(
        _PersonalCategory(
            name,
            data[name]["message"],
            _compile(data[name].get("phrases", [])),
            _compile(data[name].get("neutral", [])),
        )
        for name in PERSONAL_CATEGORIES
    )


@dataclass(frozen=True)
class _ResearchCues:
    forward: re.Pattern
    customer: re.Pattern
    seller: re.Pattern
    next_step: re.Pattern
    not_names: frozenset[str]
    leading: frozenset[str]
    suffixes: frozenset[str]
    customer_cues: re.Pattern
    service_cues: re.Pattern


@cache
def _cues() -> _ResearchCues:
    data = tomllib.loads((PHRASES_DIR / "research.toml").read_text(encoding="utf-8"))
    plan, names = data["plan"], data["names"]
    return _ResearchCues(
        forward=_compile(plan["forward"]),
        customer=_compile(plan["customer"]),
        seller=_compile(plan["seller"]),
        next_step=_compile(plan["next_step"]),
        not_names=frozenset(names["not_names"]),
        leading=frozenset(names["leading"]),
        suffixes=frozenset(s.rstrip(".") for s in names["company_suffixes"]),
        customer_cues=_compile(names["customer_cues"]),
        service_cues=_compile(names["service_cues"]),
    )


# --------------------------------------------------------------------------- text helpers

_ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "prof", "st", "vs", "e.g", "i.e", "no", "jr", "sr",
                  "mx"}
# These end a sentence only when a capital follows: "Acme Inc. and Beta" is one sentence.
_SOFT_ABBREVIATIONS = {"inc", "ltd", "co", "corp", "etc"}
# Linear time: a run of marks is entered only at its start and taken whole.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"'’”)\]]*+(?=\s)|\n")
# Enough of the text before a full stop to hold any abbreviation or initial.
_LOOKBACK = 40
_LAST_WORD = re.compile(r"([\w.]+)\.*$")
_NEXT_CHARACTER = re.compile(r"\s*+(\S?)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a line break also ends one (lists), "Ms." and initials do not."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() != "\n":
            before = _LAST_WORD.search(text, max(start, m.start() + 1 - _LOOKBACK),
                                         m.start() + 1)
            word = before.group(1).rstrip(".").lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            following = _NEXT_CHARACTER.match(text, m.end()).group(1)
            if word in _SOFT_ABBREVIATIONS and not following.isupper():
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append(_strip_span(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_strip_span(text, start, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")


class _SpanIndex:
    """(start, end) spans; whether another overlaps one of them, in logarithmic time."""

    def __init__(self, spans: Iterable[tuple] = ()):
        self.merged: list[tuple[int, int]] = []
        for start, end in sorted((s[0], s[1]) for s in spans):
            if self.merged and start < self.merged[-1][1]:
                self.merged[-1] = (self.merged[-1][0], max(end, self.merged[-1][1]))
            else:
                self.merged.append((start, end))
        self.starts = [start for start, _ in self.merged]

    def overlaps(self, span: tuple) -> bool:
        # Merged spans are disjoint and in order: only the last one starting before the
        # span's end can reach into it.
        i = bisect_left(self.starts, span[1]) - 1
        return i >= 0 and span[0] < self.merged[i][1]

    def add(self, span: tuple) -> None:
        """Add a span that overlaps none of those held."""
        i = bisect_left(self.merged, (span[0], span[1]))
        self.starts.insert(i, span[0])
        self.merged.insert(i, (span[0], span[1]))


def _non_overlapping(spans: Iterable[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """Keep the longest of overlapping matches, earliest first on ties."""
    chosen: list[tuple[int, int, object]] = []
    taken = _SpanIndex()
    for s in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if not taken.overlaps(s):
            chosen.append(s)
            taken.add(s)
    return sorted(chosen, key=lambda s: s[0])


_LEGAL_SUFFIXES = {"inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp",
                   "corporation", "co", "gmbh", "ag", "sa", "bv"}


def _name_regex(name: str) -> str:
    """Case-insensitive whole-phrase regex for a name; "Acme Inc." is also found as "Acme"."""
    words = re.findall(r"[\w&'’.-]+", name.replace(",", " "))
    while len(words) > 1 and words[-1].rstrip(".").lower() in _LEGAL_SUFFIXES:
        words.pop()
    body = r"\s+".join(
        "(?:&|and)" if w == "&" else re.escape(w).replace("’", "'").replace("'", "['’]")
        for w in words
    )
    return rf"(?<![\w]){body}(?![\w])"


_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al"}
_HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof)\.?\s+"


def _surname(name: str) -> str:
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:
        i -= 1
    return " ".join(words[i:])


@cache
def _known_words():
    # Imported late: the dictionary is only needed for a lower-case surname.
    from spellchecker import SpellChecker

    return SpellChecker()


def _is_common_word(word: str) -> bool:
    return bool(_known_words().known([word.lower()]))


# --------------------------------------------------------------------------- compiled sheet


@dataclass(frozen=True)
class _CompiledSheet:
    executives: tuple[re.Pattern, ...]  # full name, initials, honorific
    surnames: tuple[tuple[str, re.Pattern] | None, ...]  # None when shared by two executives
    services: tuple[re.Pattern, ...]
    customers: tuple[re.Pattern, ...]
    company: re.Pattern
    titles: tuple[tuple[re.Pattern, frozenset[int], str], ...]  # pattern, holders, shown as
    keywords: tuple[tuple[re.Pattern, ...], ...]
    known_names: tuple[str, ...]  # normalised, for unlisted-name checks


@lru_cache(maxsize=32)
def _compile_sheet(sheet: FactSheet) -> _CompiledSheet:
    executives = []
    surnames: list[tuple[str, re.Pattern] | None] = []
    surname_count: dict[str, int] = {}
    for e in sheet.executives:
        s = _surname(e.name).casefold()
        surname_count[s] = surname_count.get(s, 0) + 1
    for e in sheet.executives:
        words = e.name.split()
        surname = _surname(e.name)
        given = words[: len(words) - len(surname.split())]
        s_re = r"\s+".join(re.escape(w) for w in surname.split())
        forms = [s_re]
        if given:
            # "Adaeze Okafor", "Adaeze N. Okafor", "A. Okafor", "A Okafor"
            middle = r"\s+(?:[A-Z]\.?\s+)?"
            forms = [r"\s+".join(re.escape(w) for w in given) + middle + s_re]
            forms.append(re.escape(given[0][0]) + r"\.?" + middle + s_re)
        forms.append(_HONORIFIC + s_re)
        executives.append(
            re.compile("|".join(rf"(?<![\w])(?:{f})(?![\w])" for f in forms), re.IGNORECASE)
        )
        if surname_count[surname.casefold()] > 1 or len(words) == 1:
            surnames.append(None)
        else:
            surnames.append((surname, re.compile(rf"(?<![\w]){s_re}(?![\w])", re.IGNORECASE)))

    holders: dict[str, set[int]] = {}
    shown: dict[str, str] = {}
    for i, e in enumerate(sheet.executives):
        for source, display in _title_variants(e.title):
            holders.setdefault(source, set()).add(i)
            shown.setdefault(source, display)
    titles = tuple(
        (re.compile(src), frozenset(h), shown[src])
        for src, h in sorted(holders.items(), key=lambda kv: -len(kv[0]))
    )

    company_names = [n for n in (sheet.name, *sheet.aliases) if n.strip()]
    known = [*company_names, *sheet.services, *sheet.customers]
    known += [e.name for e in sheet.executives] + [_surname(e.name) for e in sheet.executives]
    known += [e.title for e in sheet.executives]
    return _CompiledSheet(
        executives=tuple(executives),
        surnames=tuple(surnames),
        services=tuple(re.compile(_name_regex(n), re.IGNORECASE) for n in sheet.services),
        customers=tuple(re.compile(_name_regex(n), re.IGNORECASE) for n in sheet.customers),
        company=re.compile(
            "|".join(
                f"(?:{_name_regex(n)})" for n in sorted(company_names, key=len, reverse=True)
            )
            or "(?!)",  # no name on the sheet: matches nothing
            re.IGNORECASE,
        ),
        titles=titles,
        keywords=tuple(
            tuple(re.compile(_keyword_regex(k), re.IGNORECASE) for k in f.keywords)
            for f in sheet.facts
        ),
        known_names=tuple(_norm_name(n) for n in known if n),
    )


def _keyword_regex(keyword: str) -> str:
    if re.fullmatch(r"[\d,.]+", keyword):
        # "1,100" also matches "1100", and the reverse.
        digits = keyword.replace(",", "")
        body = ",?".join(re.escape(d) for d in digits)
        return rf"(?<![\w.,]){body}(?![\w]|[.,]\d)"
    return _phrase_regex(keyword)


_TITLE_JOIN = r"(?:\s*,\s*|\s+(?:of|for)\s+(?:the\s+)?|\s+)"


def _title_variants(title: str) -> list[tuple[str, str]]:
    """Regex sources that name a title, with how each is shown ("CFO" for Chief Financial...)."""
    variants: list[tuple[str, str]] = []
    for part in re.split(r"\s*(?:&|\band\b|/|;)\s*|,\s*(?=(?:chief|founder|co-founder)\b)",
                         title, flags=re.IGNORECASE):
        words = [w for w in re.findall(r"[\w-]+", part) if w.lower() not in {"of", "for", "the"}]
        if not words:
            continue
        low = [w.lower() for w in words]
        full = _TITLE_JOIN.join(re.escape(w) for w in low)
        variants.append((rf"(?<![\w])(?i:{full})(?![\w])", part.strip()))
        if low[0] == "chief" and low[-1] == "officer" and len(low) >= 3:
            acronym = "C" + "".join(w[0].upper() for w in low[1:-1]) + "O"
            variants.append((rf"(?<![\w]){acronym}(?![\w])", acronym))
            short = _TITLE_JOIN.join(re.escape(w) for w in low[:-1])
            variants.append((rf"(?<![\w])(?i:{short})(?![\w])", " ".join(words[:-1])))
        if low[:2] == ["vice", "president"] and len(low) > 2:
            rest = _TITLE_JOIN.join(re.escape(w) for w in low[2:])
            source = rf"(?<![\w])VP(?:{_TITLE_JOIN})(?i:{rest})(?![\w])"
            variants.append((source, "VP " + " ".join(words[2:])))
    return variants


def _norm_name(name: str) -> str:
    words = re.findall(r"[\w&]+", name.casefold())
    return " ".join(words)


# --------------------------------------------------------------------------- the check


def check(
    text: str | Mapping[str, str], facts: FactSheet, *, about_text: str = ""
) -> ResearchCheck:
    """Check a research profile against the fact sheet (and the company's own about text).

    `text` is plain text, a mapping of section key -> text, or a text in the joined form
    (see join_sections); with sections, spans refer to the joined text and
    `ResearchCheck.locate()` maps them back to a section.
    """
    joined = join_sections(text) if isinstance(text, Mapping) else split_sections(text)
    if joined is not None:
        text = joined.text
    sheet = _compile_sheet(facts)
    sents = sentences(text)

    entity_spans = _entity_spans(text, sheet)
    coverage, exec_mentions = _coverage(text, facts, sheet, sents)
    findings: list[Finding] = []
    findings += _wrong_titles(text, facts, sheet, sents, exec_mentions)
    findings += _unlisted_names(text, sheet, sents, joined, entity_spans, exec_mentions)
    personal = _personal(text, entity_spans)
    findings += personal
    plan_measures, plan_findings = _plan(text, joined, sheet)
    findings += plan_findings
    copied, copy_findings = _copied(text, facts, about_text, joined)
    findings += copy_findings
    findings.sort(key=lambda f: (f.start, f.end, f.code))

    measures = {
        "executive_coverage": coverage["executives"].ratio,
        "service_coverage": coverage["services"].ratio,
        "customer_coverage": coverage["customers"].ratio,
        "fact_coverage": coverage["facts"].ratio,
        "personal_info_count": float(len(personal)),
        **plan_measures,
        "copied_ratio": copied,
        "wrong_title_count": float(sum(f.code == "wrong_title" for f in findings)),
        "unlisted_name_count": float(sum(f.code.startswith("unlisted_") for f in findings)),
        "word_count": float(len(_WORD.findall(text))),
    }
    return ResearchCheck(text, coverage, tuple(findings), measures, joined)


def _entity_spans(text: str, sheet: _CompiledSheet) -> list[tuple[int, int]]:
    spans = _spans(sheet.company, text)
    for pattern in (*sheet.services, *sheet.customers):
        spans += _spans(pattern, text)
    return spans


def _evidence(text: str, spans: Iterable[tuple[int, int]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(s, e, text[s:e]) for s, e in sorted(set(spans)))


def _coverage(text, facts: FactSheet, sheet: _CompiledSheet, sents):
    # Every candidate mention of an executive; the longest form wins where they overlap.
    raw: list[tuple[int, int, int]] = []
    for i, pattern in enumerate(sheet.executives):
        raw += [(s, e, i) for s, e in _spans(pattern, text)]
    for i, surname in enumerate(sheet.surnames):
        if surname is None:
            continue
        word, pattern = surname
        for s, e in _spans(pattern, text):
            found = text[s:e]
            # A lower-case surname that is also an English word ("price") is just the word.
            if found[0].isupper() or not _is_common_word(word):
                raw.append((s, e, i))
    mentions = [(s, e, i) for s, e, i in _non_overlapping(raw)]

    exec_found, exec_missing = [], []
    for i, ex in enumerate(facts.executives):
        spans = [(s, e) for s, e, j in mentions if j == i]
        if spans:
            exec_found.append(Found(ex.name, _evidence(text, spans)))
        else:
            exec_missing.append(ex.name)

    def names(patterns, listed):
        found, missing = [], []
        for name, pattern in zip(listed, patterns, strict=True):
            spans = _spans(pattern, text)
            if spans:
                found.append(Found(name, _evidence(text, spans)))
            else:
                missing.append(name)
        return Coverage(tuple(found), tuple(missing))

    fact_found, fact_missing = [], []
    for fact, patterns in zip(facts.facts, sheet.keywords, strict=True):
        spans = _fact_spans(text, patterns, sents)
        if spans:
            fact_found.append(Found(fact.text, _evidence(text, spans)))
        else:
            fact_missing.append(fact.text)

    coverage = {
        "executives": Coverage(tuple(exec_found), tuple(exec_missing)),
        "services": names(sheet.services, facts.services),
        "customers": names(sheet.customers, facts.customers),
        "facts": Coverage(tuple(fact_found), tuple(fact_missing)),
    }
    return coverage, mentions


def _fact_spans(text, patterns, sents) -> list[tuple[int, int]]:
    """Keyword spans from every window of sentences that holds all of a fact's keywords."""
    hits = [_spans(p, text) for p in patterns]
    if not sents or any(not h for h in hits):
        return []
    found: set[tuple[int, int]] = set()
    for i in range(len(sents)):
        lo, hi = sents[i][0], sents[min(i + FACT_WINDOW_SENTENCES, len(sents)) - 1][1]
        window = [[h for h in kw if lo <= h[0] < hi] for kw in hits]
        if all(window):
            for kw in window:
                found.update(kw)
    return sorted(found)


def _sentence_of(sents, pos: int) -> tuple[int, int] | None:
    for s in sents:
        if s[0] <= pos < s[1]:
            return s
    return None


_RELATION = re.compile(
    r"(?i)\b(?:report\w*|to|with|and|for|by|under|than|from|who|whose|hired|replaced|joined)\b"
    r"|['’]s\b|;|:"
)


def _wrong_titles(text, facts: FactSheet, sheet: _CompiledSheet, sents, mentions) -> list[Finding]:
    occurrences = []
    for pattern, holders, shown in sheet.titles:
        occurrences += [(s, e, (holders, shown)) for s, e in _spans(pattern, text)]
    findings = []
    for t_start, t_end, (holders, shown) in _non_overlapping(occurrences):
        if re.search(r"(?i)\bvice\s+$", text[max(0, t_start - 6) : t_start]):
            continue  # "President" inside "Vice President ..." of someone not on the sheet
        sent = _sentence_of(sents, t_start)
        if sent is None:
            continue
        best = None
        for m_start, m_end, i in mentions:
            if not (sent[0] <= m_start < sent[1]):
                continue
            gap = t_start - m_end if m_end <= t_start else m_start - t_end
            if gap >= 0 and (best is None or gap < best[0]):
                best = (gap, m_start, m_end, i)
        if best is None or best[0] > TITLE_REACH:
            continue
        gap, m_start, m_end, i = best
        between = text[min(m_end, t_end) : max(m_start, t_start)]
        if i in holders or _RELATION.search(between):
            continue
        start, end = min(m_start, t_start), max(m_end, t_end)
        owners = ", ".join(facts.executives[h].name for h in sorted(holders))
        findings.append(
            Finding(
                "wrong_title",
                f"{facts.executives[i].name} is given the title “{shown}”, which the fact "
                f"sheet gives to {owners} ({facts.executives[i].name} is "
                f"{facts.executives[i].title}).",
                start,
                end,
                category="accuracy",
            )
        )
    return findings


_CAP_WORD = r"(?:[A-Z][\w'’&.-]*[\w]|[A-Z]|&)"
_CAP_RUN = re.compile(
    rf"(?<![\w]){_CAP_WORD}(?:(?:[ \t]+|[ \t]+(?:of|de)[ \t]+){_CAP_WORD})*(?![\w])"
)


def _unlisted_names(text, sheet: _CompiledSheet, sents, joined, entity_spans, mentions):
    """Capitalised names in customer or service context that the fact sheet does not list."""
    cues = _cues()
    known_spans = _SpanIndex(entity_spans + [(s, e) for s, e, _ in mentions])
    findings = []
    for m in _CAP_RUN.finditer(text):
        words = m.group().split()
        start = m.start()
        while words and (words[0].rstrip(".,") in cues.leading or words[0] == "&"):
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        if not words:
            continue
        start = text.index(words[0], start)
        end = m.end()
        name = " ".join(words)
        if any(w.rstrip(".") in cues.not_names for w in words):
            continue
        company_like = words[-1].rstrip(".") in cues.suffixes
        camel = len(words) == 1 and re.search(r"[a-z][A-Z]", words[0])
        if len(words) < 2 and not company_like and not camel:
            continue
        if re.search(rf"{_HONORIFIC}$", text[max(0, start - 6) : start]):
            continue  # "Ms. Jane Doe" is a person, not a company
        if known_spans.overlaps((start, end)):
            continue
        norm = _norm_name(name)
        if any(norm in k or k in norm for k in sheet.known_names if k):
            continue
        kind = _name_kind(text, start, end, sents, joined)
        if kind is None:
            continue
        findings.append(
            Finding(
                f"unlisted_{kind}",
                f"“{name}” reads like a {kind} but is not on the fact sheet: check it is right.",
                start,
                end,
                category="accuracy",
            )
        )
    return findings


def _name_kind(text, start, end, sents, joined) -> str | None:
    if joined is not None:
        located = joined.locate(start, end)
        if located and located[0] == "customers":
            return "customer"
        if located and located[0] == "services":
            return "service"
    sent = _sentence_of(sents, start)
    if sent is None:
        return None
    cues = _cues()
    # The nearest cue before the name decides ("Customers include X"); failing that, after it.
    nearest: tuple[bool, int, str] | None = None
    for kind, pattern in (("customer", cues.customer_cues), ("service", cues.service_cues)):
        for m in pattern.finditer(text, sent[0], sent[1]):
            after = m.start() >= end
            gap = m.start() - end if after else start - m.end()
            if gap >= 0 and (nearest is None or (after, gap) < nearest[:2]):
                nearest = (after, gap, kind)
    return nearest[2] if nearest else None


def _personal(text: str, entity_spans) -> list[Finding]:
    findings = []
    entities = _SpanIndex(entity_spans)
    for cat in _personal_categories():
        neutral = _SpanIndex(_spans(cat.neutral, text))
        for start, end in _spans(cat.flagged, text):
            span = (start, end)
            if neutral.overlaps(span):
                continue
            if entities.overlaps(span):
                continue  # a customer named "Meridian Health Supply", "Calder's home market"
            findings.append(
                Finding(
                    f"personal_{cat.name}",
                    f"“{text[start:end]}” {cat.message}: research stays on business, "
                    "never on a person's private life.",
                    start,
                    end,
                    category=cat.name,
                )
            )
    return findings


_NUMBER = re.compile(
    r"(?i)(?:[$£€]\s?\d[\d,.]*\s*(?:k|m|bn|million|thousand|billion)?|\b\d[\d,.]*\s*(?:%|percent\b"
    r"|k\b|m\b|million\b|thousand\b|billion\b)?|\b(?:two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozen|half|double|triple)\b)"
)
_TIMEFRAME = re.compile(
    r"(?i)\b(?:within|in|over|after|for)\s+(?:the\s+)?(?:first\s+|next\s+)?(?:\d+|a|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)[\s-]+"
    r"(?:day|week|month|quarter|year)s?\b"
    r"|\bby\s+(?:the\s+)?(?:end\s+of\s+|close\s+of\s+)?(?:Q[1-4]|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|\d{4}|year[\s-]end|"
    r"next\s+\w+|this\s+\w+|the\s+\w+\s+(?:month|quarter|year))"
    r"|\bQ[1-4]\b|\b\d+[\s-]day\b|\b(?:first|next|this)\s+(?:week|month|quarter|year)\b"
    r"|\bper\s+(?:week|month|quarter|year)\b"
)
_HEADING = re.compile(
    r"(?im)^[ \t#*]*[^\n.!?]{0,60}\b(?:opportunit\w*|plan)\b[^\n.!?]{0,40}:?[ \t]*$"
)


def _plan_span(text: str, joined: JoinedSections | None) -> tuple[int, int]:
    if joined is not None:
        return joined.section("opportunity")
    m = _HEADING.search(text)
    if m is None:
        return 0, len(text)
    following = re.search(r"\n\s*\n[ \t#*]*[A-Z][^\n.!?]{0,60}:?[ \t]*\n", text[m.end():])
    end = m.end() + following.start() if following else len(text)
    return m.end(), end


def _plan(text, joined, sheet: _CompiledSheet):
    """Score the opportunity plan on four parts: forward-looking, customer focus, outcomes,
    next step (each 0-1; the score is their mean)."""
    cues = _cues()
    start, end = _plan_span(text, joined)
    body = text[start:end]
    zero = {
        "opportunity_plan_score": 0.0,
        "plan_forward": 0.0,
        "plan_customer_focus": 0.0,
        "plan_outcomes": 0.0,
        "plan_next_step": 0.0,
    }
    if len(_WORD.findall(body)) < 5:
        return zero, [
            Finding(
                "plan_missing",
                "There is no opportunity plan: say how you would turn this understanding into "
                "business with the company.",
                start,
                end,
                category="opportunity_plan",
            )
        ]
    sents = sentences(body)
    forward = sum(1 for s, e in sents if cues.forward.search(body, s, e))
    plan_forward = min(1.0, forward / len(sents) / 0.6)

    customer = len(_spans(cues.customer, body)) + len(_spans(sheet.company, body))
    seller = len(_spans(cues.seller, body))
    focus = customer / (customer + seller) if customer + seller else 0.0
    plan_customer_focus = min(1.0, focus / 0.5)

    has_number = bool(_NUMBER.search(body))
    has_time = bool(_TIMEFRAME.search(body))
    plan_outcomes = 0.5 * has_number + 0.5 * has_time
    next_step = cues.next_step.search(body)
    plan_next_step = 1.0 if next_step else 0.0

    parts = [plan_forward, plan_customer_focus, plan_outcomes, plan_next_step]
    measures = {
        "opportunity_plan_score": sum(parts) / 4,
        "plan_forward": plan_forward,
        "plan_customer_focus": plan_customer_focus,
        "plan_outcomes": plan_outcomes,
        "plan_next_step": plan_next_step,
    }
    s, e = _strip_span(text, start, end)
    findings = []

    def add(code, message):
        findings.append(Finding(code, message, s, e, category="opportunity_plan"))

    if plan_forward < 0.5:
        add("plan_not_forward", "The plan mostly looks back; say what you would do next.")
    if plan_customer_focus < 0.6:
        add(
            "plan_seller_focused",
            f"The plan is about the seller more than the customer ({seller} references to "
            f"I/we against {customer} to the company and its customers).",
        )
    if not has_number:
        add("plan_no_numbers", "The plan names no concrete outcome (a number, an amount, a share).")
    if not has_time:
        add("plan_no_timeframe", "The plan gives no time frame (by when, within how long).")
    if not next_step:
        add("plan_no_next_step", "The plan has no concrete next step (a meeting, a call, a pilot).")
    return measures, findings


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [
        (m.group().casefold().replace("’", "'"), m.start(), m.end())
        for m in _WORD.finditer(text, start, end)
    ]


def _copied(text, facts: FactSheet, about_text: str, joined) -> tuple[float, list[Finding]]:
    """Runs of COPY_MIN_WORDS or more words found verbatim in the fact sheet or about text."""
    n = COPY_MIN_WORDS
    sources: dict[tuple[str, ...], str] = {}
    for label, source in [("the company's about text", about_text)] + [
        ("the fact sheet", f.text) for f in facts.facts
    ]:
        words = [w for w, _, _ in _tokens(source, 0, len(source))]
        for i in range(len(words) - n + 1):
            sources.setdefault(tuple(words[i : i + n]), label)

    segments = [(s, e) for _, s, e in joined.bounds] if joined else [(0, len(text))]
    total = copied = 0
    findings = []
    for seg_start, seg_end in segments:
        tokens = _tokens(text, seg_start, seg_end)
        total += len(tokens)
        marked = [None] * len(tokens)
        words = [t[0] for t in tokens]
        for i in range(len(words) - n + 1):
            label = sources.get(tuple(words[i : i + n]))
            if label:
                for j in range(i, i + n):
                    marked[j] = marked[j] or label
        i = 0
        while i < len(tokens):
            if marked[i] is None:
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and marked[j + 1] is not None:
                j += 1
            count = j - i + 1
            copied += count
            findings.append(
                Finding(
                    "copied_text",
                    f"{count} words copied word for word from {marked[i]}: "
                    "say it in your own words.",
                    tokens[i][1],
                    tokens[j][2],
                    category="copied",
                )
            )
            i = j + 1
    return (copied / total if total else 0.0), findings
