"""The blind rule over HTTP: whoever still has to score something sees nobody else's scores for
it, on any page, PDF, export or API path, until their own is in; then they see them.

The world: Mia (a manager) and Ben (an interviewer) sit on an interview panel with Ana, who
has submitted her scorecard; Mia and Ben have not. Both were also given the candidate's writing
test to review, which Cy has reviewed; neither has yet. Every case names who looks, where, and
a piece of someone else's score that must stay out of the answer until that person's own
scores are in, and must show afterwards (so that a case cannot pass by showing nothing).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from hiring.db import db
from tests.conftest import login

ANA_NOTE = "ANA-ONLY-NOTE on prospecting"
CY_SCORE = 61.37
CY_COMMENT = "CY-ONLY-COMMENT on tone"
ANA, BEN, CY, MIA = ("Ana Quillfeather", "Ben Pendingreviewer", "Cy Firstreviewer",
                     "Mia Pendingmanager")


@dataclass
class World:
    position_id: int
    candidate_id: int
    other_id: int
    interview_id: int
    submission_id: int
    token: str
    users: dict[str, int] = field(default_factory=dict)


def _email(name: str) -> str:
    return name.split()[0].lower() + "@blind.example.test"


@pytest.fixture
def world(app, setup, make_user, make_candidate) -> World:
    from hiring.assessments.models import Review, ReviewAssignment, Submission
    from hiring.auth.api_tokens import create_api_token
    from hiring.auth.models import User
    from hiring.candidates import services as candidates
    from hiring.candidates.models import Candidate
    from hiring.interviews import services
    from tests.interviews.conftest import draft_plan

    users = {name: make_user(role, email=_email(name), name=name) for name, role in
             [(ANA, "interviewer"), (BEN, "interviewer"), (CY, "interviewer"),
              (MIA, "manager")]}
    other_id = make_candidate(position_id=setup.position_id, stage="interview")
    with app.app_context():
        candidate = db.session.get(Candidate, setup.candidate_id)
        draft_plan(candidate.id)
        panel = [db.session.get(User, users[n]) for n in (MIA, ANA, BEN)]
        interview = services.schedule_interview(
            candidate, panel=panel, scheduled_at=datetime.now(UTC) - timedelta(hours=2),
            location="Room 4", actor=db.session.get(User, setup.users["max"]))
        db.session.flush()
        ana = db.session.get(User, users[ANA])
        card = services.scorecard_for(interview, ana)
        rated = [q for q in interview.questions if q.rated]
        services.save_scorecard(
            card, {q.id: services.RatingInput(5, ANA_NOTE) for q in rated},
            recommendation="strong_yes", notes="", submit=True, actor=ana)

        now = datetime.now(UTC)
        submission = Submission(
            candidate_id=candidate.id, step="writing", code="W-BLIND1", time_limit_minutes=45,
            started_at=now - timedelta(hours=3), deadline_at=now - timedelta(hours=2),
            closes_at=now - timedelta(hours=2), submitted_at=now - timedelta(hours=2),
            submitted_how="candidate", text="Dear Ms Okafor, shall we talk on Tuesday?",
            analysis={"measures": {}, "findings": []}, final_score=CY_SCORE)
        db.session.add(submission)
        db.session.flush()
        db.session.add(Review(
            candidate_id=candidate.id, submission_id=submission.id, reviewer_id=users[CY],
            rubric_id="business-writing", rubric_version=1, rubric_digest="x" * 64,
            ratings={"tone": 2}, comments={"tone": CY_COMMENT}, score=CY_SCORE))
        for name in (MIA, BEN):
            db.session.add(ReviewAssignment(submission_id=submission.id, user_id=users[name],
                                            candidate_id=candidate.id))
        candidates.suggest_screen_out(candidate, "writing", CY_SCORE,
                                      [{"submission": "W-BLIND1", "score": CY_SCORE}])
        # A hire, so that the validity report lists the candidate's scores too.
        candidate.stage = "hired"
        _, token = create_api_token("Blind-rule check", None, ("read:scores",))
        db.session.commit()
        return World(setup.position_id, candidate.id, other_id, interview.id, submission.id,
                     token, users)


def _own_scores_in(app, world: World) -> None:
    """Mia and Ben submit their scorecards, and Mia reviews the writing test."""
    from hiring.assessments.models import Review
    from hiring.auth.models import User
    from hiring.interviews import services
    from hiring.interviews.models import Interview

    with app.app_context():
        interview = db.session.get(Interview, world.interview_id)
        for name in (MIA, BEN):
            user = db.session.get(User, world.users[name])
            card = services.scorecard_for(interview, user)
            services.save_scorecard(
                card, {q.id: services.RatingInput(3, "") for q in interview.questions
                       if q.rated}, recommendation="yes", notes="", submit=True, actor=user)
        db.session.add(Review(
            candidate_id=world.candidate_id, submission_id=world.submission_id,
            reviewer_id=world.users[MIA], rubric_id="business-writing", rubric_version=1,
            rubric_digest="x" * 64, ratings={"tone": 3}, comments={}, score=70.0))
        db.session.commit()


def _fake_pdf(template, context, *, title, lang="en"):
    # The kit's PDF is checked by what goes into it; rendering is tested elsewhere.
    return b"%PDF-1.7 " + json.dumps(context, ensure_ascii=False).encode()


def _answer(app, world: World, viewer: str, method: str, path: str) -> str:
    if viewer == "api":
        client = app.test_client()
        response = client.open(path, method=method,
                               headers={"Authorization": f"Bearer {world.token}"})
    else:
        client = app.test_client()
        assert login(client, _email(viewer)).status_code in (302, 303)
        response = client.open(path, method=method)
    assert response.status_code < 500, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


# (who looks, method, path, what of someone else's score must not show yet)
CASES = {
    "candidate page timeline": (MIA, "GET", "/candidates/{candidate_id}",
                                "recommending Strong hire"),
    "candidate page gate score": (MIA, "GET", "/candidates/{candidate_id}", "61.37"),
    "audit log": (MIA, "GET", "/candidates/audit?candidate={candidate_id}", "strong_yes"),
    "audit log review score": (MIA, "GET", "/candidates/audit?candidate={candidate_id}",
                               "61.37"),
    "candidate export": (MIA, "POST", "/candidates/{candidate_id}/export", ANA_NOTE),
    "comparison interview notes": (
        MIA, "GET",
        "/reports/positions/{position_id}/compare?candidate={candidate_id}"
        "&candidate={other_id}", ANA_NOTE),
    "comparison review comments": (
        MIA, "GET",
        "/reports/positions/{position_id}/compare?candidate={candidate_id}"
        "&candidate={other_id}", CY_COMMENT),
    "position dashboard": (MIA, "GET", "/reports/positions/{position_id}",
                           "Structured interview scores"),
    "interview score chart": (MIA, "GET", "/reports/positions/{position_id}/charts/"
                                          "interview.svg", "Structured interview scores"),
    "writing score chart": (MIA, "GET", "/reports/positions/{position_id}/charts/writing.svg",
                            "Writing test scores"),
    "validity report": (MIA, "GET", "/reports/positions/{position_id}/validity",
                        f"Interviewer: {ANA}"),
    "calibration": (MIA, "GET", "/interviews/positions/{position_id}/calibration", ANA),
    "debrief": (MIA, "GET", "/interviews/{interview_id}/debrief", "Strong hire"),
    "kit of a pending reviewer": (BEN, "GET", "/interviews/{interview_id}", "of 100, from"),
    "kit PDF of a pending reviewer": (BEN, "GET", "/interviews/{interview_id}/kit.pdf",
                                      "of 100, from"),
    "kit of a pending manager": (MIA, "GET", "/interviews/{interview_id}", "of 100, from"),
    "review page": (MIA, "GET", "/assessments/review/{submission_id}", "61.37"),
    "API scores of an incomplete panel": (
        "api", "GET", "/api/v1/candidates/{candidate_id}/scores", '"interview"'),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_no_one_elses_scores_until_ones_own_are_in(app, world, monkeypatch, case):
    import hiring.pdf.pool

    monkeypatch.setattr(hiring.pdf.pool, "render_pdf", _fake_pdf)
    viewer, method, path, secret = CASES[case]
    path = path.format(**vars(world))
    before = _answer(app, world, viewer, method, path)
    assert secret not in before, f"{viewer} sees {secret!r} at {path} before scoring"
    _own_scores_in(app, world)
    after = _answer(app, world, viewer, method, path)
    assert secret in after, f"{viewer} still misses {secret!r} at {path} after scoring"
