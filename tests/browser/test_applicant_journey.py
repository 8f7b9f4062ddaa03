"""An applicant finds a posting and applies by clicking and typing only; then the manager
finds them on the board; at desktop and phone widths, with axe-core on every page."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import axe_violations, nav_link

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("JOURNEY_SCREENSHOTS")
TITLE = "Account Executive, Mid-Market Logistics"


def _check(page, name: str, width: int) -> None:
    expect(page.locator("main h1")).to_be_visible()
    assert axe_violations(page) == [], page.url
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}-{width}.png", full_page=True)


@pytest.mark.parametrize("width", [1280, 375])
def test_applicant_applies_and_manager_finds_them(browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    policy_errors = []
    page.on("console", lambda m: policy_errors.append(m.text)
            if "Content Security Policy" in m.text else None)
    page.goto(f"{live_server.url}/jobs/")
    _check(page, "jobs", width)
    expect(page.get_by_role("link", name="Calder Logistics Group")).to_be_visible()

    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", name="What you will achieve, and by when")).to_be_visible()
    _check(page, "posting", width)
    ld = page.locator('script[type="application/ld+json"]').text_content()
    assert '"JobPosting"' in ld

    page.get_by_label("Your name").fill("Rosa Varga")
    page.get_by_label("Email").fill("rosa@example.com")
    page.get_by_label("Which of these results would you reach first, and how?").fill(
        "The twelve first meetings: I would start with the shippers I already know.")
    page.get_by_label(re.compile("I have read the privacy notice")).check()
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_text("your application has arrived")).to_be_visible()
    _check(page, "applied", width)
    assert policy_errors == []

    page.get_by_role("link", name="Staff sign-in").click()
    page.get_by_label("Email").fill("manager@demo.test")
    page.get_by_label("Password").fill("demo-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/dashboard$"))
    nav_link(page, "Positions").click()
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Candidates").click()
    applied = page.get_by_role("region", name=re.compile("^Applied"))
    applied.get_by_role("link", name="Rosa Varga").click()
    expect(page.get_by_role("heading", name="Rosa Varga")).to_be_visible()
    expect(page.get_by_text("I would start with the shippers")).to_be_visible()
    expect(page.get_by_text("posting", exact=True)).to_be_visible()
    _check(page, "candidate", width)
    context.close()
