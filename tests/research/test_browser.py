"""The research exercise and the fact sheet in a real browser."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from hiring.assessments.models import Submission
from hiring.candidates.invitations import create_invitation
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from tests.conftest import axe_violations, browser_login, expect_editor_ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_take_the_research_exercise_in_sections(live_server, page):
    app = live_server.app
    with app.app_context():
        candidate = db.session.scalars(db.select(Candidate).order_by(Candidate.id)).first()
        _, token = create_invitation(candidate, "research", None, 7)
        db.session.commit()
        candidate_id = candidate.id
    page.goto(f"{live_server.url}/i/{token}")
    page.goto(f"{live_server.url}/assessments/take/research")
    page.get_by_role("button", name="Begin").click()
    expect_editor_ready(page)
    status = page.locator("#save-status")

    company = page.get_by_label("1. The company")
    company.fill("Calder Logistics Group runs 14 distribution centers from Columbus.")
    company.blur()
    expect(status).to_have_text(re.compile(r"^Saved \d\d:\d\d:\d\d$"))
    assert axe_violations(page) == []

    # Offline: the sections are kept in the browser and saved when the connection is back.
    page.context.set_offline(True)
    executives = page.get_by_label("2. Executives and decision-makers")
    executives.fill("Adaeze Okafor, the CEO, decides. Her husband coaches football.")
    executives.blur()
    page.locator("#offline-banner").wait_for(state="visible")
    page.context.set_offline(False)
    expect(status).to_have_text(re.compile(r"^Saved "))

    plan = page.get_by_label("6. Opportunity plan")
    plan.fill("Within 90 days I would win three pharmacy accounts for your team. "
              "Next step: a call with Priya Raman next week.")
    plan.blur()
    expect(status).to_have_text(re.compile(r"^Saved "))

    page.reload()
    expect_editor_ready(page)
    expect(page.get_by_label("2. Executives and decision-makers")).to_have_value(
        re.compile(r"^Adaeze Okafor, the CEO"))
    expect(page.get_by_label("6. Opportunity plan")).to_have_value(re.compile(r"^Within 90"))
    expect(page.get_by_label("3. Services")).to_have_value("")

    # Hand in explicitly, confirming the question.
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Submit").click()
    page.get_by_role("heading", name="Your work is handed in").wait_for(timeout=15_000)
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id,
                                                               step="research")).one()
        assert s.is_submitted
        findings = {f["code"]: f for f in s.analysis["findings"]}
        assert findings["personal_family"]["section"] == "executives"
        assert s.analysis["measures"]["opportunity_plan_score"] >= 0.9


def test_deadline_hands_in_the_research_sections(live_server, page):
    app = live_server.app
    with app.app_context():
        candidate = db.session.scalars(db.select(Candidate).order_by(Candidate.id)).first()
        _, token = create_invitation(candidate, "research", None, 7)
        db.session.commit()
        candidate_id = candidate.id
    page.goto(f"{live_server.url}/i/{token}")
    page.goto(f"{live_server.url}/assessments/take/research")
    page.get_by_role("button", name="Begin").click()
    expect_editor_ready(page)
    # The editor must be on screen before the clock is moved and the page reloaded.
    page.get_by_label("4. Customers and markets").wait_for()
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id,
                                                               step="research")).one()
        s.deadline_at = utcnow() + timedelta(seconds=4)
        s.closes_at = s.deadline_at + timedelta(seconds=60)
        db.session.commit()
    page.reload()
    expect_editor_ready(page)
    page.get_by_label("4. Customers and markets").fill("Harbor Hill Foods ships with Calder.")
    page.get_by_role("heading", name="Your work is handed in").wait_for(timeout=20_000)
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id,
                                                               step="research")).one()
        assert "## Customers and markets\nHarbor Hill Foods ships with Calder." in s.text
        names = [f["name"] for f in s.analysis["coverage"]["customers"]["found"]]
        assert names == ["Harbor Hill Foods"]


def test_edit_the_fact_sheet_with_the_keyboard_at_phone_width(live_server, page):
    page.set_viewport_size({"width": 375, "height": 800})
    browser_login(page, live_server, "manager@demo.test")
    page.goto(f"{live_server.url}/research/facts")
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 376

    page.get_by_role("button", name="Add an executive").click()
    new_name = page.locator("#executives-5-name")
    expect(new_name).to_be_focused()
    page.keyboard.type("Rosa Delgado")
    page.keyboard.press("Tab")
    page.keyboard.type("Chief Marketing Officer")
    # Enter in a text field presses the first button of the form: Save, never Remove.
    page.keyboard.press("Enter")
    expect(page.get_by_text("The fact sheet is saved.")).to_be_visible()
    expect(page.locator("#executives-5-name")).to_have_value("Rosa Delgado")

    page.get_by_role("button", name="Remove executive 6").click()
    expect(page.get_by_role("button", name="Add an executive")).to_be_focused()
    page.get_by_role("button", name="Save the fact sheet").first.click()
    expect(page.locator("#executives-5-name")).to_have_count(0)
