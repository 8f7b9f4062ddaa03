"""What phones and screen readers meet: sideways scrolling, the header, the focus ring and
the autosave announcements."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from hiring.candidates.invitations import create_invitation
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.plans.models import OnboardingPlan
from tests.conftest import axe_violations, browser_login, expect_editor_ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOTS = Path(__file__).resolve().parents[2] / "instance" / "screenshots"


def _no_sideways_scroll(page, name: str):
    page.wait_for_load_state()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"phone-{name}.png"), full_page=True)
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{page.url} is {widths[0]} px wide in a {widths[1]} px view"
    assert [(v["id"], v["impact"]) for v in axe_violations(page)] == [], page.url


def _open_menu_with_the_keyboard(page, item: str):
    menu = page.locator(".site-header summary", has_text="Menu")
    menu.focus()
    page.keyboard.press("Enter")
    link = page.locator(".site-header .nav-compact").get_by_role("link", name=item, exact=True)
    expect(link).to_be_visible()
    page.screenshot(path=str(SHOTS / f"phone-menu-{item.lower()}.png"))
    link.focus()
    page.keyboard.press("Enter")


def test_staff_pages_fit_a_phone_and_the_header_stays_small(live_server, page):
    with live_server.app.app_context():
        assert db.session.scalars(db.select(OnboardingPlan)).first() is not None
    page.set_viewport_size({"width": 375, "height": 800})
    browser_login(page, live_server, "manager@demo.test")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 100, f"the header takes {header['height']} px of 800"
    expect(page.locator(".site-header .nav-wide")).to_be_hidden()
    _no_sideways_scroll(page, "dashboard")

    _open_menu_with_the_keyboard(page, "Plans")
    expect(page).to_have_url(re.compile(r"/plans/$"))
    _no_sideways_scroll(page, "plans")
    page.get_by_role("region", name=re.compile("^Onboarding plans")).get_by_role(
        "link").first.click()
    expect(page).to_have_url(re.compile(r"/onboarding$"))
    _no_sideways_scroll(page, "onboarding")

    _open_menu_with_the_keyboard(page, "Reports")
    expect(page).to_have_url(re.compile(r"/reports/$"))
    _no_sideways_scroll(page, "reports")


def test_wide_screens_keep_the_row_of_links(live_server, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    browser_login(page, live_server, "manager@demo.test")
    expect(page.locator(".site-header .nav-wide").get_by_role("link", name="Plans")).to_be_visible()
    expect(page.locator(".site-header .nav-compact")).to_be_hidden()


def _luminance(rgb):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a, b) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _rgb(css: str) -> tuple[int, int, int]:
    values = [float(v) for v in re.findall(r"[\d.]+", css)]
    assert len(values) == 3 or values[3] == 1, f"a translucent ring: {css}"
    return tuple(int(v) for v in values[:3])


def test_the_focus_ring_stands_out_against_white_and_the_page(live_server, page):
    page.goto(f"{live_server.url}/login")
    # White, and whatever the page paints behind its content.
    painted = page.evaluate("""() => [document.documentElement, document.body,
        document.querySelector('main')].map(e => getComputedStyle(e).backgroundColor)""")
    backgrounds = {(255, 255, 255)} | {
        _rgb(c) for c in painted if c.strip() and not c.strip().endswith(", 0)")}
    for _ in range(4):  # the skip link, then the sign-in fields and button
        page.keyboard.press("Tab")
        ring = page.evaluate("""() => {
            const s = getComputedStyle(document.activeElement);
            return [s.outlineStyle, s.outlineWidth, s.outlineColor,
                    document.activeElement.outerHTML.slice(0, 60)];
        }""")
        assert ring[0] != "none" and float(ring[1].removesuffix("px")) >= 2, ring
        for background in backgrounds:
            assert _contrast(_rgb(ring[2]), background) >= 3, ring


def test_saved_is_announced_once_a_minute_and_a_failure_at_once(live_server, page):
    with live_server.app.app_context():
        from hiring.assessments.models import Submission

        # A demo candidate who has not written yet (others have handed the test in).
        candidate = db.session.scalars(db.select(Candidate).where(
            Candidate.stage == "applied",
            ~db.select(Submission.id).where(Submission.candidate_id == Candidate.id).exists())
            .order_by(Candidate.id)).first()
        _, token = create_invitation(candidate, "writing", None, 7)
        db.session.commit()
    page.goto(f"{live_server.url}/i/{token}")
    page.get_by_role("button", name=re.compile("^(Start|Continue) writing test")).click()
    page.get_by_role("button", name="Begin").click()
    expect_editor_ready(page)
    announcer = page.locator("#save-announcer")
    assert announcer.get_attribute("role") == "status"
    assert page.locator("#save-status").get_attribute("aria-live") in (None, "off")
    page.evaluate("""() => {
        window.announced = [];
        new MutationObserver(() => window.announced.push(
            document.getElementById('save-announcer').textContent))
          .observe(document.getElementById('save-announcer'),
                   {childList: true, characterData: true, subtree: true});
    }""")
    answer = page.get_by_label(re.compile("Your (email|letter)"))
    status = page.locator("#save-status")
    for n in range(3):
        answer.click()
        page.keyboard.type(f" Sentence {n}.")
        answer.blur()
        expect(status).to_have_text(re.compile(r"^Saved "))
    assert page.evaluate("window.announced") == ["Saved"]

    page.context.set_offline(True)
    answer.click()
    page.keyboard.type(" Offline now.")
    answer.blur()
    expect(announcer).to_contain_text("Not saved")
    page.context.set_offline(False)
