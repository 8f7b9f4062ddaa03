"""Plans pages in a real browser: keyboard and screen-reader basics, phone width, PDF flow."""

import re

import pytest

from hiring.db import db
from hiring.plans.models import DevelopmentPlan, OnboardingPlan
from tests.conftest import axe_violations, browser_login
from tests.waiting import wait_until

pytestmark = pytest.mark.browser


def _problems(page):
    return [(v["id"], [n["html"][:160] for n in v["nodes"][:3]]) for v in axe_violations(page)]


def _candidate_ids(server):
    with server.app.app_context():
        return (db.session.get(DevelopmentPlan, 1).candidate_id,
                db.session.get(OnboardingPlan, 1).candidate_id)


def test_plan_pages_pass_axe_at_phone_width_and_the_pdf_arrives(browser, live_server):
    server = live_server
    development_id, onboarding_id = _candidate_ids(server)
    context = browser.new_context(viewport={"width": 390, "height": 844}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    browser_login(page, server, "manager@demo.test")

    page.goto(f"{server.url}/plans/")
    assert page.get_by_role("heading", name="Development and onboarding plans").is_visible()
    assert _problems(page) == []

    page.goto(f"{server.url}/plans/candidates/{development_id}/development")
    assert page.get_by_role("img", name=re.compile("Timeline chart")).is_visible()
    assert _problems(page) == []
    reaction = page.get_by_role("textbox", name=re.compile("^The candidate's reaction"))
    reaction.fill("Keen; asked about month 6.")
    page.get_by_role("button", name="Record reaction").click()
    assert page.get_by_text("The candidate's reaction is recorded.").is_visible()

    page.goto(f"{server.url}/plans/candidates/{onboarding_id}/onboarding")
    assert _problems(page) == []
    before = page.locator("label[for=progress-manager]").inner_text()
    page.get_by_role("button", name=re.compile("^Mark done")).first.click()
    page.wait_for_url(re.compile(r".*/onboarding(#checklist-section)?$"))
    after = page.locator("label[for=progress-manager]").inner_text()
    assert after != before

    # Download PDF either downloads a ready PDF at once or opens the preparing page, which
    # follows the render and marks its state (data-state); a loaded machine may take minutes,
    # so the wait is on that state (or the download) with a generous deadline.
    page.goto(f"{server.url}/plans/candidates/{development_id}/development")
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    page.get_by_role("button", name="Download PDF").click()
    preparing = page.locator("[data-pdf-status]")

    def arrived():
        if downloads:
            return True
        state = preparing.get_attribute("data-state") if preparing.count() else None
        assert state != "failed", preparing.inner_text()
        return state == "ready"

    wait_until(arrived, "the PDF to be ready", seconds=300)
    if not downloads:  # the preparing page now says the plan is ready, not "Preparing"
        assert re.fullmatch(r"The development plan of .+ is ready",
                            page.get_by_role("heading", level=1).inner_text())
    pdf_url = f"{server.url}/plans/candidates/{development_id}/development.pdf"
    response = page.request.get(pdf_url)
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")

    # Now that it is ready, the button saves it at once.
    page.goto(f"{server.url}/plans/candidates/{development_id}/development")
    with page.expect_download() as saved:
        page.get_by_role("button", name="Download PDF").click()
    assert saved.value.suggested_filename == f"development-plan-{development_id}.pdf"
    context.close()
