"""Report pages in Chromium: charts load as images under the site's policy, the pages pass axe,
work at phone width and with the keyboard; the candidate's voluntary form too."""

from __future__ import annotations

import pytest

from tests.conftest import axe_violations, browser_login

pytestmark = pytest.mark.browser


def _first_position(page, live_server):
    page.goto(f"{live_server.url}/reports/")
    return page.locator('main a[href^="/reports/positions/"]').first.get_attribute("href")


def test_dashboard_charts_load_and_tables_open(page, live_server):
    browser_login(page, live_server, "manager@demo.test")
    dashboard = _first_position(page, live_server)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server.url}{dashboard}")
    chart = page.locator("img.chart").first
    chart.wait_for()
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", chart.element_handle())
    page.get_by_text("Funnel as a table").click()
    assert page.get_by_role("table", name="Candidates per stage").is_visible()
    assert not [e for e in errors if "Content Security Policy" in e]


@pytest.mark.parametrize("suffix", ["", "/cost", "/validity", "/adverse-impact", "/compare"])
def test_report_pages_pass_axe_at_desktop_and_phone_width(page, live_server, suffix):
    browser_login(page, live_server, "admin@demo.test")
    dashboard = _first_position(page, live_server)
    page.goto(f"{live_server.url}{dashboard}{suffix}")
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 740})
    page.reload()
    assert axe_violations(page) == []
    # Wide tables scroll inside their own region, not the page.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_cost_line_is_changed_with_the_keyboard(page, live_server):
    browser_login(page, live_server, "manager@demo.test")
    dashboard = _first_position(page, live_server)
    page.goto(f"{live_server.url}{dashboard}/cost")
    field = page.get_by_label("Potential legal expenses to terminate")
    field.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("0")
    page.get_by_role("button", name="Save figures").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Your figure" in page.content()
