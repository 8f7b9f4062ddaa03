from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from hiring.audit import AuditEvent
from hiring.auth.models import User
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.interviews import services
from hiring.interviews.models import Interview, InterviewQuestion, Scorecard
from hiring.positions.models import Position
from tests.interviews.conftest import ANCHORS


def _user(setup, name):
    return db.session.get(User, setup.users[name])


@pytest.mark.parametrize(
    ("anchors", "message"),
    [
        ({"1": "a", "5": "b"}, "anchor for 3 points"),
        ({"1": "a", "3": "  ", "5": "b"}, "anchor for 3 points"),
        ({"3": "a"}, "1 and 5"),
        ({"1": "a", "3": "b", "5": "c", "6": "d"}, "6 is not on the scale"),
    ],
)
def test_questions_need_anchors_for_1_3_and_5(app, setup, anchors, message):
    with app.app_context():
        position = db.session.get(Position, setup.position_id)
        with pytest.raises(HiringError, match=message):
            services.save_question(position, text="What would you do?", competency="Planning",
                                   anchors=anchors, outcome_ids=[], actor=_user(setup, "max"))


def test_a_question_may_only_probe_its_own_positions_outcomes(app, setup, make_position):
    other = make_position(outcomes=("Something else entirely by month six.",))
    with app.app_context():
        foreign = db.session.get(Position, other).outcomes[0].id
        position = db.session.get(Position, setup.position_id)
        with pytest.raises(HiringError, match="outcomes of this position"):
            services.save_question(position, text="What would you do?", competency="Planning",
                                   anchors=ANCHORS, outcome_ids=[foreign],
                                   actor=_user(setup, "max"))


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([("question", 10, 0)], "development plan exactly once"),
        ([("development_plan", 10, None)], "at least one question"),
        ([("question", 10, 0), ("question", 5, 0), ("development_plan", 5, None)],
         "repeats a question"),
        ([("question", 0, 0), ("development_plan", 5, None)], "between 1 and 120 minutes"),
        ([("question", 10, 0), ("development_plan", 5, None), ("development_plan", 5, None)],
         "exactly once"),
    ],
)
def test_plan_is_validated(app, setup, entries, message):
    with app.app_context():
        position = db.session.get(Position, setup.position_id)
        before = [(i.kind, i.question_id) for i in services.plan(position)]
        plan = [services.PlanEntry(k, m, setup.question_ids[q] if q is not None else None)
                for k, m, q in entries]
        with pytest.raises(HiringError, match=message):
            services.save_plan(position, plan)
        assert [(i.kind, i.question_id) for i in services.plan(position)] == before


def test_coverage_says_which_outcome_has_no_evidence(app, setup):
    with app.app_context():
        rows = services.coverage(db.session.get(Position, setup.position_id),
                                 criteria={setup.outcome_ids[1]: ["research: Company profile"]})
        assert [len(r.questions) for r in rows] == [2, 1, 0]
        assert rows[1].criteria == ("research: Company profile",)
        assert [r.covered for r in rows] == [True, True, False]


@pytest.mark.parametrize("names", [("ana",), ("ana", "ben", "cy", "dee")])
def test_panel_of_one_or_four_is_refused_with_the_reason(app, setup, schedule, names):
    with pytest.raises(HiringError, match="two or three interviewers; you chose (one|four)"):
        schedule(*names)
    with app.app_context():
        assert db.session.scalars(select(Interview)).all() == []


def test_the_same_person_twice_is_not_a_panel_of_two(app, setup, schedule):
    with pytest.raises(HiringError, match="only once"):
        schedule("ana", "ana")


def test_scheduling_copies_the_plan_so_later_edits_leave_it_alone(app, setup, schedule):
    interview_id = schedule("ana", "ben")
    with app.app_context():
        question = db.session.get(InterviewQuestion, setup.question_ids[0])
        question.text = "Changed afterwards"
        db.session.commit()
        interview = db.session.get(Interview, interview_id)
        assert [q.kind for q in interview.questions] == [
            "question", "question", "development_plan", "question"]
        assert interview.questions[0].text.startswith("What would you do in your first 30")
        assert interview.questions[0].weight == 2.0
        event = db.session.scalar(select(AuditEvent).where(
            AuditEvent.action == "interview.scheduled"))
        assert (event.subject_id, event.candidate_id) == (interview_id, setup.candidate_id)
        assert event.after["panel"] == sorted([setup.users["ana"], setup.users["ben"]])


