"""The profile's sections and the joined text that holds them under headings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass


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
