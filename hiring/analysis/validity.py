"""Do the scores predict anything? Pearson correlation of a score with outcomes met.

The 95% confidence interval uses Fisher's z transformation: z = atanh(r) is close to normal
with standard error 1 / sqrt(n - 3), so the interval is tanh(z +/- 1.96 / sqrt(n - 3)).
Below MIN_PAIRS (10) hires a correlation is noise, so the result says how many more are needed
instead of showing a number.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

MIN_PAIRS = 10
# Two-sided 95% normal quantile.
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class Validity:
    n: int
    r: float | None
    ci_low: float | None
    ci_high: float | None
    need_more: int
    note: str

    @property
    def ready(self) -> bool:
        """True when there are enough pairs to show a correlation."""
        return self.need_more == 0 and self.r is not None


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r; None when either side does not vary."""
    if len(xs) != len(ys):
        raise ValueError("Scores and outcomes must be paired.")
    n = len(xs)
    if n < 2:
        return None
    mx, my = math.fsum(xs) / n, math.fsum(ys) / n
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def fisher_ci(r: float, n: int) -> tuple[float, float]:
    """95% confidence interval for r from n pairs (n must exceed 3)."""
    if n <= 3:
        raise ValueError("A confidence interval needs more than three pairs.")
    if abs(r) >= 1:
        return (r, r)
    z = math.atanh(r)
    half = Z_95 / math.sqrt(n - 3)
    return (math.tanh(z - half), math.tanh(z + half))


def validity(
    pairs: Iterable[tuple[float, float]], min_pairs: int = MIN_PAIRS
) -> Validity:
    """Correlation of score with outcomes met over (score, outcomes_met) pairs, with its CI."""
    pairs = [(float(x), float(y)) for x, y in pairs]
    n = len(pairs)
    if n < min_pairs:
        need = min_pairs - n
        note = f"Need {need} more hires with an outcome record."
        return Validity(n, None, None, None, need, note)
    r = pearson([x for x, _ in pairs], [y for _, y in pairs])
    if r is None:
        note = "Scores or outcomes do not vary, so no correlation."
        return Validity(n, None, None, None, 0, note)
    low, high = fisher_ci(r, n)
    return Validity(n, r, low, high, 0, f"r = {r:.2f} (95% CI {low:.2f} to {high:.2f}), n = {n}.")


def validity_by(
    rows: Iterable[tuple[Hashable, float, float]], min_pairs: int = MIN_PAIRS
) -> dict[Hashable, Validity]:
    """Validity per key (a criterion, a step, an interviewer) from (key, score, outcome) rows."""
    grouped: dict[Hashable, list[tuple[float, float]]] = {}
    for key, score, outcome in rows:
        grouped.setdefault(key, []).append((score, outcome))
    return {key: validity(pairs, min_pairs) for key, pairs in grouped.items()}
