"""The development plan reaches the candidate before the first interview: a manager shares it
by clicking, and the candidate, from the invitation link, reads it and writes back."""

import os
import re
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import expect

from hiring.candidates.invitations import create_invitation
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.plans import services
from tests.conftest import axe_violations, browser_login

pytestmark = pytest.mark.browser

WIDTHS = [1280, 375]
SHOTS = os.environ.get("JOURNEY_SCREENSHOTS")
NAME = "Noor Castellanos"
WORDS = "The month 6 pipeline target looks right; I would like more coaching in month 2."


def _check(page, name: str, width: int) -> None:
    """No serious or critical axe violation, no sideways scroll; a screenshot when asked."""
    expect(page.locator("main h1")).to_be_visible()
    assert axe_violations(page) == [], page.url
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{page.url} scrolls sideways at {width} px"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/plan-share-{name}-{width}.png", full_page=True)


def _candidate_with_a_plan(app) -> tuple[str, list[str]]:
    """A candidate before the first interview with a drafted plan; their invitation token."""
    with app.app_context():
        first = db.session.scalars(db.select(Candidate).order_by(Candidate.id)).first()
        candidate = Candidate(position_id=first.position_id, name=NAME,
                              email="noor@example.test", stage="interview")
        db.session.add(candidate)
        db.session.flush()
        plan = services.draft_development_plan(candidate, None, date(2027, 3, 1))
        services.record_reaction(plan, None, "Panel only: probe the month 6 target.")
        _, token = create_invitation(candidate, "writing", None, 7)
        db.session.commit()
        return token, [m.title for m in plan.milestones]


@pytest.mark.parametrize("width", WIDTHS)
def test_a_shared_plan_is_read_and_answered_by_the_candidate(browser, live_server, width):
    token, milestones = _candidate_with_a_plan(live_server.app)
    staff = browser.new_context(viewport={"width": width, "height": 900})
    manager = staff.new_page()
    manager.set_default_timeout(30_000)
    browser_login(manager, live_server, "manager@demo.test")
    if width < 600:  # phones show the staff links behind one "Menu" button
        manager.locator(".site-header summary", has_text="Menu").click()
    manager.get_by_role("link", name="Plans", exact=True).filter(visible=True).click()
    expect(manager.get_by_role("heading", name="Development and onboarding plans")) \
        .to_be_visible()
    manager.get_by_role("link", name=NAME, exact=True).click()
    expect(manager.get_by_role("heading", name=f"First-year development plan: {NAME}")) \
        .to_be_visible()
    expect(manager.get_by_text("Only the hiring team sees this plan.")).to_be_visible()
    _check(manager, "manager-before", width)
    manager.get_by_role("button", name="Share with the candidate").click()
    expect(manager.get_by_text(re.compile(f"The plan is shared: {NAME} can read it"))) \
        .to_be_visible()
    expect(manager.get_by_role("button", name="Stop sharing")).to_be_visible()
    _check(manager, "manager-shared", width)

    own = browser.new_context(viewport={"width": width, "height": 900})
    candidate = own.new_page()
    candidate.set_default_timeout(30_000)
    candidate.goto(f"{live_server.url}/i/{token}")
    expect(candidate.get_by_role("heading", name=f"Hello, {NAME}")).to_be_visible()
    _check(candidate, "candidate-home", width)
    candidate.get_by_role("button", name="Read the development plan").click()
    expect(candidate.get_by_role("heading", name="Your first-year development plan", level=1)) \
        .to_be_visible()
    for title in milestones:
        expect(candidate.get_by_text(title, exact=True)).to_be_visible()
    for heading in ("Destination", "Route and milestones", "Learning areas", "Coaching rhythm"):
        expect(candidate.get_by_role("heading", name=heading)).to_be_visible()
    expect(candidate.get_by_text("Panel only")).to_have_count(0)
    expect(candidate.get_by_role("button", name="Download the plan as a PDF")).to_be_visible()
    _check(candidate, "candidate-plan", width)
    candidate.get_by_label("Your reaction to the plan").fill(WORDS)
    candidate.get_by_role("button", name="Send my reaction").click()
    expect(candidate.get_by_text("your reaction is saved")).to_be_visible()
    expect(candidate.get_by_label("Your reaction to the plan")).to_have_value(WORDS)
    _check(candidate, "candidate-answered", width)
    candidate.get_by_role("link", name="Back to your application").click()
    expect(candidate.get_by_text(re.compile("You wrote back on"))).to_be_visible()
    own.close()

    manager.get_by_role("link", name="All plans").click()
    manager.get_by_role("link", name=NAME, exact=True).click()
    sharing = manager.get_by_role("region", name="Shared with the candidate")
    expect(sharing.get_by_text(WORDS)).to_be_visible()
    _check(manager, "manager-reads-the-answer", width)
    staff.close()