def test_development_plan_gate_blocks_scheduling_until_a_plan_is_drafted(app, setup, schedule):
    with app.app_context():
        gate = services.development_plan_gate(db.session.get(Candidate, setup.candidate_id))
    if not gate.available:
        pytest.skip("development plans are not part of this build")
    assert not gate.drafted
    with pytest.raises(HiringError, match="development plan first"):
        schedule("ana", "ben", draft=False)
    assert schedule("ana", "ben", draft=True)
    with app.app_context():
        assert services.development_plan_gate(
            db.session.get(Candidate, setup.candidate_id)).drafted


def test_without_development_plans_the_gate_stays_open_and_says_so(app, setup, monkeypatch):
    from hiring import registry

    monkeypatch.setattr(registry, "hooks", lambda name: [])
    with app.app_context():
        gate = services.development_plan_gate(db.session.get(Candidate, setup.candidate_id))
    assert (gate.available, gate.drafted, gate.open) == (False, False, True)


def test_screened_out_candidates_are_not_interviewed(app, setup, schedule, make_candidate):
    other = make_candidate(position_id=setup.position_id, stage="screened_out")
    with pytest.raises(HiringError, match="screened out"):
        schedule("ana", "ben", candidate_id=other)


def test_submitting_needs_every_rating_and_a_recommendation(app, setup, schedule, score):
    interview_id = schedule("ana", "ben")
    with pytest.raises(HiringError, match="1 still has no rating"):
        with app.app_context():
            interview = db.session.get(Interview, interview_id)
            user = _user(setup, "ana")
            card = services.scorecard_for(interview, user)
            rated = [q for q in interview.questions if q.rated]
            services.save_scorecard(card, {rated[0].id: services.RatingInput(3),
                                           rated[1].id: services.RatingInput(4)},
                                    recommendation="yes", notes="", submit=True, actor=user)
    with pytest.raises(HiringError, match="recommendation"):
        score(interview_id, "ana", [3, 3, 3], recommendation=None)


def test_a_submitted_scorecard_is_locked(app, setup, schedule, score):
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [3, 4, 5])
    with pytest.raises(HiringError, match="locked"):
        score(interview_id, "ana", [1, 1, 1])


def test_amendment_keeps_the_submitted_value_reason_and_audit(app, setup, schedule, score):
    interview_id = schedule("ana", "ben")
    card_id = score(interview_id, "ana", [3, 4, 5])
    with app.app_context():
        card = db.session.get(Scorecard, card_id)
        user = _user(setup, "ana")
        first = card.interview.questions[0].id
        with pytest.raises(HiringError, match="why"):
            services.amend_scorecard(card, points={first: 2}, recommendation=None, reason="",
                                     actor=user)
        with pytest.raises(HiringError, match="Nothing was changed"):
            services.amend_scorecard(card, points={first: 3}, recommendation=None,
                                     reason="Checked my notes again.", actor=user)
        changes = services.amend_scorecard(card, points={first: 2}, recommendation="no",
                                           reason="Checked my notes again.", actor=user)
        db.session.commit()
        assert [(c.field, c.before, c.after) for c in changes] == [
            ("points", "3", "2"), ("recommendation", "yes", "no")]
        assert card.rating_for(first).points == 2
        event = db.session.scalar(select(AuditEvent).where(
            AuditEvent.action == "scorecard.amended"))
        assert event.before == {f"points:{first}": "3", "recommendation": "yes"}
        assert event.after == {f"points:{first}": "2", "recommendation": "no"}


def test_someone_else_cannot_fill_in_or_amend_a_scorecard(app, setup, schedule, score):
    interview_id = schedule("ana", "ben")
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        with pytest.raises(HiringError, match="Only the interview's panel"):
            services.scorecard_for(interview, _user(setup, "cy"))
        card = services.scorecard_for(interview, _user(setup, "ana"))
        with pytest.raises(HiringError, match="Only its author"):
            services.save_scorecard(card, {}, recommendation=None, notes="", submit=False,
                                    actor=_user(setup, "ben"))


