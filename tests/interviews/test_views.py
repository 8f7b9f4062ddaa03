import json

import pytest
from sqlalchemy import func, select

from hiring.audit import AuditEvent
from hiring.db import db
from hiring.interviews.models import Amendment, Interview, Rating, Scorecard
from hiring.positions.models import Position
from tests.conftest import login


@pytest.fixture
def as_user(app, setup):
    """A client signed in as one of the set-up users."""

    def make(name: str):
        client = app.test_client()
        response = login(client, f"{name}@example.test")
        assert response.status_code in (302, 303)
        return client

    return make


def _asked(app, interview_id):
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        return [q.id for q in interview.questions if q.rated]


def _scorecard_data(asked, points, notes_prefix, recommendation="yes", submit=True):
    data = {f"points_{a}": str(p) for a, p in zip(asked, points, strict=True)}
    data.update({f"notes_{a}": f"{notes_prefix} on {a}" for a in asked})
    data["recommendation"] = recommendation
    data["notes"] = f"{notes_prefix} overall"
    data["submit" if submit else "save"] = "1"
    return data


def test_ratings_stay_hidden_from_a_panelist_until_they_submit(app, setup, schedule, as_user):
    interview_id = schedule("ana", "ben")
    asked = _asked(app, interview_id)
    ana, ben = as_user("ana"), as_user("ben")

    response = ana.post(f"/interviews/{interview_id}/scorecard",
                        data=_scorecard_data(asked, [5, 1, 4], "ANA-SECRET"))
    assert response.headers["Location"].endswith(f"/interviews/{interview_id}/debrief")

    # Ben has not submitted: every page he can open is free of Ana's ratings and notes.
    response = ben.get(f"/interviews/{interview_id}/debrief")
    assert response.status_code == 403
    assert b"ANA-SECRET" not in response.data
    assert b"Submit your own scorecard first" in response.data
    for url in (f"/interviews/{interview_id}/scorecard", f"/interviews/{interview_id}",
                "/interviews/", "/dashboard"):
        page = ben.get(url)
        assert page.status_code == 200, url
        assert b"ANA-SECRET" not in page.data, url
    # A draft does not open the debrief either.
    ben.post(f"/interviews/{interview_id}/scorecard",
             data=_scorecard_data(asked, [2, 2, 2], "BEN-DRAFT", submit=False))
    assert ben.get(f"/interviews/{interview_id}/debrief").status_code == 403
    # ... and Ana, who submitted, does not see Ben's draft.
    page = ana.get(f"/interviews/{interview_id}/debrief")
    assert page.status_code == 200
    assert b"Still to submit: Ben" in page.data
    with app.app_context():
        drafts = db.session.scalar(select(func.count(Scorecard.id)).where(
            Scorecard.submitted_at.is_(None)))
        assert drafts == 1

    response = ben.post(f"/interviews/{interview_id}/scorecard",
                        data=_scorecard_data(asked, [2, 2, 2], "BEN"))
    assert response.headers["Location"].endswith("/debrief")
    page = ben.get(f"/interviews/{interview_id}/debrief")
    assert page.status_code == 200
    assert b"Differ by 3: discuss" in page.data  # 5 vs 2 on the first question


def test_interviewers_see_only_interviews_they_are_on(app, setup, schedule, as_user):
    interview_id = schedule("ana", "ben")
    cy = as_user("cy")
    for url in (f"/interviews/{interview_id}", f"/interviews/{interview_id}/kit.pdf",
                f"/interviews/{interview_id}/scorecard", f"/interviews/{interview_id}/debrief"):
        assert cy.get(url).status_code == 403, url
    assert cy.post(f"/interviews/{interview_id}/scorecard/amend",
                   data={"reason": "x"}).status_code == 403
    page = cy.get("/interviews/")
    assert page.status_code == 200 and b"You are not on any interview panel" in page.data
    # The hiring manager is not on the panel but may see the kit.
    assert as_user("max").get(f"/interviews/{interview_id}").status_code == 200


@pytest.mark.parametrize(("names", "word"), [(("ana",), "one"), (("ana", "ben", "cy", "dee"),
                                                                 "four")])
def test_scheduling_refuses_a_panel_of_one_or_four(app, setup, as_user, names, word):
    manager = as_user("max")
    data = {"panel": [str(setup.users[n]) for n in names], "scheduled_at": "2030-03-04T10:00",
            "location": "Room 2"}
    response = manager.post(f"/interviews/candidates/{setup.candidate_id}/schedule", data=data)
    assert response.status_code == 200
    assert f"you chose {word}".encode() in response.data
    with app.app_context():
        assert db.session.scalar(select(func.count(Interview.id))) == 0


