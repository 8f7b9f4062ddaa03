"""The small fact sheet the research check's wording tests read their sentences against, and
the personal-detail codes the check finds in a sentence."""

from __future__ import annotations

from hiring.analysis.research import Fact, FactSheet, check

SHEET = FactSheet(
    name="Larkspur Care",
    aliases=("Larkspur",),
    services=("ShiftBoard",),
    customers=("Harbor Hill Clinics",),
    facts=(Fact("Larkspur sells scheduling software to clinics.", ("scheduling",)),),
)


def personal(text: str) -> set[str]:
    return {f.code for f in check(text, SHEET).findings if f.code.startswith("personal_")}