def test_debrief_hand_computed(app, setup, schedule, score):
    interview_id = schedule("ana", "ben", "cy")
    score(interview_id, "ana", [4, 3, 5])
    score(interview_id, "ben", [2, 3, 4], recommendation="no")
    score(interview_id, "cy", [3, 3, 1], recommendation="strong_no")
    with app.app_context():
        result = services.debrief(db.session.get(Interview, interview_id))
        ids = setup.users
        # q3 (5, 4, 1): spread 4; q1 (4, 2, 3): spread 2; q2 (3, 3, 3): spread 0.
        assert [r.asked.question_id for r in result.rows] == [
            setup.question_ids[2], setup.question_ids[0], setup.question_ids[1]]
        assert [r.spread for r in result.rows] == [4, 2, 0]
        assert [r.flagged for r in result.rows] == [True, True, False]
        assert result.rows[0].ratings == {ids["ana"]: 5, ids["ben"]: 4, ids["cy"]: 1}
        assert [r.mean for r in result.rows] == pytest.approx([10 / 3, 3, 3])
        # Weights 2, 1, 1: (2 * 3 + 3 + 10/3) / 4.
        assert result.weighted_mean == pytest.approx((6 + 3 + 10 / 3) / 4)
        assert result.weighted_percent == pytest.approx(((6 + 3 + 10 / 3) / 4 - 1) / 4 * 100)
        assert result.recommendations == {ids["ana"]: "yes", ids["ben"]: "no",
                                          ids["cy"]: "strong_no"}
        assert result.pending == []


def test_debrief_leaves_drafts_out(app, setup, schedule, score):
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [4, 3, 5])
    score(interview_id, "ben", [1, 1, 1], submit=False)
    with app.app_context():
        result = services.debrief(db.session.get(Interview, interview_id))
        assert all(set(r.ratings) == {setup.users["ana"]} for r in result.rows)
        assert [u.id for u in result.pending] == [setup.users["ben"]]


def test_decision_waits_for_every_scorecard_and_never_changes_ratings(
        app, setup, schedule, score):
    interview_id = schedule("ana", "ben")
    score(interview_id, "ana", [4, 3, 5])
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        with pytest.raises(HiringError, match="still to submit: Ben"):
            services.record_decision(interview, decision="hire", rationale="Strong plan " * 3,
                                     actor=_user(setup, "max"))
    score(interview_id, "ben", [2, 3, 4])
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        before = services.submitted_ratings(interview)
        with pytest.raises(HiringError, match="rationale"):
            services.record_decision(interview, decision="hire", rationale="ok",
                                     actor=_user(setup, "max"))
        services.record_decision(interview, decision="hire",
                                 rationale="Strong territory plan; closing needs coaching.",
                                 actor=_user(setup, "max"))
        db.session.commit()
        assert services.submitted_ratings(interview) == before
        assert (interview.decision, interview.decided_by_id) == ("hire", setup.users["max"])


def test_outstanding_scorecards_oldest_first(app, setup, schedule, score, make_candidate):
    second = make_candidate(position_id=setup.position_id, stage="interview")
    third = make_candidate(position_id=setup.position_id, stage="interview")
    recent = schedule("ana", "ben", hours_ago=1)
    old = schedule("ana", "cy", hours_ago=48, candidate_id=second)
    done = schedule("ana", "ben", hours_ago=72, candidate_id=third)
    future = schedule("ana", "ben", hours_ago=-24, candidate_id=third)
    score(done, "ana", [3, 3, 3])
    with app.app_context():
        assert [i.id for i in services.outstanding_scorecards(_user(setup, "ana"))] == [
            old, recent]
        assert [i.id for i in services.outstanding_scorecards(_user(setup, "ben"))] == [
            done, recent]
        assert future not in [i.id for i in services.outstanding_scorecards(_user(setup, "ben"))]


