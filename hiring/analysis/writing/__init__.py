"""Measures and findings for business writing (the only package that imports textstat).

What is where:
  patterns.py  the patterns, limits and phrase lists (phrases/*.txt) the checks use
  checks.py    readability, passive voice, spelling, mechanics, capitals, structure,
               reader focus and the call to action, each adding measures and findings
  substance.py what the email offers the reader: generic asks and the ask level, claims
               nobody could check, promises nobody could keep, feature lists
  register.py  a stiff register: the reader's needs reasoned out for them, courtesy in the
               passive; pressure on the reader; talking down to them; the kinds of tone
               fault an email holds
  opening.py   an opening about the writer: the sender or their product introduced first;
               the reader's name in lowercase after the greeting
  measure.py   analyse(): words and sentences, length, phrase hits, then every check
"""

from hiring.analysis.writing.checks import LONGEST_WORD
from hiring.analysis.writing.measure import WritingAnalysis, analyse
from hiring.analysis.writing.patterns import (
    HARD_GRADE,
    HARD_WORDS,
    PHRASES_DIR,
    VERY_HARD_GRADE,
    VERY_HARD_WORDS,
    WALL_OF_TEXT_WORDS,
    phrase_list,
    spell_checker,
)

__all__ = [
    "HARD_GRADE",
    "HARD_WORDS",
    "LONGEST_WORD",
    "PHRASES_DIR",
    "VERY_HARD_GRADE",
    "VERY_HARD_WORDS",
    "WALL_OF_TEXT_WORDS",
    "WritingAnalysis",
    "analyse",
    "phrase_list",
    "spell_checker",
]
