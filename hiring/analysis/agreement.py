"""Inter-rater agreement: ICC(2,1), ICC(2,k), Krippendorff's alpha, leniency for interview
panels; quadratic weighted kappa for two raters (two reviewers, or a suggestion and a reviewer).

Ratings come as {unit: {rater: value}}: a unit is whatever was rated (one question of one
interview), a missing or None value means that rater did not rate that unit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from math import fsum
from statistics import fmean

Ratings = Mapping[Hashable, Mapping[Hashable, float | None]]

# Ratings this far apart on one unit are flagged for discussion in a debrief.
DISAGREEMENT_GAP = 2


@dataclass(frozen=True)
class Agreement:
    """A coefficient with what it rests on; value is None, with a reason, when it cannot be had."""

    value: float | None
    subjects: int
    raters: int
    ratings: int
    reason: str | None = None

    def to_dict(self) -> dict:
        """Plain data for templates and JSON."""
        return {
            "value": self.value,
            "subjects": self.subjects,
            "raters": self.raters,
            "ratings": self.ratings,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Leniency:
    """A rater's mean signed difference from the panel mean over the units they shared."""

    rater: Hashable
    mean_difference: float
    units: int


@dataclass(frozen=True)
class UnitSpread:
    """One unit's ratings side by side, for a debrief."""

    unit: Hashable
    ratings: dict
    mean: float | None
    spread: float
    flagged: bool


def _clean(ratings: Ratings) -> dict[Hashable, dict[Hashable, float]]:
    return {
        unit: {rater: float(v) for rater, v in by_rater.items() if v is not None}
        for unit, by_rater in ratings.items()
    }


def _icc_anova(ratings: Ratings) -> tuple[dict | None, Agreement]:
    """Two-way ANOVA mean squares over the units every rater rated (Shrout & Fleiss 1979)."""
    data = _clean(ratings)
    raters = sorted({r for by_rater in data.values() for r in by_rater}, key=str)
    k = len(raters)
    rows = [[by_rater[r] for r in raters] for by_rater in data.values() if len(by_rater) == k]
    n = len(rows)
    base = Agreement(None, subjects=n, raters=k, ratings=n * k)
    if k < 2:
        return None, _with_reason(base, "needs ratings from at least two raters")
    if n < 2:
        return None, _with_reason(
            base, "needs at least two units rated by every rater (the panel must be the same)"
        )
    grand = fmean(x for row in rows for x in row)
    row_means = [fmean(row) for row in rows]
    col_means = [fmean(row[j] for row in rows) for j in range(k)]
    ss_rows = k * sum((m - grand) ** 2 for m in row_means)
    ss_cols = n * sum((m - grand) ** 2 for m in col_means)
    ss_total = sum((x - grand) ** 2 for row in rows for x in row)
    ss_err = ss_total - ss_rows - ss_cols
    ms = {
        "n": n,
        "k": k,
        "bms": ss_rows / (n - 1),
        "jms": ss_cols / (k - 1),
        "ems": ss_err / ((n - 1) * (k - 1)),
    }
    return ms, base


def _with_reason(base: Agreement, reason: str) -> Agreement:
    return Agreement(None, base.subjects, base.raters, base.ratings, reason)


def _icc(ratings: Ratings, average: bool) -> Agreement:
    ms, base = _icc_anova(ratings)
    if ms is None:
        return base
    n, k, bms, jms, ems = ms["n"], ms["k"], ms["bms"], ms["jms"], ms["ems"]
    if average:
        denominator = bms + (jms - ems) / n
    else:
        denominator = bms + (k - 1) * ems + k * (jms - ems) / n
    if denominator <= 1e-12:
        return _with_reason(base, "the ratings do not vary, so agreement cannot be estimated")
    return Agreement((bms - ems) / denominator, base.subjects, base.raters, base.ratings)


def icc_single(ratings: Ratings) -> Agreement:
    """ICC(2,1): two-way random, absolute agreement, reliability of one rater's rating."""
    return _icc(ratings, average=False)


def icc_average(ratings: Ratings) -> Agreement:
    """ICC(2,k): two-way random, absolute agreement, reliability of the panel's mean rating."""
    return _icc(ratings, average=True)


