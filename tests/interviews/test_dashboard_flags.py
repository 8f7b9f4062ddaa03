"""The stored flags the dashboard reads from partial indexes stay equal to what they
summarise through the services that change it: an interview's scorecards all in, and scored
work of a candidate still in its step's stage."""

from sqlalchemy import select

from hiring.db import db
from tests.interviews.test_manager_dashboard import _submission


def _complete(app, interview_id: int) -> bool:
    from hiring.interviews.models import Interview, scorecards_complete_now

    with app.app_context():
        stored, truth = db.session.execute(
            select(Interview.scorecards_complete, scorecards_complete_now())
            .where(Interview.id == interview_id)).one()
        assert bool(stored) == bool(truth)
        return bool(stored)


def _scored_in_stage(app, submission_id: int) -> bool:
    from hiring.assessments.models import Submission, scored_in_stage_now

    with app.app_context():
        stored, truth = db.session.execute(
            select(Submission.scored_in_stage, scored_in_stage_now())
            .where(Submission.id == submission_id)).one()
        assert bool(stored) == bool(truth)
        return bool(stored)


def test_scorecards_complete_follows_the_panels_scorecards(app, schedule, score):
    interview_id = schedule("ana", "ben")
    assert not _complete(app, interview_id)
    score(interview_id, "ana", [4, 3, 5], submit=False)
    assert not _complete(app, interview_id)
    score(interview_id, "ana", [4, 3, 5])
    assert not _complete(app, interview_id)
    score(interview_id, "ben", [2, 3, 4])
    assert _complete(app, interview_id)


def test_scored_in_stage_follows_the_score_and_the_candidates_stage(app, setup,
                                                                    make_candidate):
    from hiring.auth.models import User
    from hiring.candidates.models import Candidate
    from hiring.candidates.services import move_candidate, reverse_screen_out, screen_out

    cid = make_candidate(position_id=setup.position_id, name="Sam Scored", stage="writing")
    unscored = _submission(app, cid, "writing", None)
    assert not _scored_in_stage(app, unscored)
    with app.app_context():
        from hiring.assessments.models import Submission

        db.session.get(Submission, unscored).final_score = 88.0
        db.session.commit()
    assert _scored_in_stage(app, unscored)

    def act(change) -> None:
        with app.app_context():
            change(db.session.get(Candidate, cid), db.session.get(User, setup.users["max"]))
            db.session.commit()

    act(lambda candidate, actor: move_candidate(candidate, "research", actor))
    assert not _scored_in_stage(app, unscored)
    act(lambda candidate, actor: move_candidate(candidate, "writing", actor))
    assert _scored_in_stage(app, unscored)
    act(lambda candidate, actor: screen_out(candidate, "other", "Withdrew by email", actor))
    assert not _scored_in_stage(app, unscored)
    act(lambda candidate, actor: reverse_screen_out(candidate, "Came back", actor))
    assert _scored_in_stage(app, unscored)
