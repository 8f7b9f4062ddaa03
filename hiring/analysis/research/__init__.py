"""Company-research exercise: fact coverage, accuracy, personal information, copied text.

Pure: no Flask, no database. `check()` takes the candidate's profile (plain text or a
mapping of section key -> text) and the company's `FactSheet`, and returns every result
with character spans into the checked text, so a reviewer can see the evidence.

What is where:
  sections.py    the profile's sections and their joined text (join_sections, split_sections)
  fact_sheet.py  the company's fact sheet, read from and written to TOML
  results.py     what a check returns: coverage with evidence, findings, measures
  matching.py    phrase lists (phrases/personal.toml, research.toml) compiled to patterns
  text.py        sentences, spans, names and surnames
  compiled.py    a fact sheet compiled to the patterns the check uses
  plan.py        the opportunity plan, scored on four parts
  checker.py     check() and its parts: coverage, titles, unlisted names, personal
                 information, copied text
"""

from hiring.analysis.research.checker import (
    COPY_MIN_WORDS,
    FACT_WINDOW_SENTENCES,
    TITLE_REACH,
    check,
)
from hiring.analysis.research.fact_sheet import (
    MAX_TOML_DEPTH,
    Executive,
    Fact,
    FactSheet,
    FactSheetError,
    toml_depth,
)
from hiring.analysis.research.matching import PERSONAL_CATEGORIES, PHRASES_DIR
from hiring.analysis.research.results import COVERAGE_KEYS, Coverage, Evidence, Found, ResearchCheck
from hiring.analysis.research.sections import (
    HEADING_PREFIX,
    SECTION_KEYS,
    SECTION_SEPARATOR,
    SECTIONS,
    JoinedSections,
    Section,
    join_sections,
    section_heading,
    split_sections,
)
from hiring.analysis.research.text import sentences

__all__ = [
    "COPY_MIN_WORDS",
    "COVERAGE_KEYS",
    "Coverage",
    "Evidence",
    "Executive",
    "FACT_WINDOW_SENTENCES",
    "Fact",
    "FactSheet",
    "FactSheetError",
    "Found",
    "HEADING_PREFIX",
    "JoinedSections",
    "MAX_TOML_DEPTH",
    "PERSONAL_CATEGORIES",
    "PHRASES_DIR",
    "ResearchCheck",
    "SECTIONS",
    "SECTION_KEYS",
    "SECTION_SEPARATOR",
    "Section",
    "TITLE_REACH",
    "check",
    "join_sections",
    "section_heading",
    "sentences",
    "split_sections",
    "toml_depth",
]
