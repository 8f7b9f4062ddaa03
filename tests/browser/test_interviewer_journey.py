"""An interviewer's whole journey by clicking: reviews given to them, the kit, the scorecard,
the debrief. It starts at sign-in; after that only clicks and typing move it on."""

import os
import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from tests.conftest import axe_violations, browser_login, nav_link

pytestmark = pytest.mark.browser

EMAIL = "interviewer1@demo.test"
SHOTS = os.environ.get("JOURNEY_SHOTS")  # a folder to keep screenshots in, when set


@pytest.fixture
def started_interview(live_server):
    """The demo interviewer's interviews began an hour ago, whatever the demo's dates."""
    from hiring.auth.models import User
    from hiring.db import db, utcnow
    from hiring.interviews.models import Interview, PanelMember

    with live_server.app.app_context():
        user = db.session.scalar(db.select(User).where(User.email == EMAIL))
        interviews = db.session.scalars(db.select(Interview).join(PanelMember).where(
            PanelMember.user_id == user.id)).all()
        assert interviews, "the demo gives the interviewer a panel"
        for interview in interviews:
            interview.scheduled_at = utcnow() - timedelta(hours=1)
        db.session.commit()
        return interviews[0].candidate.name


@pytest.mark.parametrize("width", [1280, 375])
def test_an_interviewer_goes_from_the_dashboard_to_the_debrief_by_clicking(
        browser, live_server, started_interview, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    visited = []

    def check(name):
        expect(page.locator("main h1")).to_be_visible()
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/{width}-{len(visited):02d}-{name}.png",
                            full_page=True)
        assert axe_violations(page) == [], (name, page.url)
        visited.append(name)

    browser_login(page, live_server, EMAIL)
    check("dashboard")

    # The work given to them, listed on the dashboard; then every review in the queue, each
    # rated on their own.
    work = page.get_by_role("region", name="Work to review")
    expect(work).to_be_visible()
    work.get_by_text("Review queue", exact=True).click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    check("queue")
    reviewed = 0
    while page.get_by_role("cell", name="To do").count():
        row = page.get_by_role("row").filter(has=page.get_by_role("cell", name="To do")).first
        row.get_by_role("link").click()
        expect(page.get_by_role("heading", name=re.compile("^Review "))).to_be_visible()
        check(f"review-{reviewed}")
        fieldsets = page.locator("form fieldset")
        assert fieldsets.count() > 0
        for index in range(fieldsets.count()):
            fieldset = fieldsets.nth(index)
            radios = fieldset.get_by_role("radio")
            for r in range(radios.count()):
                assert not radios.nth(r).is_checked(), "no level is chosen for the reviewer"
            radios.first.check()
            fieldset.get_by_role("textbox").fill("Read on my own before the suggestion.")
        page.get_by_role("button", name="Submit my review").click()
        expect(page.get_by_text("Your review is recorded.")).to_be_visible()
        reviewed += 1
        nav_link(page, "Reviews").click()
        expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    assert reviewed >= 1
    expect(page.get_by_text("Nothing is waiting for your review.")).to_be_visible()
    nav_link(page, "Dashboard").click()
    expect(page.get_by_role("region", name="Work to review").get_by_text(
        "Nothing is waiting for your review.")).to_be_visible()

    # Their interviews, the kit, the scorecard (open: the interview has started).
    nav_link(page, "Interviews").click()
    expect(page.get_by_role("heading", name="Interviews", exact=True)).to_be_visible()
    check("interviews")
    page.get_by_role("link", name=started_interview).first.click()
    expect(page.get_by_role("heading", name=f"Interview kit: {started_interview}")).to_be_visible()
    check("kit")
    page.get_by_role("link", name="Your scorecard").click()
    expect(page.get_by_role("heading", name=f"Your scorecard: {started_interview}")).to_be_visible()
    check("scorecard")
    scales = page.locator("fieldset.scale")
    assert scales.count() > 0
    for index in range(scales.count()):
        scales.nth(index).get_by_label("4", exact=True).check()
        scales.nth(index).get_by_role("textbox").fill(f"Evidence for question {index + 1}")
    page.get_by_label("Hire", exact=True).check()
    page.get_by_role("button", name="Submit scorecard").click()

    # Their card is in: the debrief opens.
    expect(page.get_by_role("heading", name=f"Debrief: {started_interview}")).to_be_visible()
    check("debrief")
    assert visited[-1] == "debrief" and "/debrief" in page.url
    context.close()
