"""Phrase lists in the data-file syntax, compiled to patterns (personal topics, plan cues)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PHRASES_DIR = Path(__file__).parents[1] / "phrases"

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


_PLACEHOLDERS = {
    # A person's possessive, optionally with one word between ("his young family").
    # Patterns are compiled case-insensitive; a name must still start with a capital.
    # "my"/"our": a profile quoted in a note speaks of the person in the first person.
    # A name is a capitalised word, hyphenated at most once ("Okafor-Bell's") and taken whole:
    # a run of "Aa-Aa-..." must not be re-scanned from every capital.
    "{poss}": r"(?:his|her|my|our|(?-i:[A-Z])\w*+(?:-\w++)?['’]s)(?:\s+[\w-]+)??",
    "{subj}": r"(?:he|she|(?-i:[A-Z])\w*+(?:-\w++)?)",
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
            # One word, hyphenated at most once, taken whole: a run of "a-a-a-..." must not
            # be re-scanned from every "a" (phrases such as "a * family").
            parts.append(r"[\w'’]++(?:-[\w'’]++)?+")
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
            _with_patterns(_compile(data[name].get("phrases", [])), data[name].get("patterns", [])),
            _with_patterns(_compile(data[name].get("neutral", [])),
                           data[name].get("neutral_patterns", [])),
        )
        for name in PERSONAL_CATEGORIES
    )


def _with_patterns(compiled: re.Pattern | None, patterns: list[str]) -> re.Pattern | None:
    """The phrase alternation joined with a category's regular expressions (case-insensitive;
    "(?-i:[A-Z])" asks for a capital), for forms a phrase cannot spell ("a lifelong
    Clevelander", "her PhD from Stanford")."""
    sources = ([compiled.pattern] if compiled else []) + [f"(?:{p})" for p in patterns]
    return re.compile("|".join(sources), re.IGNORECASE) if sources else None


@dataclass(frozen=True)
class _ResearchCues:
    forward: re.Pattern
    customer: re.Pattern
    seller: re.Pattern
    next_step: re.Pattern
    steps: re.Pattern
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
        steps=_step_regex(plan["steps"]),
        not_names=frozenset(names["not_names"]),
        leading=frozenset(names["leading"]),
        suffixes=frozenset(s.rstrip(".") for s in names["company_suffixes"]),
        customer_cues=_compile(names["customer_cues"]),
        service_cues=_compile(names["service_cues"]),
    )


def _step_forms(verb: str) -> set[str]:
    """A plan verb as an order or a list item: "offer", "offering"; "propose", "proposing";
    "set", "setting"."""
    forms = {verb, verb + "ing"}
    if verb.endswith("e") and not verb.endswith("ee"):
        forms.add(verb[:-1] + "ing")
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgmnpt]", verb):
        forms.add(verb + verb[-1] + "ing")
    return forms


def _step_regex(verbs: Iterable[str]) -> re.Pattern:
    """A sentence that is a step of a plan: it opens (after a list mark, a short lead-in and a
    colon, or "then"/"first"/"next") with a plan verb ("Offer a two-week trial", "- Start by
    asking ...", "My approach: asking ..., offering ...")."""
    forms = sorted(set().union(*(_step_forms(v) for v in verbs)), key=len, reverse=True)
    return re.compile(
        r"\A[\s\-*•·>]*+(?:\d{1,2}[.)]\s*+)?(?:[^\n:.!?]{0,40}:\s*+)?"
        r"(?:(?:then|first|next|finally|after\s+that|step\s+\d{1,2})[,:]?\s++)?"
        rf"(?:{'|'.join(forms)})\b",
        re.IGNORECASE,
    )
