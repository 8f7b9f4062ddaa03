"""The final presentation by clicking: a manager schedules it, a panelist scores it blind and
opens the debrief."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.conftest import axe_violations, browser_login, nav_link

pytestmark = pytest.mark.browser

LEVELS = [4, 3, 3, 2, 3]  # one per criterion of the final-presentation rubric


@pytest.mark.parametrize("width", [1280, 375])
def test_a_manager_schedules_the_presentation_and_a_panelist_scores_it_blind(
        browser, live_server, width):
    server = live_server
    viewport = {"width": width, "height": 900}

    manager_context = browser.new_context(viewport=viewport)
    page = manager_context.new_page()
    page.set_default_timeout(15_000)
    browser_login(page, server, "manager@demo.test")
    nav_link(page, "Positions").click()
    page.get_by_role("link", name="Account Executive, Mid-Market Logistics").click()
    page.get_by_role("button", name="Candidates", exact=True).click()
    page.get_by_role("link", name="Kwame Mensah").click()
    result = page.get_by_role("region", name="Steps and results").locator(
        '[data-step="presentation"]')
    expect(result).to_contain_text("Not scheduled")
    result.get_by_role("link", name=re.compile("^Schedule the final presentation")).click()
    expect(page.get_by_role("heading", name="Schedule Kwame Mensah's final presentation")
           ).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_label("Priya Natarajan (Interviewer)").check()
    page.get_by_label("Tomás Ferreira (Interviewer)").check()
    # Two hours ago, in the manager's own zone (the label names it): it has happened by the
    # time the panelist scores it.
    field = page.get_by_label(re.compile("^Date and time"))
    zone = re.search(r"\(([^)]+)\)", page.locator("label", has_text="Date and time")
                     .first.inner_text()).group(1)
    when = datetime.now(ZoneInfo(zone)) - timedelta(hours=2)
    field.fill(when.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Place or video link").fill("Boardroom, 3rd floor")
    page.get_by_role("button", name="Schedule the presentation").click()
    expect(page.get_by_role("heading", name="Presentation kit: Kwame Mensah")).to_be_visible()
    expect(page.get_by_text("Final presentation scheduled")).to_be_visible()
    assert axe_violations(page) == []
    manager_context.close()

    panel_context = browser.new_context(viewport=viewport)
    page = panel_context.new_page()
    page.set_default_timeout(15_000)
    browser_login(page, server, "interviewer1@demo.test")
    nav_link(page, "Interviews").click()
    row = page.get_by_role("row").filter(has_text="Kwame Mensah · Final presentation")
    row.get_by_role("link", name="Score").click()
    expect(page.get_by_role("heading", name="Your scorecard: Kwame Mensah")).to_be_visible()
    assert axe_violations(page) == []
    criteria = page.locator("fieldset.scale")
    expect(criteria).to_have_count(len(LEVELS))
    expect(criteria.first).to_contain_text("About the customer, not the seller")
    for index, level in enumerate(LEVELS):
        criteria.nth(index).get_by_label(str(level), exact=True).check()
        criteria.nth(index).get_by_role("textbox").fill(f"Evidence for criterion {index + 1}")
    page.get_by_label("Hire", exact=True).check()
    page.get_by_role("button", name="Submit scorecard").click()
    page.wait_for_url(re.compile(r".*/interviews/\d+/debrief$"))
    expect(page.get_by_role("heading", name="Debrief: Kwame Mensah")).to_be_visible()
    # Only their own card is in: the other panelist is still to submit, and the total is
    # the rubric's, on 0-100.
    expect(page.get_by_text("Still to submit: Tomás Ferreira")).to_be_visible()
    expect(page.get_by_text(re.compile(r"\d+ of 100 on the final-presentation rubric"))
           ).to_be_visible()
    assert axe_violations(page) == []
    panel_context.close()
