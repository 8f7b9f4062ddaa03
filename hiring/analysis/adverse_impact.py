"""Adverse impact: selection rates by group at each stage and the four-fifths rule.

The Uniform Guidelines on Employee Selection Procedures (29 CFR 1607.4 D) treat a group's
selection rate below four-fifths (80%) of the highest group's rate as evidence of adverse impact.
With small numbers that ratio swings on one person, so a group is only judged when it is big
enough; otherwise the report says "too small to judge" rather than show a verdict nobody should
act on.

A group is too small to judge when it has fewer than MIN_APPLICANTS (30) people deciding at the
stage, or when fewer than MIN_EXPECTED_SELECTED (5) of them would be selected at the stage's
overall rate. The second test is on the expected number, not the actual one, so that a large
group with no one selected is still judged (that is exactly the case to see). Both are the usual
conditions under which a two-proportion comparison means anything.

People who did not self-identify on a dimension form their own group, shown but never compared.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

MIN_APPLICANTS = 30
MIN_EXPECTED_SELECTED = 5
NOT_DISCLOSED = "Not disclosed"

REFERENCE = "reference"
NO_ADVERSE_IMPACT = "no_adverse_impact"
ADVERSE_IMPACT = "adverse_impact"
TOO_SMALL = "too_small"
NOT_COMPARED = "not_compared"

VERDICT_LABELS = {
    REFERENCE: "Highest selection rate (reference)",
    NO_ADVERSE_IMPACT: "At or above four-fifths of the highest rate",
    ADVERSE_IMPACT: "Below four-fifths of the highest rate",
    TOO_SMALL: "Too small to judge",
    NOT_COMPARED: "Not compared",
}

Group = tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    """One person's decision at a stage, with their self-identification (values may be None)."""

    identity: Mapping[str, str | None]
    selected: bool


@dataclass(frozen=True)
class Count:
    applicants: int
    selected: int

    @property
    def rate(self) -> float | None:
        """Share selected; None when nobody was decided on."""
        return self.selected / self.applicants if self.applicants else None


@dataclass(frozen=True)
class GroupImpact:
    group: Group
    applicants: int
    selected: int
    rate: float | None
    impact_ratio: float | None
    verdict: str
    reason: str
    p_value: float | None = None
    z: float | None = None

    @property
    def label(self) -> str:
        """The group's values joined for display, e.g. 'Female × Black'."""
        return " × ".join(self.group)


@dataclass(frozen=True)
class ImpactReport:
    stage: str
    dimensions: tuple[str, ...]
    groups: tuple[GroupImpact, ...]
    pooled: Count
    reference: Group | None

    @property
    def any_adverse(self) -> bool:
        """True when some judged group falls below four-fifths."""
        return any(g.verdict == ADVERSE_IMPACT for g in self.groups)


def count_by_group(decisions: Iterable[Decision], dimensions: Sequence[str]) -> dict[Group, Count]:
    """Applicants and selections per group; dimensions ('sex', 'race') give intersections."""
    totals: dict[Group, list[int]] = {}
    for decision in decisions:
        group = tuple(decision.identity.get(dim) or NOT_DISCLOSED for dim in dimensions)
        entry = totals.setdefault(group, [0, 0])
        entry[0] += 1
        entry[1] += int(bool(decision.selected))
    return {group: Count(a, s) for group, (a, s) in sorted(totals.items())}


def _too_small(count: Count, pooled_rate: float, min_applicants: int, min_expected: int) -> str:
    if count.applicants < min_applicants:
        return f"Fewer than {min_applicants} people were decided on in this group."
    if count.applicants * pooled_rate < min_expected:
        return (
            f"At this stage's overall rate fewer than {min_expected} of this group "
            "would be selected."
        )
    return ""