def test_calibration_per_position_panel_and_rater(app, setup, schedule, score, make_candidate):
    second = make_candidate(position_id=setup.position_id, stage="interview")
    first = schedule("ana", "ben")
    other = schedule("ana", "ben", candidate_id=second)
    score(first, "ana", [1, 2, 3])
    score(first, "ben", [2, 3, 4])
    score(other, "ana", [3, 4, 5])
    score(other, "ben", [4, 5, 5])
    with app.app_context():
        result = services.calibration(db.session.get(Position, setup.position_id))
        assert result.alpha.subjects == 6 and result.alpha.ratings == 12
        (panel,) = result.panels
        assert panel.interviews == 2 and panel.icc.subjects == 6
        assert panel.icc.value == pytest.approx(
            __import__("hiring.analysis.agreement", fromlist=["x"]).icc_average({
                0: {"a": 1, "b": 2}, 1: {"a": 2, "b": 3}, 2: {"a": 3, "b": 4},
                3: {"a": 3, "b": 4}, 4: {"a": 4, "b": 5}, 5: {"a": 5, "b": 5}}).value)
        leniency = {user.name: round(x.mean_difference, 4) for user, x in result.leniency}
        # Ben is above the panel mean on five of six questions by 0.5 and level on one.
        assert leniency == {"Ben": round(2.5 / 6, 4), "Ana": round(-2.5 / 6, 4)}


def test_schedule_refuses_naive_times(app, setup):
    with app.app_context():
        with pytest.raises(HiringError, match="time zone"):
            services.schedule_interview(
                db.session.get(Candidate, setup.candidate_id),
                panel=[_user(setup, "ana"), _user(setup, "ben")],
                scheduled_at=datetime(2030, 1, 1, 9, 0), location="", actor=_user(setup, "max"))
        assert datetime.now(UTC)


def test_exercise_criteria_link_to_outcomes_and_count_as_coverage(app, setup):
    with app.app_context():
        position = db.session.get(Position, setup.position_id)
        criteria = services.exercise_criteria(position)
        steps = {c.step for c in criteria}
        assert {"writing", "research"} <= steps
        research = next(c for c in criteria if c.step == "research")
        services.save_criterion_links(position, {(setup.outcome_ids[2], research.ref)})
        db.session.commit()
        rows = services.coverage(position)
        assert rows[2].criteria == (research.title,)
        assert [r.covered for r in rows] == [True, True, True]
        with pytest.raises(HiringError, match="Link only"):
            services.save_criterion_links(position, {(setup.outcome_ids[0], "nope:missing")})
        assert services.criterion_links(position) == {(setup.outcome_ids[2], research.ref)}


def test_kit_summarises_exercise_results(app, setup, schedule):
    from hiring.assessments.models import Review, Submission

    interview_id = schedule("ana", "ben")
    with app.app_context():
        writing = Submission(candidate_id=setup.candidate_id, step="writing", code="W-TEST-1",
                             time_limit_minutes=30, submitted_at=datetime.now(UTC))
        research = Submission(candidate_id=setup.candidate_id, step="research",
                              code="R-TEST-1", time_limit_minutes=60)
        db.session.add_all([writing, research])
        db.session.flush()
        for reviewer, score in (("ana", 70.0), ("ben", 81.0)):
            db.session.add(Review(candidate_id=setup.candidate_id, submission_id=writing.id,
                                  reviewer_id=setup.users[reviewer],
                                  rubric_id="business-writing", rubric_version=1,
                                  rubric_digest="x" * 64, ratings={}, score=score))
        db.session.commit()
        kit = services.kit_context(db.session.get(Interview, interview_id))
        assert kit["exercises"] == [
            {"label": "Writing test", "value": "76 of 100, from 2 reviews"},
            {"label": "Company research", "value": "not handed in"},
        ]
        document = services.kit_document(kit)
        assert any(s["heading"] == "Exercise results in summary" for s in document["sections"])


def test_kit_heads_the_outcomes_with_the_positions_period(app, setup, schedule):
    interview_id = schedule("ana", "ben")
    with app.app_context():
        interview = db.session.get(Interview, interview_id)
        assert services.kit_context(interview)["outcomes_due"] == ""
        assert "intro" not in services.kit_document(services.kit_context(interview))[
            "sections"][0]
        interview.position.outcomes_due = "within 90 days of the hire date"
        kit = services.kit_context(interview)
        assert kit["outcomes_due"] == "within 90 days of the hire date"
        section = services.kit_document(kit)["sections"][0]
        assert section["heading"] == "The outcomes this hire must deliver"
        assert section["intro"] == "Within 90 days of the hire date:"
        assert section["items"] == kit["outcomes"]
