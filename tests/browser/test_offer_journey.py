"""A hiring manager's journey from scheduling to the onboarding plan, by clicking: their own
time zone, an interview entered in it, the decision "Make an offer", the offer, its acceptance,
and the hire's onboarding plan dated from the agreed start."""

import os
import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.conftest import axe_violations, browser_login

pytestmark = pytest.mark.browser

EMAIL = "manager@demo.test"
SHOTS = os.environ.get("JOURNEY_SHOTS")  # a folder to keep screenshots in, when set


@pytest.fixture
def panel_has_scored(live_server):
    """The demo's interview (yesterday) with every panelist's scorecard handed in."""
    from hiring.auth.models import User
    from hiring.db import db
    from hiring.interviews import services
    from hiring.interviews.models import Interview

    with live_server.app.app_context():
        interview = db.session.scalars(db.select(Interview).where(
            Interview.kind == "interview").order_by(Interview.id)).first()
        for member in interview.panel:
            user = db.session.get(User, member.user_id)
            card = services.scorecard_for(interview, user)
            rated = [q for q in interview.questions if q.rated]
            services.save_scorecard(
                card, {q.id: services.RatingInput(4, "Clear plan with numbers.") for q in rated},
                recommendation="yes", notes="", submit=True, actor=user)
        db.session.commit()
        return interview.candidate.name, interview.scheduled_at


@pytest.mark.parametrize("width", [1280, 375])
def test_a_manager_schedules_in_their_zone_offers_and_sees_the_start_on_the_plan(
        browser, live_server, panel_has_scored, width):
    from hiring.db import utcnow
    from hiring.timezones import utc_to_local

    hire, held_at = panel_has_scored
    held_in_berlin = utc_to_local(held_at, "Europe/Berlin").strftime("%Y-%m-%d %H:%M %Z")
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  timezone_id="Europe/Berlin")
    page = context.new_page()
    page.set_default_timeout(15_000)
    step = [0]

    def check(name):
        expect(page.locator("main h1")).to_be_visible()
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/offer-{width}-{step[0]:02d}-{name}.png",
                            full_page=True)
        assert axe_violations(page) == [], (name, page.url)
        step[0] += 1

    def nav(name):
        if width < 700:
            page.locator("nav .nav-compact summary").click()
            page.locator("nav .nav-compact").get_by_role("link", name=name, exact=True).click()
        else:
            page.locator("nav .nav-wide").get_by_role("link", name=name, exact=True).click()

    browser_login(page, live_server, EMAIL)

    # Their own time zone, typed into the searchable list.
    nav("Account")
    expect(page.get_by_role("heading", name="Your account")).to_be_visible()
    page.get_by_role("combobox", name="Time zone").fill("Europe/Berlin")
    page.get_by_role("button", name="Save the time zone").click()
    expect(page.get_by_text("Saved. Times are shown in Europe/Berlin.")).to_be_visible()
    check("account")

    # An interview entered in Berlin time, the day after the spring change.
    def open_schedule():
        nav("Interviews")
        page.get_by_role("region", name="Positions").get_by_role(
            "link", name="Account Executive, Mid-Market Logistics").click()
        page.get_by_role("link", name=re.compile("^Schedule an interview with")).first.click()
        expect(page.get_by_role("heading", name=re.compile("^Schedule an interview"))
               ).to_be_visible()

    open_schedule()
    draft = page.get_by_role("button", name="Draft the development plan")
    if draft.count():
        draft.click()
        expect(page.locator(".flash, [role=status], .notice").first).to_be_visible()
        open_schedule()
    expect(page.get_by_label("Date and time (Europe/Berlin)")).to_be_visible()
    check("schedule")
    checkboxes = page.locator("fieldset input[type=checkbox]")
    checkboxes.nth(0).check()
    checkboxes.nth(1).check()
    page.get_by_label("Date and time (Europe/Berlin)").fill("2030-04-01T09:30")
    page.get_by_label("Place or video link").fill("Meeting room 3")
    page.get_by_role("button", name="Schedule").click()
    expect(page.get_by_text("Interview scheduled")).to_be_visible()
    expect(page.get_by_text("2030-04-01 09:30 CEST")).to_be_visible()
    check("kit")

    # The debrief of the interview the panel has scored: "Make an offer".
    nav("Interviews")
    # Listed in the manager's zone, which names the interview among the candidate's two.
    page.get_by_role("link", name=f"{hire}, {held_in_berlin}").click()
    page.get_by_role("link", name="Debrief").click()
    expect(page.get_by_role("heading", name=f"Debrief: {hire}")).to_be_visible()
    check("debrief")
    page.get_by_label("Make an offer").check()
    page.get_by_label("Rationale").fill("Every panelist saw a clear plan with numbers behind it.")
    page.get_by_role("button", name="Record decision").click()

    # The offer form, then the acceptance.
    expect(page.get_by_role("heading", name=f"Offer to {hire}")).to_be_visible()
    expect(page.get_by_text(f"{hire} is now in Offer")).to_be_visible()
    check("offer-form")
    start = utcnow().date() + timedelta(days=35)
    page.get_by_label("Yearly base pay").fill("85000")
    page.get_by_label("Proposed start date").fill(start.isoformat())
    page.get_by_role("button", name="Record the offer").click()
    expect(page.get_by_text("Awaiting an answer")).to_be_visible()
    check("offer-open")
    page.get_by_label("Agreed start date").fill(start.isoformat())
    page.get_by_role("button", name="Record the acceptance").click()

    # The candidate at Hired; the onboarding plan dated from the agreed start.
    expect(page.get_by_role("heading", name=hire)).to_be_visible()
    expect(page.locator("dl.facts").get_by_text("Hired", exact=True)).to_be_visible()
    expect(page.get_by_text(f"starts {start:%d %B %Y}")).to_be_visible()
    check("hired")
    page.get_by_role("button", name=f"Create the onboarding plan from {start:%d %B %Y}").click()
    expect(page.get_by_text(f"week 1 starts {start.isoformat()}")).to_be_visible()
    check("onboarding")
    context.close()
