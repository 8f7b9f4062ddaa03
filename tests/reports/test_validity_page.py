import re

from sqlalchemy import select

from hiring.db import db
from hiring.reports import services
from hiring.reports.models import HireOutcome
from tests.reports.helpers import add_candidate


def test_outcomes_are_recorded_for_hires_and_validity_waits_for_ten(
        app, client, login_as, make_position, make_candidate):
    position_id = make_position(outcomes=("One", "Two", "Three", "Four"))
    hire = make_candidate(position_id, name="Dana Hire", stage="hired")
    applicant = make_candidate(position_id, stage="interview")
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}/validity").get_data(as_text=True)
    assert "Dana Hire" in page and 'value="4"' in page  # outcomes in the plan, prefilled
    assert "Need 10 more hires" in page
    response = client.post(f"/reports/positions/{position_id}/validity", data={
        "candidate_id": hire, "checkpoint_days": "90", "outcomes_met": "3",
        "outcomes_total": "4"})
    assert response.headers["Location"].endswith(f"/reports/positions/{position_id}/validity")
    page = client.get(f"/reports/positions/{position_id}/validity?checkpoint=90").get_data(
        as_text=True)
    assert "3 of 4" in page and "Need 9 more hires" in page
    refused = client.post(f"/reports/positions/{position_id}/validity", data={
        "candidate_id": applicant, "checkpoint_days": "90", "outcomes_met": "1",
        "outcomes_total": "4"})
    assert refused.status_code == 422
    assert "Outcomes are recorded for hires only." in refused.get_data(as_text=True)
    with app.app_context():
        assert [o.candidate_id for o in db.session.scalars(select(HireOutcome))] == [hire]


def test_validity_correlates_scores_with_outcomes_once_ten_hires_have_records(
        app, make_position):
    position_id = make_position()
    with app.app_context():
        from hiring.positions.models import Position

        position = db.session.get(Position, position_id)
        rows = []
        for i in range(12):
            c = add_candidate(position_id, i, ["writing", "research", "interview", "decision",
                                               "hired"])
            db.session.flush()
            services.record_outcome(c, 365, i % 5, 4, None)  # 0..4 of 4 outcomes met
            rows.append((c.id, "Writing test", float(i)))
        db.session.commit()
        report = services.validity_report(position, 365, rows)
        result = report["by_key"]["Writing test"]
        assert report["n_hires"] == 12 and result.n == 12 and result.ready
        outcomes = [(i % 5) / 4 for i in range(12)]
        from hiring.analysis.validity import pearson

        assert result.r == pearson([float(i) for i in range(12)], outcomes)
        day_90 = services.validity_report(position, 90, rows)
        assert day_90["n_hires"] == 0
        assert day_90["by_key"]["Writing test"].need_more == 10


def test_outcome_records_start_from_the_development_plan_milestones(
        app, client, login_as, make_position, make_candidate):
    from datetime import date

    from hiring.candidates.models import Candidate
    from hiring.plans import services as plans

    position_id = make_position(outcomes=("One", "Two", "Three"))
    hire = make_candidate(position_id, name="Mila Hire", stage="hired")
    with app.app_context():
        plan = plans.draft_development_plan(db.session.get(Candidate, hire), None,
                                            date(2026, 1, 5))
        months = sorted(m.month for m in plan.milestones)
        assert months[0] <= 3  # the template's first milestone falls in the first quarter
        early = [m for m in plan.milestones if m.month <= 3]
        plans.record_review(plan, None, date(2026, 4, 1), {early[0].id: ("achieved", "")})
        db.session.commit()
        due_90 = len(early)
        due_365 = len([m for m in plan.milestones if m.month <= 12])
        assert services.milestone_tallies([hire], 90) == {hire: (1, due_90)}
        assert services.milestone_tallies([hire], 365) == {hire: (1, due_365)}
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}/validity").get_data(as_text=True)
    assert f"Plan milestones due by day 90: 1 of {due_90} achieved." in page
    # Each hire's "Record" form posts to the page with the session's token (read once a page).
    assert (f'<form method="post" action="/reports/positions/{position_id}/validity" '
            'class="inline-form">') in page
    assert f"Record 1 of {due_90}" in page
    tokens = re.findall(r'name="csrf_token" value="([^"]+)"', page)
    assert tokens and len(set(tokens)) == 1
    client.post(f"/reports/positions/{position_id}/validity", data={
        "candidate_id": hire, "checkpoint_days": "90", "outcomes_met": "1",
        "outcomes_total": str(due_90)})
    with app.app_context():
        entry = db.session.scalars(select(HireOutcome)).one()
        assert (entry.outcomes_met, entry.outcomes_total) == (1, due_90)
