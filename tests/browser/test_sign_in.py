"""Sign in, see the dashboard, sign out, in Chromium; no serious accessibility violations."""

from __future__ import annotations

import re

import pytest

from tests.conftest import axe_violations, browser_login

pytestmark = pytest.mark.browser


def test_sign_in_dashboard_sign_out(page, live_server):
    page.goto(f"{live_server.url}/dashboard")
    page.wait_for_url(re.compile(r".*/login\?next=.*"))
    browser_login(page, live_server, "manager@demo.test")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Welcome")
    page.get_by_role("button", name=re.compile("Sign out")).click()
    page.wait_for_url(re.compile(r".*/login$"))
    assert "You have signed out" in page.content()
    page.goto(f"{live_server.url}/dashboard")
    page.wait_for_url(re.compile(r".*/login\?next=.*"))


def test_wrong_password_is_announced(page, live_server):
    page.goto(f"{live_server.url}/login")
    page.get_by_label("Email").fill("manager@demo.test")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").inner_text().startswith("That email and password")


def test_sign_in_works_with_the_keyboard_alone(page, live_server):
    page.goto(f"{live_server.url}/login")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.get_by_label("Email").focus()
    page.keyboard.type("admin@demo.test")
    page.keyboard.press("Tab")
    page.keyboard.type("demo-password")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/dashboard$"))


@pytest.mark.parametrize("path,email", [("/login", None), ("/dashboard", "manager@demo.test"),
                                        ("/dashboard", "interviewer1@demo.test"),
                                        ("/dashboard", "admin@demo.test"),
                                        ("/assessments/prompts", "admin@demo.test"),
                                        ("/assessments/prompts/new", "admin@demo.test"),
                                        ("/assessments/positions/1/prompts",
                                         "manager@demo.test"),
                                        ("/assessments/queue", "interviewer1@demo.test")])
def test_pages_have_no_serious_accessibility_violations(page, live_server, path, email):
    if email:
        browser_login(page, live_server, email)
    page.goto(f"{live_server.url}{path}")
    assert axe_violations(page) == []


def test_phone_width_has_no_horizontal_scroll(page, live_server):
    page.set_viewport_size({"width": 375, "height": 740})
    browser_login(page, live_server, "manager@demo.test")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
