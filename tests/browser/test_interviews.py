"""A full panel scores the demo interview in a real browser, independently, then debriefs."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import axe_violations, browser_login

pytestmark = pytest.mark.browser

PANEL = {
    "interviewer1@demo.test": ([4, 3, 4], "Hire"),
    "interviewer2@demo.test": ([2, 3, 4], "No hire"),
    "interviewer3@demo.test": ([3, 3, 5], "Hire"),
}


def _open_scorecard(page, server):
    page.goto(f"{server.url}/interviews/")
    page.get_by_role("link", name="Score").first.click()
    page.wait_for_url(re.compile(r".*/interviews/\d+/scorecard$"))


def test_a_full_panel_scores_independently_and_debriefs(browser, live_server):
    server = live_server
    submitted = []
    for email, (points, recommendation) in PANEL.items():
        context = browser.new_context(viewport={"width": 390, "height": 844})  # phone width
        page = context.new_page()
        page.set_default_timeout(10_000)
        browser_login(page, server, email)
        # The dashboard reminds the panelist of the outstanding scorecard.
        reminders = page.get_by_role("region", name="Scorecards to submit")
        assert reminders.get_by_role("link", name=re.compile("Hannah Schmidt")).is_visible()
        _open_scorecard(page, server)
        interview_url = page.url.rsplit("/scorecard", 1)[0]
        if not submitted:
            assert axe_violations(page) == []
        else:
            # Others have submitted, but this panelist sees none of their ratings yet.
            page.goto(f"{interview_url}/debrief")
            assert page.get_by_role("heading", name="Debrief not open yet").is_visible()
            page.goto(f"{interview_url}/scorecard")
        scales = page.locator("fieldset.scale")
        assert scales.count() == len(points)
        for index, value in enumerate(points):
            scales.nth(index).get_by_label(str(value), exact=True).check()
            scales.nth(index).get_by_role("textbox").fill(f"Evidence {index + 1} by {email}")
        page.get_by_label(recommendation, exact=True).check()
        page.get_by_role("button", name="Submit scorecard").click()
        page.wait_for_url(re.compile(r".*/debrief$"))
        assert page.get_by_role("heading", name=re.compile("^Debrief")).is_visible()
        submitted.append(email)
        context.close()

    context = browser.new_context()
    page = context.new_page()
    browser_login(page, server, "manager@demo.test")
    page.goto(f"{interview_url}/debrief")
    table = page.get_by_role("table", name="Ratings side by side")
    rows = table.locator("tbody tr")
    assert rows.count() == 3
    # Widest disagreement first: 4, 2, 3 on the first question (spread 2) is flagged.
    assert "Differ by 2: discuss" in rows.first.inner_text()
    assert "Still to submit" not in page.content()
    page.get_by_label("Make an offer").check()
    page.get_by_label("Rationale").fill("Strong prospecting plan; coach on stalled deals.")
    page.get_by_role("button", name="Record decision").click()
    # The decision moves the candidate to Offer and opens the offer form.
    expect(page.get_by_role("status").get_by_text(re.compile("^Decision recorded"))).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("offer", ignore_case=True)
    assert axe_violations(page) == []
    context.close()


def test_a_question_is_checked_as_it_is_typed(page, live_server):
    browser_login(page, live_server, "manager@demo.test")
    page.goto(f"{live_server.url}/interviews/")
    page.get_by_role("link", name="Account Executive, Mid-Market Logistics").click()
    page.get_by_role("button", name="Add a question").or_(
        page.get_by_role("link", name="Add a question")).click()
    page.get_by_label("Question").fill("Tell me about a time you lost a deal to a competitor.")
    status = page.locator("#lint-result")
    status.get_by_text("Backward-looking.").wait_for()
    assert "Suppose you lost a deal to a competitor here. What would you do?" in (
        status.inner_text())
    assert status.get_attribute("aria-live") == "polite"
    page.get_by_label("Question").fill("How would you win back a lost account here?")
    status.get_by_text("Forward-looking.").wait_for()
    assert axe_violations(page) == []