def test_scheduling_a_panel_of_three_over_http(app, setup, as_user):
    from hiring.candidates.models import Candidate
    from hiring.interviews import services
    from tests.interviews.conftest import draft_plan

    manager = as_user("max")
    with app.app_context():
        gate = services.development_plan_gate(db.session.get(Candidate, setup.candidate_id))
    data = {"panel": [str(setup.users[n]) for n in ("ana", "ben", "cy")],
            "scheduled_at": "2030-03-04T10:00", "location": "Room 2"}
    if gate.available:
        page = manager.get(f"/interviews/candidates/{setup.candidate_id}/schedule")
        assert b"development plan first" in page.data
        assert f"/plans/candidates/{setup.candidate_id}/development".encode() in page.data
        response = manager.post(f"/interviews/candidates/{setup.candidate_id}/schedule",
                                data=data)
        assert b"development plan first" in response.data
        with app.app_context():
            draft_plan(setup.candidate_id)
            db.session.commit()
    response = manager.post(f"/interviews/candidates/{setup.candidate_id}/schedule", data=data)
    with app.app_context():
        interview = db.session.scalars(select(Interview)).one()
        assert response.headers["Location"].endswith(f"/interviews/{interview.id}")
        assert len(interview.panel) == 3
        assert interview.scheduled_at.isoformat() == "2030-03-04T10:00:00+00:00"


def test_a_submitted_scorecard_is_locked_and_amended_with_a_reason(app, setup, schedule,
                                                                   as_user):
    interview_id = schedule("ana", "ben")
    asked = _asked(app, interview_id)
    ana = as_user("ana")
    ana.post(f"/interviews/{interview_id}/scorecard", data=_scorecard_data(asked, [3, 3, 3], "A"))
    page = ana.post(f"/interviews/{interview_id}/scorecard",
                    data=_scorecard_data(asked, [1, 1, 1], "B"), follow_redirects=True)
    assert b"locked" in page.data
    ana.post(f"/interviews/{interview_id}/scorecard/amend",
             data={f"points_{asked[0]}": "4", "reason": ""})
    ana.post(f"/interviews/{interview_id}/scorecard/amend",
             data={f"points_{asked[0]}": "4", "reason": "Misread my notes on pricing."})
    with app.app_context():
        points = db.session.scalars(select(Rating.points).order_by(Rating.id)).all()
        assert points == [4, 3, 3]
        (amendment,) = db.session.scalars(select(Amendment)).all()
        assert (amendment.before, amendment.after, amendment.reason) == (
            "3", "4", "Misread my notes on pricing.")
        assert db.session.scalar(select(func.count(AuditEvent.id)).where(
            AuditEvent.action == "scorecard.amended")) == 1
    page = ana.get(f"/interviews/{interview_id}/scorecard")
    assert b"Misread my notes on pricing." in page.data


def test_submitting_an_incomplete_scorecard_shows_what_is_missing(app, setup, schedule, as_user):
    interview_id = schedule("ana", "ben")
    asked = _asked(app, interview_id)
    ana = as_user("ana")
    data = _scorecard_data(asked, [3, 3, 3], "A")
    del data[f"points_{asked[1]}"]
    page = ana.post(f"/interviews/{interview_id}/scorecard", data=data)
    assert page.status_code == 200
    assert b"1 still has no rating" in page.data
    with app.app_context():
        assert db.session.scalar(select(Scorecard.submitted_at)) is None


def test_debrief_decision_over_http(app, setup, schedule, score, as_user):
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [4, 3, 5])
    score(interview_id, "ben", [2, 3, 4])
    manager = as_user("max")
    page = manager.get(f"/interviews/{interview_id}/debrief")
    assert b"Differ by 2: discuss" in page.data
    # Means 3, 3, 4.5 with weights 2, 1, 1: (6 + 3 + 4.5) / 4 = 3.375.
    assert b"3.38</strong> of 5" in page.data
    response = manager.post(f"/interviews/{interview_id}/decision", data={
        "decision": "hire", "rationale": "Best territory plan; coach on closing."})
    assert response.headers["Location"].endswith("/debrief")
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        assert interview.decision == "hire"
    assert as_user("ana").post(f"/interviews/{interview_id}/decision", data={
        "decision": "no_hire", "rationale": "x" * 30}).status_code == 403


def test_question_bank_plan_and_coverage_pages(app, setup, as_user):
    manager = as_user("max")
    response = manager.post(f"/interviews/positions/{setup.position_id}/questions/new", data={
        "text": "Tell me about a time you lost a deal.", "competency": "Resilience",
        "anchor_1": "Blames others", "anchor_3": "Names a cause", "anchor_5": "Plans a fix",
    }, follow_redirects=True)
    assert b"looks backward-looking" in response.data
    assert b"Suppose you lost a deal here. What would you do?" in response.data
    page = manager.post(f"/interviews/positions/{setup.position_id}/questions/new", data={
        "text": "What would you do?", "competency": "Resilience", "anchor_1": "Weak",
    })
    assert page.status_code == 200
    with app.app_context():
        from hiring.interviews.models import InterviewQuestion

        assert db.session.scalar(select(func.count(InterviewQuestion.id))) == 4
    q = setup.question_ids
    response = manager.post(f"/interviews/positions/{setup.position_id}/plan", data={
        f"q{q[2]}-include": "1", f"q{q[2]}-order": "1", f"q{q[2]}-minutes": "20",
        f"q{q[2]}-weight": "1", "dev-order": "2", "dev-minutes": "15"})
    assert response.headers["Location"].endswith("/plan")
    page = manager.get(f"/interviews/positions/{setup.position_id}/plan")
    assert b"Total now: 35 minutes" in page.data
    page = manager.get(f"/interviews/positions/{setup.position_id}/coverage")
    assert b"1 outcome has no evidence" in page.data
    assert b"Two referenceable customers by the end of your first year." in page.data
    assert b"not in plan" in page.data


