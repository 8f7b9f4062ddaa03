"""The blind rule: whoever still has to score something sees nobody else's scores for it.

A panelist whose scorecard for an interview is not submitted, and a reviewer given a
submission they have not reviewed yet, must score it independently. Every page, PDF, export
and report that shows a score asks `withheld(user)` what to leave out for that user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

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
    """What `user` still has to score, and so may not see anyone else's scores for."""
    if user is None or not getattr(user, "id", None):
        return NOTHING
    from hiring.assessments.models import MAX_REVIEWERS, Review, ReviewAssignment, Submission
    from hiring.interviews.models import PanelMember, Scorecard

    own_submitted = select(Scorecard.interview_id).where(
        Scorecard.interviewer_id == user.id, Scorecard.submitted_at.is_not(None))
    seats = db.session.execute(select(PanelMember.interview_id, PanelMember.candidate_id).where(
        PanelMember.user_id == user.id, PanelMember.interview_id.not_in(own_submitted))).all()
    interviews = frozenset(row[0] for row in seats)
    scorecards = frozenset(db.session.scalars(select(Scorecard.id).where(
        Scorecard.interview_id.in_(interviews)))) if interviews else frozenset()
    # Given to them, not reviewed by them, and still open for a review (a submission that
    # already has its reviewers cannot take theirs, so there is nothing left to protect).
    reviewed_by_them = select(Review.submission_id).where(Review.reviewer_id == user.id)
    reviews = select(func.count(Review.id)).where(
        Review.submission_id == Submission.id).scalar_subquery()
    pending = db.session.execute(
        select(Submission.id, Submission.candidate_id, Submission.step)
        .join(ReviewAssignment, ReviewAssignment.submission_id == Submission.id)
        .where(ReviewAssignment.user_id == user.id, Submission.id.not_in(reviewed_by_them),
               reviews < MAX_REVIEWERS)).all()
    return Withheld(interviews=interviews, scorecards=scorecards,
                    submissions=frozenset(row[0] for row in pending),
                    steps=frozenset((row[1], row[2]) for row in pending),
                    candidates=frozenset([row[1] for row in seats] + [row[1] for row in pending]))