def krippendorff_alpha(ratings: Ratings) -> Agreement:
    """Krippendorff's alpha with the interval metric; units with fewer than two ratings drop out."""
    data = _clean(ratings)
    pairable = [list(by_rater.values()) for by_rater in data.values() if len(by_rater) >= 2]
    raters = {r for by_rater in data.values() if len(by_rater) >= 2 for r in by_rater}
    values = [v for unit in pairable for v in unit]
    n = len(values)
    base = Agreement(None, subjects=len(pairable), raters=len(raters), ratings=n)
    if not pairable:
        return _with_reason(base, "needs at least one unit rated by two or more raters")

    def pair_sum(xs: list[float]) -> float:
        # Sum of (a - b)^2 over ordered pairs of distinct positions, without the O(n^2) loop.
        return 2 * len(xs) * sum(x * x for x in xs) - 2 * sum(xs) ** 2

    observed = sum(pair_sum(unit) / (len(unit) - 1) for unit in pairable) / n
    expected = pair_sum(values) / (n * (n - 1))
    if expected <= 1e-12:
        return _with_reason(base, "every rating is the same, so agreement cannot be estimated")
    return Agreement(1 - observed / expected, base.subjects, base.raters, base.ratings)


def leniency(ratings: Ratings) -> list[Leniency]:
    """Each rater's mean difference from the panel mean on units at least two raters rated."""
    differences: dict[Hashable, list[float]] = {}
    for by_rater in _clean(ratings).values():
        if len(by_rater) < 2:
            continue
        panel_mean = fmean(by_rater.values())
        for rater, value in by_rater.items():
            differences.setdefault(rater, []).append(value - panel_mean)
    result = [Leniency(r, fmean(d), len(d)) for r, d in differences.items()]
    return sorted(result, key=lambda x: (-x.mean_difference, str(x.rater)))


def spreads(ratings: Ratings, gap: float = DISAGREEMENT_GAP) -> list[UnitSpread]:
    """Units with their ratings, mean and spread, most disagreement first; flagged when >= gap."""
    rows = []
    for order, (unit, by_rater) in enumerate(_clean(ratings).items()):
        values = list(by_rater.values())
        spread = max(values) - min(values) if values else 0.0
        mean = fmean(values) if values else None
        variance = fmean((v - mean) ** 2 for v in values) if values else 0.0
        rows.append((-spread, -variance, order, UnitSpread(unit, by_rater, mean, spread,
                                                          len(values) >= 2 and spread >= gap)))
    rows.sort(key=lambda row: row[:3])
    return [row[3] for row in rows]


def weighted_kappa(
    pairs: Iterable[tuple[float, float]], levels: Sequence[float] | None = None
) -> Agreement:
    """Cohen's quadratic weighted kappa of two raters over (first, second) pairs.

    With `levels` (the scale's points, ascending) a disagreement weighs the squared distance
    between the levels' positions; without, the squared difference of the values themselves.
    kappa = 1 - sum of observed weights / sum of weights expected by chance, the chance table
    being the product of the two raters' own distributions.
    """
    return weighted_kappa_counts(Counter((float(a), float(b)) for a, b in pairs), levels)


def weighted_kappa_counts(
    counts: Mapping[tuple[float, float], int], levels: Sequence[float] | None = None
) -> Agreement:
    """weighted_kappa from how many times each (first, second) pair occurs: the same figure
    from a table of a few dozen cells as from the thousands of pairs it counts."""
    counts = {(float(a), float(b)): n for (a, b), n in counts.items() if n > 0}
    n = sum(counts.values())
    base = Agreement(None, subjects=n, raters=2 if n else 0, ratings=2 * n)
    if not n:
        return _with_reason(base, "no ratings to compare yet")
    if levels is not None:
        position = {float(level): i for i, level in enumerate(levels)}
        unknown = sorted({v for pair in counts for v in pair if v not in position})
        if unknown:
            raise ValueError(f"{unknown[0]:g} is not one of the levels")
        counts = {(position[a], position[b]): k for (a, b), k in counts.items()}
    observed = fsum(k * (a - b) ** 2 for (a, b), k in counts.items())
    # Sum over every (first, second) combination of the two marginals, divided by n: the
    # disagreement of two raters who each kept their own distribution but rated at random.
    firsts: Counter[float] = Counter()
    seconds: Counter[float] = Counter()
    for (a, b), k in counts.items():
        firsts[a] += k
        seconds[b] += k
    expected = fsum(ca * cb * (a - b) ** 2 for a, ca in firsts.items()
                    for b, cb in seconds.items()) / n
    if expected <= 1e-12:
        return _with_reason(base, "every rating is the same level, so agreement cannot be "
                                  "estimated")
    return Agreement(1 - observed / expected, base.subjects, base.raters, base.ratings)


# Below this kappa, after at least KAPPA_MIN_N pairs, a suggestion is flagged as weak: .40 is
# where "fair" ends and "moderate" begins on Landis & Koch's scale.
WEAK_KAPPA = 0.40
KAPPA_MIN_N = 30


def is_weak(agreement: Agreement, min_n: int = KAPPA_MIN_N) -> bool:
    """True when a kappa over enough pairs is below WEAK_KAPPA."""
    return (agreement.value is not None and agreement.subjects >= min_n
            and agreement.value < WEAK_KAPPA)
