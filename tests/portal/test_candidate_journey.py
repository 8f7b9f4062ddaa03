"""The candidate's journey in a real browser, from the invitation link, by clicking alone."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from hiring.candidates.invitations import create_invitation
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.research.models import CompanyFactSheet
from tests.conftest import axe_violations, expect_editor_ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = Path(__file__).resolve().parents[2] / "instance" / "screenshots"


def _new_candidate(app, steps=("writing", "research"), name="Jordan Avery") -> dict:
    """A candidate on the first demo candidate's position, invited to `steps`."""
    with app.app_context():
        first = db.session.scalars(db.select(Candidate).order_by(Candidate.id)).first()
        candidate = Candidate(position_id=first.position_id, name=name,
                              email=f"{name.split()[0].lower()}@example.test", stage="writing")
        db.session.add(candidate)
        db.session.flush()
        tokens = {step: create_invitation(candidate, step, None, 7)[1] for step in steps}
        db.session.commit()
        company = db.session.scalars(db.select(CompanyFactSheet)).first().name
        outcomes = [o.text for o in candidate.position.outcomes]
        return {"id": candidate.id, "tokens": tokens, "company": company,
                "outcomes": outcomes, "position_id": candidate.position_id}


class Visit:
    """Checks every page the candidate reaches: axe-core, and no sideways scroll on phones."""

    def __init__(self, page, width: int):
        self.page, self.width, self.count = page, width, 0

    def check(self, name: str):
        self.count += 1
        page = self.page
        page.wait_for_load_state()
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"journey-{self.width}-{self.count:02d}-{name}.png"),
                        full_page=True)
        assert [(v["id"], v["impact"]) for v in axe_violations(page)] == [], page.url
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{page.url} scrolls sideways at {self.width} px"


def _write_and_hand_in(page, visit: Visit, box, text: str) -> int:
    expect_editor_ready(page)
    visit.check("editor")
    box.click()
    page.keyboard.type(text)
    box.blur()
    expect(page.locator("#save-status")).to_have_text(re.compile(r"^Saved \d\d:\d\d:\d\d$"))
    words = int(page.locator("#word-count").inner_text().split()[0])
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("heading", name="Your work is handed in")).to_be_visible()
    visit.check("receipt")
    return words


@pytest.mark.parametrize("width", [1280, 375])
def test_a_candidate_takes_every_step_by_clicking(live_server, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    data = _new_candidate(live_server.app)
    visit = Visit(page, width)

    page.goto(f"{live_server.url}/i/{data['tokens']['writing']}")
    expect(page.get_by_role("heading", name="Hello, Jordan Avery")).to_be_visible()
    expect(page.get_by_text(data["company"]).first).to_be_visible()
    for outcome in data["outcomes"]:
        expect(page.get_by_text(outcome)).to_be_visible()
    steps = page.locator(".step-list")
    expect(steps).to_contain_text(re.compile(r"Time limit: \d+ minutes"))
    visit.check("home")
    # The brand link stays on the candidate's side: no staff sign-in.
    assert page.locator(".site-header a.brand").get_attribute("href") == "/candidate/"

    page.get_by_role("button", name="Start writing test").click()
    visit.check("writing-start")
    page.get_by_role("button", name="Begin").click()
    answer = page.get_by_label(re.compile("Your (email|letter)"))
    words = _write_and_hand_in(page, visit, answer, "Dear Ms Weiss, I am sorry. We go live on "
                                                    "24 March. Can you confirm the window?")
    expect(page.locator("dt:text-is('Words') + dd")).to_have_text(str(words))

    page.get_by_role("link", name="Back to your application").click()
    expect(page.locator(".step-writing, .step-handed_in").first).to_contain_text("Handed in")
    visit.check("home-after-writing")
    page.get_by_role("button", name="Start company-research exercise").click()
    # The exercise names the company to research.
    expect(page.locator(".company-to-research")).to_contain_text(data["company"])
    visit.check("research-start")
    page.get_by_role("button", name="Begin").click()
    company = page.get_by_label("1. The company")
    words = _write_and_hand_in(page, visit, company,
                               f"{data['company']} runs distribution centres for food brands.")
    expect(page.locator("dt:text-is('Words') + dd")).to_have_text(str(words))

    page.get_by_role("link", name="Back to your application").click()
    next_up = page.get_by_role("region", name="What comes next")
    expect(next_up).to_contain_text("The hiring team is reviewing your work")
    expect(page.get_by_role("button", name=re.compile("^(Start|Continue) "))).to_have_count(0)
    visit.check("home-done")


def test_a_begun_step_offers_continue_and_the_interview_shows_in_local_time(live_server,
                                                                            browser):
    app = live_server.app
    data = _new_candidate(app, steps=("writing",), name="Robin Lee")
    from hiring.interviews.models import Interview

    when = (utcnow() + timedelta(days=3)).replace(hour=15, minute=30, second=0, microsecond=0)
    with app.app_context():
        db.session.add(Interview(candidate_id=data["id"], position_id=data["position_id"],
                                 scheduled_at=when, location="Video call"))
        db.session.commit()
    context = browser.new_context(timezone_id="America/Chicago", locale="en-US")
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(f"{live_server.url}/i/{data['tokens']['writing']}")
        time = page.locator("time[data-local-time]")
        assert time.get_attribute("datetime") == when.strftime("%Y-%m-%dT%H:%M:%SZ")
        expect(time).to_have_attribute("data-localised", "true")
        # 15:30 UTC is 09:30 or 10:30 in Chicago, depending on daylight saving.
        expect(time).to_contain_text(re.compile(r"(09|10):30 (AM|PM) (CST|CDT)"))
        expect(time).to_contain_text("America/Chicago")
        page.get_by_role("button", name="Start writing test").click()
        page.get_by_role("button", name="Begin").click()
        expect_editor_ready(page)
        page.get_by_role("link", name="Your application").click()
        expect(page.get_by_role("button", name="Continue writing test")).to_be_visible()
        expect(page.locator(".step-list")).to_contain_text("not handed in yet")
    finally:
        context.close()
