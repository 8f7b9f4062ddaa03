"""The manager's dashboard lists what waits for them, each item a link to where it is done."""

import re
from datetime import UTC, datetime

from hiring.db import db
from tests.interviews.test_views import as_user  # noqa: F401 (fixture)


def _submission(app, candidate_id: int, step: str, score: float | None) -> int:
    from hiring.assessments.models import Submission

    with app.app_context():
        now = datetime.now(UTC)
        submission = Submission(candidate_id=candidate_id, step=step, code=f"S-{candidate_id}",
                                rubric_id="business-writing", time_limit_minutes=30,
                                started_at=now, submitted_at=now, text="Dear Ms Ortiz",
                                final_score=score)
        db.session.add(submission)
        db.session.commit()
        return submission.id


def _panel(page: str, title: str) -> str:
    start = page.index(f">{title}</h2>")
    return page[start:page.index("</section>", start)]


def test_dashboard_lists_the_managers_work(app, setup, schedule, score, make_candidate,
                                           as_user):  # noqa: F811
    waiting = make_candidate(position_id=setup.position_id, name="Wanda Waiting",
                             stage="writing")
    unassigned = _submission(app, waiting, "writing", None)
    passed = make_candidate(position_id=setup.position_id, name="Pat Passed", stage="writing")
    _submission(app, passed, "writing", 90.0)
    planless = make_candidate(position_id=setup.position_id, name="Nora Noplan",
                              stage="research")
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [4, 3, 5])
    manager = as_user("max")

    page = manager.get("/dashboard").get_data(as_text=True)
    assert f'href="/assessments/review/{unassigned}">Wanda Waiting' in _panel(
        page, "Submissions to assign")
    assert re.search(rf'href="/candidates/{passed}">Pat Passed passed the writing test \(90\)',
                     _panel(page, "Ready for the next step"))
    assert f'href="/interviews/{interview_id}"' in _panel(page, "Scorecards outstanding")
    assert "1 of 2 scorecards in" in _panel(page, "Scorecards outstanding")
    assert "No decision is waiting." in _panel(page, "Decisions to record")
    assert f'href="/interviews/candidates/{planless}/schedule">Nora Noplan' in _panel(
        page, "Development plans to draft")

    score(interview_id, "ben", [2, 3, 4])
    page = manager.get("/dashboard").get_data(as_text=True)
    assert f'href="/interviews/{interview_id}/debrief"' in _panel(page, "Decisions to record")
    assert "Every panel has handed in its scorecards." in _panel(page, "Scorecards outstanding")
    # Interviewers do not get the manager's panels.
    assert "Submissions to assign" not in as_user("ana").get("/dashboard").get_data(
        as_text=True)
