"""The research check: coverage, titles, unlisted names, personal information and copied
text (the opportunity plan is in plan.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from hiring.analysis.findings import Finding
from hiring.analysis.research.compiled import _compile_sheet, _CompiledSheet, _norm_name
from hiring.analysis.research.fact_sheet import FactSheet
from hiring.analysis.research.matching import _cues, _personal_categories, _spans
from hiring.analysis.research.plan import _plan
from hiring.analysis.research.results import Coverage, Evidence, Found, ResearchCheck
from hiring.analysis.research.sections import join_sections, split_sections
from hiring.analysis.research.text import (
    _HONORIFIC,
    _WORD,
    _is_common_word,
    _non_overlapping,
    _SpanIndex,
    sentences,
)
from hiring.analysis.research.wording import (
    key_words,
    named_in_other_words,
    presented_as,
)

# Words of this many consecutive tokens shared with the sources count as copied.
COPY_MIN_WORDS = 12
# A fact counts as covered when all its keywords fall within this many consecutive sentences.
FACT_WINDOW_SENTENCES = 3
# A title further than this many characters from a name is not read as that person's title.
TITLE_REACH = 60
# Characters before a name or title where the one word that changes it stands ("Vice ", "Prof. ").
_WORD_BEFORE_REACH = 6


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
            # As written, else in other words ("custom steel enclosures" for "custom
            # enclosure fabrication").
            spans = _spans(pattern, text) or named_in_other_words(key_words(name), text, sents)
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
        if re.search(r"(?i)\bvice\s+$", text[max(0, t_start - _WORD_BEFORE_REACH) : t_start]):
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


# A name the writer worked for, not one the company sells to ("experience at ... Hallmark
# Cards", "served as VP of Software Development for CRW Systems").
_EMPLOYMENT = re.compile(
    r"\b(?:worked|working|work)\s+(?:at|for|with\s+teams\s+at)\b|\bserved\s+as\b"
    r"|\b(?:experience|career|stint|tenure|time|roles?|positions?|jobs?)\s+(?:at|with|in)\b"
    r"|\b(?:employed|previously|formerly|former|joined|alumn[ai]|ex-)\b"
    r"|\b(?:i|he|she|they)\s+(?:was|were|have\s+been|has\s+been)\s+(?:at|with|in)\b",
    re.IGNORECASE,
)
# "Richland County, SC", "Ann Arbor, MI": a place and its state.
_STATE_AFTER = re.compile(r",\s*[A-Z]{2}\b(?![\w-])")


def _unlisted_names(text, sheet: _CompiledSheet, sents, joined, entity_spans, mentions):
    """Capitalised names in customer or service context that the fact sheet does not list."""
    cues = _cues()
    known_spans = _SpanIndex(entity_spans + [(s, e) for s, e, _ in mentions])
    findings = []
    for m in _CAP_RUN.finditer(text):
        words = m.group().split()
        start = m.start()
        while words and (words[0].rstrip(".,") in cues.leading or words[0] == "&"
                         or words[0].lower().endswith("-based")):
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
        if re.search(rf"{_HONORIFIC}$", text[max(0, start - _WORD_BEFORE_REACH) : start]):
            continue  # "Ms. Jane Doe" is a person, not a company
        if known_spans.overlaps((start, end)):
            continue
        if _STATE_AFTER.match(text, end):
            continue  # a place
        sent = _sentence_of(sents, start)
        if sent is not None and _EMPLOYMENT.search(text, sent[0], start):
            continue  # a former employer
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
    # The nearest cue that presents the name as a customer or an offering decides ("Customers
    # include X", "offers the X", "X, a long-time client"); a name merely near a cue (a
    # language a team codes in, a field someone studied, a person) is not reported.
    nearest: tuple[bool, int, str] | None = None
    for kind, pattern in (("customer", cues.customer_cues), ("service", cues.service_cues)):
        for m in pattern.finditer(text, sent[0], sent[1]):
            if m.group()[:1].isupper() and _in_capitalised_run(text, m.start(), m.end()):
                continue  # "Account Management", "Customer Success": a field or a title
            if not presented_as(text, m, start, end):
                continue
            after = m.start() >= end
            gap = m.start() - end if after else start - m.end()
            if gap >= 0 and (nearest is None or (after, gap) < nearest[:2]):
                nearest = (after, gap, kind)
    return nearest[2] if nearest else None


def _in_capitalised_run(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at start..end stands beside another capitalised word."""
    before = re.search(r"([A-Z][\w&-]*)[ \t]+$", text[max(0, start - 40) : start])
    after = re.match(r"[ \t]+[A-Z]", text[end : end + 2])
    return bool(before or after)


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
