"""Each step of a candidate's process with its status, result and a link to the evidence.

The candidate page lists every step; the board's cards show the same list compactly. The
package that owns a step says how each candidate stands in it: its `hooks.step_results(
candidates, hidden)` returns {candidate id: [StepResult, ...]}, and the packages are asked
lowest layer first, which is the order of the process (writing and research, interview,
presentation).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from flask import has_request_context, url_for
from flask_login import current_user

from hiring import blind, registry
from hiring.candidates.models import Candidate


@dataclass(frozen=True)
class StepResult:
    key: str
    label: str
    short_label: str
    status: str
    result: str | None = None  # e.g. "81.82 of 100, above the pass mark of 60"
    short_result: str | None = None  # for the board: "81.82, passes"
    evidence: tuple[str, str] | None = None  # (link text, url)
    started: bool = False  # something happened at this step


# An id no candidate has, put in one URL and replaced by each candidate's own id.
_SAMPLE_ID = 987654321

# A provider gets the candidates and what the viewer may not see yet (the blind rule).
Provider = Callable[[Sequence[Candidate], blind.Withheld], dict[int, list[StepResult]]]


def viewer():
    """The signed-in person reading the steps, for their time zone (None outside a request)."""
    return current_user if has_request_context() else None


def number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def date_text(value: datetime) -> str:
    return value.strftime("%d %b %Y")


def candidate_urls(endpoint: str) -> Callable[[int], str]:
    """`url_for(endpoint, candidate_id=...)` for many candidates at the cost of one: the URL
    of a sample id, script root and all, with each candidate's id put in its place."""
    head, found, tail = url_for(endpoint, candidate_id=_SAMPLE_ID).rpartition(str(_SAMPLE_ID))
    if not found:  # a converter that writes ids differently: build each one
        return lambda candidate_id: url_for(endpoint, candidate_id=candidate_id)
    return lambda candidate_id: f"{head}{candidate_id}{tail}"


def step_results(candidates: Sequence[Candidate], viewer=None) -> dict[int, list[StepResult]]:
    """Every step of each candidate, in the order of the process."""
    found: dict[int, list[StepResult]] = {c.id: [] for c in candidates}
    if not candidates:
        return found
    hidden = blind.withheld(viewer)
    for provide in registry.hooks("step_results"):
        for cid, results in provide(candidates, hidden).items():
            found[cid].extend(results)
    return found
