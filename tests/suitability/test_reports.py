"""The questionnaire in the reports: validity, adverse impact, comparison, funnel, board."""

from __future__ import annotations

import pytest

from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.positions.models import Position
from hiring.reports import comparison, scores
from hiring.reports import services as reports
from hiring.suitability import counts, services
from hiring.suitability.questionnaire import get_questionnaire

Q = get_questionnaire()


@pytest.fixture
def world(app, make_position):
    """A position requiring travel; three hires, two passing the knock-out, one not."""
    with app.app_context():
        position = db.session.get(Position, make_position())
        outcome = str(position.outcomes[0].id)
        services.save_profile(position, {t.key: services.TraitEntry(
            str(t.ideal[0]), str(t.ideal[1]), outcome, "Serves the outcome.")
            for t in Q.traits}, {"travel": ""}, None)
        people = []
        for n, (travel, rating) in enumerate([("yes", 5), ("yes", 3), ("no", 4)]):
            candidate = Candidate(position_id=position.id, name=f"Hire {n}",
                                  email=f"hire{n}@example.com", stage="hired")
            db.session.add(candidate)
            db.session.flush()
            answers = {i.id: ("a" if i.type == "choice" else rating) for i in Q.items}
            services.save_answers(candidate, 1, answers, {"travel": travel}, utcnow())
            services.hand_in(candidate, services.snapshot(candidate).score(), utcnow())
            people.append(candidate.id)
        position_id = position.id
        db.session.commit()
    return position_id, people


def test_suitability_is_a_score_the_validity_report_tests_against_outcomes(app, world):
    position_id, people = world
    with app.app_context():
        rows = [r for r in scores.validity_rows(position_id)
                if r[1] == "Work-preference suitability"]
        assert sorted(cid for cid, _, _ in rows) == sorted(people)
        position = db.session.get(Position, position_id)
        report = reports.validity_report(position, 365, scores.validity_rows(position_id))
        assert "Work-preference suitability" in report["by_key"]


def test_adverse_impact_counts_the_knockout_pass_rate(app, world):
    position_id, _ = world
    with app.app_context():
        found = [r for r in reports.adverse_impact(db.session.get(Position, position_id))
                 if r.stage == "preferences"]
        assert found
        assert (found[0].pooled.applicants, found[0].pooled.selected) == (3, 2)


def test_comparison_shows_suitability_eligibility_and_traits(app, world):
    position_id, people = world
    with app.app_context():
        table = comparison.compare(db.session.get(Position, position_id), people[1:])
        rows = {(r.group, r.label): r for r in table.rows}
        eligible = rows[("Work preferences", "Knock-outs passed (1 yes, 0 no)")]
        assert eligible.cells[people[1]].value == 1.0
        assert eligible.cells[people[2]].value == 0.0
        assert "Travel" in eligible.cells[people[2]].evidence[0]
        assert ("Work preferences", Q.traits[0].label) in rows


def test_board_card_and_funnel_mention_the_questionnaire(app, world, client, login_as):
    position_id, _ = world
    login_as("manager")
    board = client.get(f"/candidates/positions/{position_id}/board?stage=hired")
    assert "Work preferences: suitability" in board.get_data(as_text=True)
    assert ", a knock-out not met" in board.get_data(as_text=True)
    with app.app_context():
        summary = counts.funnel_summary(position_id)
    assert summary == {"invited": 0, "begun": 3, "handed_in": 3, "passed": 2}
    dashboard = client.get(f"/reports/positions/{position_id}")
    assert dashboard.status_code == 200
    assert "3 handed in, 2 of them passing" in dashboard.get_data(as_text=True)


def test_funnel_counts_follow_a_questionnaire_begun_then_handed_in(app, world, client,
                                                                   login_as):
    position_id, _ = world
    login_as("manager")
    with app.app_context():
        candidate = Candidate(position_id=position_id, name="Late starter",
                              email="late@example.com", stage="applied")
        db.session.add(candidate)
        db.session.flush()
        answers = {i.id: ("a" if i.type == "choice" else 4) for i in Q.items}
        services.save_answers(candidate, 1, answers, {"travel": "yes"}, utcnow())
        db.session.commit()
        candidate_id = candidate.id
        assert counts.funnel_summary(position_id) == {
            "invited": 0, "begun": 4, "handed_in": 3, "passed": 2}
    page = client.get(f"/reports/positions/{position_id}").get_data(as_text=True)
    assert "4 begun, 3 handed in, 2 of them passing" in page
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        services.hand_in(candidate, services.snapshot(candidate).score(), utcnow())
        db.session.commit()
    page = client.get(f"/reports/positions/{position_id}").get_data(as_text=True)
    assert "4 begun, 4 handed in, 3 of them passing" in page
