"""The one `Finding` type every checker in hiring/analysis reports.

A finding is something a reviewer should look at: a code, a message a person can act on, and
the character span of the checked text it refers to. Research findings also carry a category
(accuracy, a personal-information topic, opportunity_plan, copied); an outcome statement's
input requirement carries its explanation and a suggested rewrite.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One flagged span: character offsets into the text as given."""

    code: str
    message: str
    start: int
    end: int
    category: str = ""
    explanation: str = ""
    rewrite: str = ""

    def to_dict(self) -> dict:
        """Plain JSON-ready form: code, category (when there is one), message and span."""
        data: dict = {"code": self.code}
        if self.category:
            data["category"] = self.category
        data.update(message=self.message, start=self.start, end=self.end)
        return data
