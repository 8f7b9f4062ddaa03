"""A listed service or customer named in other words ("builds custom steel enclosures" for
"custom enclosure fabrication"), and whether a name is presented as a customer or an offering.
"""

from __future__ import annotations

import re

# Words of a service name that say what kind of work it is rather than what is made or done:
# the text may use any verb for them ("builds" for "fabrication").
_GENERIC = frozenset(
    "service services solution solutions fabrication manufacturing production management "
    "consulting provision delivery support installation design development platform "
    "program programme offering offerings work works".split()
)
_STOP = frozenset("a an and or of for the to in on with by &".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Words of this many letters or more match on a shared beginning ("enclosure"/"enclosures",
# "coating"/"coatings", "fabricate"/"fabrication").
_STEM_MIN = 5
_STEM_SLACK = 3
# Characters between a cue and a name beyond which the two are not related.
RELATION_REACH = 120


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < _STEM_MIN:
        return False
    need = max(_STEM_MIN - 1, min(len(a), len(b)) - _STEM_SLACK)
    return a[:need] == b[:need]


def key_words(name: str) -> tuple[str, ...]:
    """The words a text must use to name the thing in other words; () when the name is all
    generic ("consulting services"), which then must appear as written."""
    words = [w.casefold() for w in _WORD.findall(name)]
    return tuple(w for w in words if w not in _STOP and w not in _GENERIC)


def named_in_other_words(keys: tuple[str, ...], text: str,
                         sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the key words in the first sentence that holds all of them (two or more keys;
    one word alone is too common to stand for a service)."""
    if len(keys) < 2:
        return []
    for start, end in sentences:
        words = [(m.group().casefold(), m.start(), m.end())
                 for m in _WORD.finditer(text, start, end)]
        spans = []
        for key in keys:
            hit = next(((s, e) for w, s, e in words if _same_word(key, w)), None)
            if hit is None:
                break
            spans.append(hit)
        else:
            return spans
    return []


# Between a cue and the name it introduces: list words, other names and punctuation only
# ("customers include Northwind Traders and Meridian", "offers the Yard Suite").
_BEFORE_GAP = re.compile(
    r"(?:[\s,:;()—–-]+|&|[A-Z][\w'’&.-]*"
    r"|\b(?:include[sd]?|including|such\s+as|like|are|were|is|was|namely|e\.g\.|for|to|with"
    r"|the|a|an|and|or|both|its|their|our|new|major|key|large|notable|notably|also"
    r"|as\s+well\s+as|among\s+them)\b)*+"
)
# Between a name and a noun after it that says what it is ("Trakit, their platform",
# "Harbor Hill Foods, a long-time customer").
_AFTER_GAP = re.compile(
    r"(?:[\s,:;()—–-]+|\b(?:is|was|has\s+been|became|as|a|an|the|their|its|our|one\s+of"
    r"|new|newest|latest|flagship|core|main|key|major|biggest|largest|own|long[\s-]?time|longtime"
    r"|first)\b)*+"
)
_CUE_NOUN = re.compile(
    r"(?i)(?:customer|client|account|service|product|platform|offering|solution|tool|portal)s?"
)


# "their account lead", "a customer success manager": a cue word inside a job title.
_ROLE_AFTER = re.compile(
    r"[ \t]+(?:lead|leads|manager|managers|executive|executives|director|rep|reps"
    r"|representative|owner|team|success|management|head|officer|specialist|engineer)\b",
    re.IGNORECASE,
)


def presented_as(text: str, cue: re.Match, start: int, end: int) -> bool:
    """Whether the cue presents the name at start..end as a customer or an offering: the cue
    comes before it with only list words between, or a cue noun right after it."""
    if cue.end() <= start:
        gap = text[cue.end():start]
        return len(gap) <= RELATION_REACH and _BEFORE_GAP.fullmatch(gap) is not None
    if cue.start() >= end:
        gap = text[end:cue.start()]
        return (len(gap) <= RELATION_REACH and _AFTER_GAP.fullmatch(gap) is not None
                and _CUE_NOUN.fullmatch(cue.group()) is not None
                and not _ROLE_AFTER.match(text, cue.end()))
    return False
