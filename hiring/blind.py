"""The blind rule: whoever still has to score something sees nobody else's scores for it.

A panelist whose scorecard for an interview is not submitted, and a reviewer given a
submission they have not reviewed yet, must score it independently. Every page, PDF, export
and report that shows a score asks `withheld(user)` what to leave out for that user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import union_all

from hiring import registry
from hiring.db import db


@dataclass(frozen=True)
class Withheld:
    """What one user may not see yet: ids of what they still have to score."""

    interviews: frozenset[int] = frozenset()
    scorecards: frozenset[int] = frozenset()  # every scorecard of those interviews
    submissions: frozenset[int] = frozenset()
    steps: frozenset[tuple[int, str]] = frozenset()  # (candidate id, step) of those submissions
    candidates: frozenset[int] = frozenset()  # whose interview or submission that is

    def __bool__(self) -> bool:
        return bool(self.interviews or self.submissions)

    def hides_interview(self, interview_id: int) -> bool:
        return interview_id in self.interviews

    def hides_submission(self, submission_id: int) -> bool:
        return submission_id in self.submissions

    def hides_step(self, candidate_id: int, step: str) -> bool:
        return (candidate_id, step) in self.steps

    def hides_event(self, event) -> bool:
        """True for an audit entry that carries a score this user may not see yet."""
        if event.action.startswith("scorecard."):
            return event.subject_id in self.scorecards
        if event.action.startswith("submission."):
            return event.subject_id in self.submissions
        if event.action == "candidate.screen_out_suggested":
            return self.hides_step(event.candidate_id, (event.after or {}).get("step"))
        return False

    def visible_events(self, events: Iterable) -> list:
        return [e for e in events if not self.hides_event(e)]


NOTHING = Withheld()


def withheld(user) -> Withheld:
    """What `user` still has to score, and so may not see anyone else's scores for.

    Each package with something to score says what of it a user still has to score: its
    `hooks.still_to_score_parts()` returns statements of rows (field, id, candidate id, step)
    for the user in the parameter `user_id`, where field names one of Withheld's id sets, the
    candidate (if any) goes into `candidates` and a step (if any) into `steps`. They are read
    as one statement: every staff page that shows a score asks this.
    """
    if user is None or not getattr(user, "id", None):
        return NOTHING
    found: dict[str, set] = {name: set() for name in
                             ("interviews", "scorecards", "submissions", "steps", "candidates")}
    statement = _still_to_score()
    if statement is None:
        return NOTHING
    for field, id_, candidate_id, step in db.session.execute(statement, {"user_id": user.id}):
        found[field].add(id_)
        if candidate_id is not None:
            found["candidates"].add(candidate_id)
            if step is not None:
                found["steps"].add((candidate_id, step))
    return Withheld(**{name: frozenset(ids) for name, ids in found.items()})


@cache
def _still_to_score():
    """Built once: the union of every package's parts (None when no package has any)."""
    parts = [part for make in registry.hooks("still_to_score_parts") for part in make()]
    if not parts:
        return None
    return union_all(*parts) if len(parts) > 1 else parts[0]