def test_live_lint_endpoint_and_cli(app, setup, as_user, runner):
    manager = as_user("max")
    response = manager.post("/interviews/questions/lint",
                            json={"text": "What have you done to grow a territory?"})
    assert response.get_json()["suggestion"] == "What would you do to grow a territory?"
    result = runner.invoke(args=["questions", "lint", "How would you handle a stalled deal?"])
    assert result.exit_code == 0
    assert json.loads(result.output) == {"orientation": "forward", "problems": [],
                                         "suggestion": None}


def test_calibration_page(app, setup, schedule, score, as_user):
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [1, 3, 5])
    score(interview_id, "ben", [2, 3, 5])
    page = as_user("max").get(f"/interviews/positions/{setup.position_id}/calibration")
    assert page.status_code == 200
    assert b"6 ratings of 3 questions by 2 raters" in page.data
    assert b"+0.17" in page.data and b"-0.17" in page.data  # 0.5 / 3 on one of three


def test_dashboard_lists_outstanding_scorecards(app, setup, schedule, as_user):
    schedule("ana", "ben")
    page = as_user("ana").get("/dashboard")
    assert b"Scorecards to submit" in page.data
    with app.app_context():
        interview = db.session.scalars(select(Interview)).one()
        name = interview.candidate.name
    assert name.encode() in page.data


def test_kit_pdf(app, setup, schedule, as_user):
    interview_id = schedule("ana", "ben")
    response = as_user("ana").get(f"/interviews/{interview_id}/kit.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF")
    page = as_user("ana").get(f"/interviews/{interview_id}")
    assert b"Discuss the candidate&#39;s first-year development plan" in page.data
    assert b"Plans outreach to the right roles" in page.data


def test_coverage_links_exercise_criteria_over_http(app, setup, as_user):
    from hiring.interviews import services
    from hiring.positions.models import Position

    with app.app_context():
        ref = services.exercise_criteria(db.session.get(Position, setup.position_id))[0].ref
    manager = as_user("max")
    url = f"/interviews/positions/{setup.position_id}/coverage"
    assert b"1 outcome has no evidence" in manager.get(url).data
    response = manager.post(url, data={f"outcome-{setup.outcome_ids[2]}": ref})
    assert response.headers["Location"].endswith(url)
    page = manager.get(url)
    assert b"Every outcome has at least one source of evidence" in page.data


def test_a_scorecard_opens_only_from_the_interview_start(app, setup, schedule, as_user):
    interview_id = schedule("ana", "ben", hours_ago=-48)  # two days from now
    asked = _asked(app, interview_id)
    ana = as_user("ana")
    page = ana.get(f"/interviews/{interview_id}/scorecard")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "The scorecard opens when the interview starts, on " in text
    assert 'name="recommendation"' not in text
    response = ana.post(f"/interviews/{interview_id}/scorecard",
                        data=_scorecard_data(asked, [5, 4, 4], "EARLY"))
    assert response.status_code == 409
    listing = ana.get("/interviews/").get_data(as_text=True)
    assert "Opens when the interview starts" in listing
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Scorecard)) == 0
    manager = as_user("max")
    manager.post(f"/interviews/{interview_id}/decision", data={
        "decision": "hire", "rationale": "Decided before anyone had met the candidate."})
    with app.app_context():
        assert db.session.get(Interview, interview_id).decision is None


def test_no_scorecard_or_decision_before_the_start_in_the_services(app, setup, schedule):
    from hiring.auth.models import User
    from hiring.errors import HiringError
    from hiring.interviews import services

    interview_id = schedule("ana", "ben", hours_ago=-2)
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        ana = db.session.get(User, setup.users["ana"])
        with pytest.raises(HiringError, match="opens when the interview starts"):
            services.scorecard_for(interview, ana)
        with pytest.raises(HiringError, match="has not started"):
            services.record_decision(interview, decision="hire", rationale="x" * 40,
                                     actor=db.session.get(User, setup.users["max"]))


def test_kit_page_heads_the_outcomes_with_the_period(app, setup, schedule, as_user):
    interview_id = schedule("ana", "ben")
    with app.app_context():
        db.session.get(Position, setup.position_id).outcomes_due = "by day 90 <i>"
        db.session.commit()
    html = as_user("ana").get(f"/interviews/{interview_id}").get_data(as_text=True)
    main = html[html.index("<main"):]
    assert main.index("Outcomes this hire must deliver") < main.index(
        "By day 90 &lt;i&gt;:</h3>") < main.index("Billings of $500,000")
