"""The phrase file (phrases/outcomes.toml): input requirements, result words, vague words."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hiring.analysis.outcomes.patterns import NUMBER

PHRASES_FILE = Path(__file__).parents[1] / "phrases" / "outcomes.toml"


@dataclass(frozen=True)
class _InputRule:
    code: str
    explanation: str
    rewrite: str
    regexes: tuple[re.Pattern, ...]
    fallback: bool
    # Words just before a match that make it a duty in the role, not a requirement on the
    # candidate ("take ownership of your book of business").
    not_after: re.Pattern | None = None


@dataclass(frozen=True)
class _Phrases:
    inputs: tuple[_InputRule, ...]
    results: re.Pattern
    result_nouns: re.Pattern
    vague_quantity: re.Pattern
    vague_time: re.Pattern
    activities: re.Pattern
    activity_nouns: re.Pattern
    pay: re.Pattern
    workload: re.Pattern


def _phrase_regex(phrase: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s-]+", phrase.strip())]
    return r"\b" + r"[\s-]+".join(parts) + r"\b"


def _verb_forms(verb: str) -> set[str]:
    forms = {verb, verb + "s", verb + "es", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgmnpt]", verb):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def _words_regex(words, patterns=()) -> re.Pattern:
    words = [_phrase_regex(w) for w in sorted(words, key=len, reverse=True)]
    return re.compile("|".join([*(f"(?:{p})" for p in patterns), *words]), re.IGNORECASE)


@cache
def _phrases() -> _Phrases:
    data = tomllib.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    rules = []
    for entry in data["input"]:
        sources = [p.replace("{number}", NUMBER) for p in entry.get("patterns", [])]
        sources += [_phrase_regex(p) for p in entry.get("phrases", [])]
        rules.append(_InputRule(
            code=entry["code"],
            explanation=" ".join(entry["explanation"].split()),
            rewrite=" ".join(entry["rewrite"].split()),
            regexes=tuple(re.compile(s, re.IGNORECASE) for s in sources),
            fallback=entry.get("fallback", False),
            not_after=(re.compile(rf"(?:{entry['not_after']})\s*$", re.IGNORECASE)
                       if "not_after" in entry else None),
        ))
    verbs = set().union(*(_verb_forms(v) for v in data["results"]["verbs"]))
    nouns = set()
    for noun in data["results"]["nouns"]:
        nouns |= {noun, noun + "s"}
    # Results named by a phrase rather than a word ("generate 5 new leads"): tried first, so
    # the phrase is taken whole where its verb alone would also match.
    named = [p.replace("{number}", NUMBER) for p in data["results"].get("patterns", [])]
    activity_nouns = set()
    for noun in data["activities"]["nouns"]:
        activity_nouns |= {noun, noun + "s"}
    activities = set(activity_nouns)
    for verb in data["activities"]["verbs"]:
        activities |= _verb_forms(verb)
    return _Phrases(
        inputs=tuple(rules),
        activities=_words_regex(activities),
        activity_nouns=_words_regex(activity_nouns),
        pay=re.compile("|".join(f"(?:{p})" for p in data["pay"]["patterns"]), re.IGNORECASE),
        workload=re.compile("|".join(f"(?:{p})" for p in data["activities"]["workload"]),
                            re.IGNORECASE),
        results=_words_regex(verbs | nouns, named),
        result_nouns=_words_regex(nouns, named),
        vague_quantity=_words_regex(data["vague"]["quantity"]),
        vague_time=_words_regex(data["vague"]["time"]),
    )