def impact(
    counts: Mapping[Group, Count],
    *,
    stage: str = "",
    dimensions: Sequence[str] = (),
    min_applicants: int = MIN_APPLICANTS,
    min_expected_selected: int = MIN_EXPECTED_SELECTED,
) -> ImpactReport:
    """Impact ratio of every group against the highest-rate group big enough to judge."""
    pooled = Count(
        sum(c.applicants for c in counts.values()), sum(c.selected for c in counts.values())
    )
    pooled_rate = pooled.rate or 0.0
    small = {
        group: _too_small(count, pooled_rate, min_applicants, min_expected_selected)
        for group, count in counts.items()
    }
    judged = {
        group: count
        for group, count in counts.items()
        if NOT_DISCLOSED not in group and not small[group]
    }
    reference = max(judged, key=lambda g: (judged[g].rate, judged[g].applicants), default=None)
    ref = judged.get(reference) if reference is not None else None

    results = []
    for group, count in counts.items():
        ratio = p_value = z = None
        if ref is not None and ref.rate and count.rate is not None:
            ratio = count.rate / ref.rate
        if NOT_DISCLOSED in group:
            verdict, reason = NOT_COMPARED, "People who did not self-identify are not compared."
        elif small[group]:
            verdict, reason = TOO_SMALL, small[group]
        elif len(judged) < 2:
            verdict, reason = NOT_COMPARED, "No other group is large enough to compare with."
        elif group == reference:
            verdict, reason = REFERENCE, "Highest selection rate among groups large enough."
        else:
            p_value = fisher_exact(count.selected, count.applicants, ref.selected, ref.applicants)
            z = two_proportion_z(count.selected, count.applicants, ref.selected, ref.applicants)
            # Compare counts exactly: 4/5 of a rate must not fail on float rounding.
            below = 5 * count.selected * ref.applicants < 4 * ref.selected * count.applicants
            verdict = ADVERSE_IMPACT if below else NO_ADVERSE_IMPACT
            reason = (
                f"Selection rate is {ratio:.0%} of the highest group's."
                if ratio is not None
                else ""
            )
        results.append(
            GroupImpact(
                group=group,
                applicants=count.applicants,
                selected=count.selected,
                rate=count.rate,
                impact_ratio=ratio,
                verdict=verdict,
                reason=reason,
                p_value=p_value,
                z=z,
            )
        )
    return ImpactReport(
        stage=stage,
        dimensions=tuple(dimensions),
        groups=tuple(results),
        pooled=pooled,
        reference=reference if len(judged) >= 2 else None,
    )


def stage_reports(
    decisions_by_stage: Mapping[str, Sequence[Decision]],
    dimension_sets: Sequence[Sequence[str]],
    **thresholds: int,
) -> list[ImpactReport]:
    """One report per stage and dimension set, e.g. [('sex',), ('race',), ('sex', 'race')]."""
    return [
        impact(
            count_by_group(decisions, dims), stage=stage, dimensions=tuple(dims), **thresholds
        )
        for stage, decisions in decisions_by_stage.items()
        for dims in dimension_sets
    ]


def _log_hypergeom(k: int, n1: int, n2: int, total_selected: int) -> float:
    """log P(k selected of n1 | n1 + n2 people, total_selected selected)."""
    return (
        _log_comb(n1, k)
        + _log_comb(n2, total_selected - k)
        - _log_comb(n1 + n2, total_selected)
    )


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def fisher_exact(selected_a: int, applicants_a: int, selected_b: int, applicants_b: int) -> float:
    """Two-sided Fisher's exact p-value for two groups' selection counts."""
    total_selected = selected_a + selected_b
    low = max(0, total_selected - applicants_b)
    high = min(applicants_a, total_selected)
    observed = _log_hypergeom(selected_a, applicants_a, applicants_b, total_selected)
    # Tables as or less likely than the observed one; the tolerance absorbs float noise.
    cutoff = observed + 1e-7
    p = sum(
        math.exp(lp)
        for k in range(low, high + 1)
        if (lp := _log_hypergeom(k, applicants_a, applicants_b, total_selected)) <= cutoff
    )
    return min(1.0, p)


def two_proportion_z(
    selected_a: int, applicants_a: int, selected_b: int, applicants_b: int
) -> float | None:
    """Pooled two-proportion z statistic (a minus b); None when it is undefined."""
    if not applicants_a or not applicants_b:
        return None
    pooled = (selected_a + selected_b) / (applicants_a + applicants_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / applicants_a + 1 / applicants_b))
    if se == 0:
        return None
    return (selected_a / applicants_a - selected_b / applicants_b) / se


def side_by_side(
    first: ImpactReport, second: ImpactReport
) -> list[tuple[Group, GroupImpact | None, GroupImpact | None]]:
    """Two reports on the same people (e.g. decided by reviewers and by a checker alone), row
    by row per group, in the first report's order."""
    seconds = {g.group: g for g in second.groups}
    firsts = {g.group: g for g in first.groups}
    groups = [g.group for g in first.groups] + [
        g.group for g in second.groups if g.group not in firsts]
    return [(group, firsts.get(group), seconds.get(group)) for group in groups]
