"""A candidate's page and board card show each step's status and result, with the evidence."""

from datetime import UTC, datetime

from hiring.db import db
from tests.interviews.test_views import as_user  # noqa: F401 (fixture)


def _reviewed_writing(app, candidate_id: int, score: float) -> int:
    from hiring.assessments.models import Submission

    with app.app_context():
        now = datetime.now(UTC)
        submission = Submission(candidate_id=candidate_id, step="writing", code="W-STEPS",
                                rubric_id="business-writing", time_limit_minutes=30,
                                started_at=now, submitted_at=now, text="Dear Ms Ortiz, ...",
                                final_score=score)
        db.session.add(submission)
        db.session.commit()
        return submission.id


def test_candidate_page_and_board_show_step_results(app, setup, schedule, score,
                                                    as_user):  # noqa: F811
    submission_id = _reviewed_writing(app, setup.candidate_id, 81.82)
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [4, 3, 5])
    score(interview_id, "ben", [2, 3, 4])
    manager = as_user("max")
    api_items = None
    with app.app_context():
        from hiring.reports.scores import step_scores
        from hiring.rubrics import get_rubric

        api_items = {s.step: s.scores[setup.candidate_id]
                     for s in step_scores(setup.position_id, setup.candidate_id)}
        mark = get_rubric("business-writing").pass_threshold
    assert api_items["writing"] == 81.82

    page = manager.get(f"/candidates/{setup.candidate_id}").get_data(as_text=True)
    steps = page[page.index('id="steps-heading"'):page.index("</section>",
                                                              page.index('id="steps-heading"'))]
    assert "Writing test" in steps and "Reviewed" in steps
    assert f"81.82 of 100, at or above the pass mark of {mark:g}" in steps
    assert f'href="/assessments/review/{submission_id}"' in steps
    # Weights 2, 1, 1 over means 3, 3, 4.5: 3.375, as the debrief shows it.
    assert "3.38 of 5, the panel&#39;s combined score" in steps
    assert f'href="/interviews/{interview_id}/debrief"' in steps
    assert "Company-research exercise" in steps and "Not invited" in steps

    board = manager.get(f"/candidates/positions/{setup.position_id}/board").get_data(as_text=True)
    card = board[board.index(f'/candidates/{setup.candidate_id}"'):]
    card = card[:card.index("</li>\n      \n")] if "</li>\n      \n" in card else card[:2000]
    assert "Writing: 81.82, passes" in card
    assert "Interview: 3.38 of 5" in card
