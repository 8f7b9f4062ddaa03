"""Erasing a candidate keeps each interview's combined score, anonymously."""

from __future__ import annotations

from sqlalchemy import select

from hiring.db import db


def test_erasure_keeps_the_combined_interview_score_without_the_person(app, setup, schedule,
                                                                       score):
    from hiring.auth.models import User
    from hiring.candidates.models import AnonymousScore, Candidate
    from hiring.candidates.services import erase_candidate
    from hiring.interviews.models import Interview

    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [5, 3, 4])  # weights 2, 1, 1: (10 + 3 + 4) / 4 = 4.25
    score(interview_id, "ben", [3, 3, 2])  # (6 + 3 + 2) / 4 = 2.75; panel mean 3.5
    with app.app_context():
        erase_candidate(db.session.get(Candidate, setup.candidate_id),
                        db.session.get(User, setup.users["max"]))
        db.session.commit()
        assert db.session.get(Interview, interview_id) is None
        kept = [(s.kind, s.score) for s in db.session.scalars(
            select(AnonymousScore).where(AnonymousScore.kind == "interview"))]
    assert kept == [("interview", 62.5)]  # 3.5 on the 1-5 scale is 62.5 on 0-100
