"""A fact sheet compiled once into the patterns the check runs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hiring.analysis.research.fact_sheet import FactSheet
from hiring.analysis.research.matching import _phrase_regex
from hiring.analysis.research.text import _HONORIFIC, _name_regex, _surname


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
