"""The blind rule: whoever still has to score something sees nobody else's scores for it.

A panelist whose scorecard for an interview is not submitted, and a reviewer given a
submission they have not reviewed yet, must score it independently. Every page, PDF, export
and report that shows a score asks `withheld(user)` what to leave out for that user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hiring import registry


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

    Each package with something to score says what of it `user` still has to score: its
    `hooks.still_to_score(user)` returns some of Withheld's fields as iterables of ids.
    """
    if user is None or not getattr(user, "id", None):
        return NOTHING
    found: dict[str, set] = {name: set() for name in
                             ("interviews", "scorecards", "submissions", "steps", "candidates")}
    for still_to_score in registry.hooks("still_to_score"):
        for name, ids in still_to_score(user).items():
            found[name].update(ids)
    return Withheld(**{name: frozenset(ids) for name, ids in found.items()})
