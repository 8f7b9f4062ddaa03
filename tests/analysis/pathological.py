"""Inputs that make a careless pattern or loop take quadratic time, and the largest inputs the
portal accepts: shared by the timing tests and bench/bench_limits.py."""

from __future__ import annotations

from dataclasses import replace

from hiring.analysis.research import Executive, Fact, FactSheet

# Long runs of one kind of character, and short units repeated: each defeats a different
# kind of careless pattern (a quantifier re-entered inside a run, a look-back over the whole
# text, a check of every earlier match).
UNITS = {
    "digits": "1",
    "letters": "a",
    "capitals": "A",
    "spaces": " ",
    "newlines": "\n",
    "full stops": ".",
    "marks": "!?",
    "a.": "a.",
    "A. ": "A. ",
    "a-": "a-",
    "Aa-": "Aa-",
    "a:": "a:",
    "i ": "i ",
    "1 ": "1 ",
    "1,": "1,",
    "[x": "[x",
    "a.com ": "a.com ",
    "a@b.co ": "a@b.co ",
    "one of ": "no one of ",
    "in 2020 ": "in 2020 ",
    "paragraphs": "a\n\n",
    "indicates likely ": "indicates likely ",
    "1+ teams ": "1+ teams ",
}


def run_of(unit: str, size: int) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def largest_fact_sheet() -> FactSheet:
    """A sheet at the caps of hiring.research.services: the most facts and names it takes,
    within its byte limit."""
    from hiring.research.services import MAX_FACT_SHEET_BYTES, MAX_FACTS, MAX_KEYWORDS, MAX_NAMES

    def name(kind: str, i: int) -> str:
        return f"{kind} {chr(65 + i % 26)}{chr(97 + i // 26 % 26)}lder {i}"

    executives = tuple(Executive(name("Alex", i), f"Vice President, Region {i}")
                       for i in range(MAX_NAMES))
    services = tuple(name("Service", i) for i in range(MAX_NAMES))
    customers = tuple(name("Customer", i) for i in range(MAX_NAMES))
    used = sum(len(e.name) + len(e.title) for e in executives) + sum(
        len(n) for n in services + customers)
    per_fact = (MAX_FACT_SHEET_BYTES - used) // MAX_FACTS - 8
    facts = []
    for i in range(MAX_FACTS):
        keywords = (f"{1900 + i}", f"depot {i}", f"lane{i}", f"fleet of {i * 7}",
                    f"route {i}", f"hub {i}", f"yard {i}")[:MAX_KEYWORDS]
        text = f"Fact {i}: the company opened depot {i} in {1900 + i} with a fleet of {i * 7}. "
        text = (text * (per_fact // len(text) + 1))[: per_fact - sum(map(len, keywords))]
        facts.append(Fact(text, keywords))
    sheet = FactSheet(name="Calder Logistics Group", aliases=("Calder", "CLG"),
                      executives=executives, services=services, customers=customers,
                      facts=tuple(facts))
    # Trim the statements so that the TOML file itself fits the byte limit.
    excess = len(sheet.to_toml().encode()) - MAX_FACT_SHEET_BYTES
    if excess > 0:
        cut = excess // MAX_FACTS + 1
        sheet = replace(sheet, facts=tuple(Fact(f.text[:-cut], f.keywords) for f in facts))
    return sheet
