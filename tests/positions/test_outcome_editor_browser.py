"""The outcome editor in Chromium: live findings, keyboard reordering, accessibility."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import axe_violations, browser_login

pytestmark = pytest.mark.browser

GOOD = "Sign three new distributors within 90 days of your start."


def open_editor(page, server):
    browser_login(page, server, "manager@demo.test")
    page.goto(f"{server.url}/positions/new")


def test_findings_appear_as_the_manager_types(page, live_server):
    open_editor(page, live_server)
    box = page.get_by_label("Outcome 1")
    box.press_sequentially("5+ years of industry experience", delay=5)
    findings = page.locator("#findings-1")
    # The empty statement already lacks everything: wait for the input requirement itself.
    findings.locator('[data-code="input_years_experience"]').wait_for()
    assert findings.locator("[data-summary]").inner_text() == (
        "Not measurable yet: no result, number or deadline.")
    live = page.locator("[data-live]")
    expect(live).to_have_text("Outcome 1: Not measurable yet: no result, number or deadline. "
                              "2 requirements ask for background instead of results.")
    box.fill("")
    box.press_sequentially(GOOD, delay=5)
    findings.get_by_text("Measurable: a result, a number and a deadline.").wait_for()
    assert findings.locator("[data-found]").inner_text() == (
        "Found: three, due 3 months after hire")
    assert findings.locator("[data-problems] li").count() == 0
    expect(live).to_have_text("Outcome 1: Measurable: a result, a number and a deadline.")


def test_outcomes_are_added_and_reordered_with_the_keyboard(page, live_server):
    open_editor(page, live_server)
    page.get_by_label("Outcome 1").fill("First statement")
    page.get_by_role("button", name="Add an outcome").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Outcome 2").wait_for()
    assert page.evaluate("document.activeElement.id") == "outcome-2"
    page.keyboard.type("Second statement")
    # Move once the checks of both outcomes have come back, so that no finding is announced
    # over the move.
    expect(page.locator("[data-findings][aria-busy]")).to_have_count(0)
    page.get_by_role("button", name="Move up outcome 2").focus()
    page.keyboard.press("Enter")
    assert page.get_by_label("Outcome 1").input_value() == "Second statement"
    assert page.get_by_label("Outcome 2").input_value() == "First statement"
    # The moved outcome is now first: its "Move up" is disabled, so focus went to "Move down".
    assert page.evaluate("document.activeElement.id") == "down-1"
    expect(page.locator("[data-live]")).to_have_text("Outcome moved to position 1 of 2.")
    assert page.get_by_role("button", name="Move up outcome 1").is_disabled()
    page.keyboard.press("Space")
    assert page.get_by_label("Outcome 2").input_value() == "Second statement"
    assert page.get_by_role("button", name="Remove outcome 1").is_enabled()


def test_nudge_above_six_and_limit_of_eight(page, live_server):
    open_editor(page, live_server)
    add = page.get_by_role("button", name="Add an outcome")
    nudge = page.locator("[data-nudge-text]")
    for _ in range(5):
        add.click()
    assert nudge.is_hidden()
    add.click()
    assert nudge.is_visible() and "You have 7 outcomes" in nudge.inner_text()
    add.click()
    assert add.is_disabled()
    assert page.locator("[data-outcome]").count() == 8


def test_saving_a_draft_keeps_the_order_shown(page, live_server):
    open_editor(page, live_server)
    page.get_by_label("Title").fill("Territory Manager")
    page.get_by_label("Outcome 1").fill("Win five new dental groups by month 6")
    page.get_by_role("button", name="Add an outcome").click()
    page.get_by_label("Outcome 2").fill(GOOD)
    page.get_by_role("button", name="Move up outcome 2").click()
    # Enter in a field saves the form; it must not trigger the first outcome's move buttons.
    page.get_by_label("Title").press("Enter")
    page.wait_for_url(re.compile(r".*/positions/\d+$"))
    items = page.locator(".outcome-text")
    assert items.all_inner_texts() == [GOOD, "Win five new dental groups by month 6"]


@pytest.mark.parametrize("width", [1280, 375])
def test_editor_is_accessible_at_desktop_and_phone_width(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 900})
    open_editor(page, live_server)
    page.get_by_label("Outcome 1").fill("Team player with a book of business")
    page.locator('#findings-1 [data-code="input_book_of_business"]').wait_for()
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("page_name", ["list", "detail", "candidate view"])
@pytest.mark.parametrize("width", [1280, 375])
def test_position_pages_are_accessible(page, live_server, page_name, width):
    page.set_viewport_size({"width": width, "height": 900})
    browser_login(page, live_server, "manager@demo.test")
    page.goto(f"{live_server.url}/positions/")
    if page_name != "list":
        page.locator("table.data a").first.click()
        page.wait_for_url(re.compile(r".*/positions/\d+$"))
    if page_name == "candidate view":
        page.get_by_role("button", name="Candidate view").click()
        assert page.get_by_role("heading", level=2).first.inner_text() == "What you will achieve"
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
