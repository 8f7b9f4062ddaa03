"""What a research check returns: coverage with evidence, findings and measures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hiring.analysis.findings import Finding
from hiring.analysis.research.sections import JoinedSections


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Found:
    name: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict:
        return {"name": self.name, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Coverage:
    found: tuple[Found, ...]
    missing: tuple[str, ...]

    @property
    def ratio(self) -> float:
        """Share of sheet entries found; 1.0 when the sheet lists none (nothing is missing)."""
        total = len(self.found) + len(self.missing)
        return len(self.found) / total if total else 1.0

    def to_dict(self) -> dict:
        return {"found": [f.to_dict() for f in self.found], "missing": list(self.missing)}


COVERAGE_KEYS = ("executives", "services", "customers", "facts")


@dataclass(frozen=True)
class ResearchCheck:
    text: str
    coverage: Mapping[str, Coverage]
    findings: tuple[Finding, ...]
    measures: Mapping[str, float]
    sections: JoinedSections | None = field(default=None)

    def to_dict(self) -> dict:
        """The command-line JSON contract: coverage and findings."""
        return {
            "coverage": {k: self.coverage[k].to_dict() for k in COVERAGE_KEYS},
            "findings": [f.to_dict() for f in self.findings],
        }

    def locate(self, start: int, end: int) -> tuple[str, int, int] | None:
        """Section key and section-relative offsets of a span (None for plain text)."""
        return self.sections.locate(start, end) if self.sections else None
