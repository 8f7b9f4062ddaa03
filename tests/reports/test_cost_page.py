from decimal import Decimal

from hiring.db import db
from hiring.reports.models import CostScenario
from tests.waiting import downloaded_pdf


def _typical(make_position):
    return make_position(base_salary=Decimal(90_000), variable_pay=Decimal(60_000),
                         benefits_rate=Decimal("0.25"))


def test_cost_page_shows_every_line_and_the_direct_expense_over_250k(
        client, login_as, make_position):
    position_id = _typical(make_position)
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}/cost").get_data(as_text=True)
    assert "$379,500" in page  # direct expense, hand-computed in test_hiring_cost
    assert "$643,125" in page  # total
    assert page.count('name="recruiter_fee_bad_hire"') == 1
    assert 'value="255000"' in page  # two years of salary and benefits
    assert "Recruiter fee of 25% of first-year cash compensation at target ($150,000)" in page
    assert "21.2 times" in page  # payback


def test_changed_lines_are_kept_and_move_the_total(app, client, login_as, make_position):
    position_id = _typical(make_position)
    login_as("manager")
    form = client.get(f"/reports/positions/{position_id}/cost")
    assert form.status_code == 200
    data = {"rate_without": "40", "rate_with": "15", "legal_termination": "0",
            "lost_referrals": "7500"}  # unchanged default: not stored as an override
    response = client.post(f"/reports/positions/{position_id}/cost", data=data)
    assert response.headers["Location"].endswith(f"/reports/positions/{position_id}/cost")
    with app.app_context():
        scenario = db.session.scalar(db.select(CostScenario))
        assert scenario.overrides == {"legal_termination": 0}
    page = client.get(f"/reports/positions/{position_id}/cost").get_data(as_text=True)
    assert "$620,625" in page  # 643,125 - 22,500
    assert "the default is $22,500" in page


def test_invalid_amount_is_refused_with_the_form(client, login_as, make_position):
    position_id = _typical(make_position)
    login_as("manager")
    response = client.post(f"/reports/positions/{position_id}/cost",
                           data={"rate_without": "40", "rate_with": "150", "brand_erosion": "-5"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'aria-invalid="true"' in page


def test_position_without_salary_explains_what_is_missing(client, login_as, make_position):
    position_id = make_position()
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}/cost").get_data(as_text=True)
    assert "Set the position's base salary" in page
    response = client.get(f"/reports/positions/{position_id}/cost.pdf")
    assert response.headers["Location"].endswith(f"/reports/positions/{position_id}/cost")


def test_cost_prints_as_pdf(client, login_as, make_position):
    position_id = _typical(make_position)
    login_as("manager")
    response = downloaded_pdf(client, f"/reports/positions/{position_id}/cost.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF")


def test_a_negative_payback_is_explained_on_the_page(client, login_as, make_position):
    position_id = _typical(make_position)
    login_as("manager")
    client.post(f"/reports/positions/{position_id}/cost",
                data={"rate_without": "15", "rate_with": "40"})
    page = client.get(f"/reports/positions/{position_id}/cost").get_data(as_text=True)
    assert "Payback: <strong>-" in page
    assert ("The process costs more than it saves because the failure rate with the process "
            "(40%) is set higher than without (15%).") in page
