"""Text helpers: sentences, spans that do not overlap, names and surnames."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache

from hiring.analysis.limits import ABBREVIATION_LOOKBACK

_ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "prof", "st", "vs", "e.g", "i.e", "no", "jr", "sr",
                  "mx"}
# These end a sentence only when a capital follows: "Acme Inc. and Beta" is one sentence.
_SOFT_ABBREVIATIONS = {"inc", "ltd", "co", "corp", "etc"}
# Linear time: a run of marks is entered only at its start and taken whole.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[\"'’”)\]]*+(?=\s)|\n")
_LAST_WORD = re.compile(r"([\w.]+)\.*$")
_NEXT_CHARACTER = re.compile(r"\s*+(\S?)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a line break also ends one (lists), "Ms." and initials do not."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() != "\n":
            before = _LAST_WORD.search(text, max(start, m.start() + 1 - ABBREVIATION_LOOKBACK),
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
