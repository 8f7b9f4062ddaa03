"""The manager's and the admin's journeys from the sign-in page, by clicking and typing only,
on a desktop and a phone, with axe-core on every page visited."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from hiring.db import db
from tests.conftest import axe_violations, browser_login, nav_link

pytestmark = pytest.mark.browser

WIDTHS = [1280, 375]
SHOTS = os.environ.get("JOURNEY_SCREENSHOTS")


def _check(page, name: str, width: int) -> None:
    """No serious or critical axe violation here; a screenshot when asked for one."""
    expect(page.locator("main h1")).to_be_visible()
    assert axe_violations(page) == [], page.url
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{SHOTS}/{name}-{width}.png", full_page=True)


def _score_the_panel(app) -> None:
    """The demo interview's three panelists hand in their scorecards."""
    from sqlalchemy import select

    from hiring.interviews import services
    from hiring.interviews.models import Interview

    with app.app_context():
        interview = db.session.scalars(select(Interview)).first()
        for member, points in zip(interview.panel, ([4, 3, 4], [2, 3, 4], [3, 3, 5]),
                                  strict=True):
            card = services.scorecard_for(interview, member.user)
            rated = [q for q in interview.questions if q.rated]
            services.save_scorecard(
                card, {q.id: services.RatingInput(p, "Evidence noted") for q, p in
                       zip(rated, points, strict=True)},
                recommendation="yes", notes="", submit=True, actor=member.user)
        db.session.commit()


def _writing_score(app, name: str) -> str:
    """The candidate's writing score as the candidate page prints it ("84.85", "90")."""
    from sqlalchemy import select

    from hiring.assessments.models import Submission
    from hiring.candidates.models import Candidate

    with app.app_context():
        score = db.session.scalar(select(Submission.final_score).join(
            Candidate, Candidate.id == Submission.candidate_id).where(
            Candidate.name == name, Submission.step == "writing"))
    assert score is not None, f"{name} has no scored writing test in the demo"
    return f"{score:.2f}".rstrip("0").rstrip(".")


@pytest.mark.parametrize("width", WIDTHS)
def test_manager_journey(browser, live_server, width):
    _score_the_panel(live_server.app)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    browser_login(page, live_server, "manager@demo.test")
    _check(page, "manager-dashboard", width)

    decisions = page.get_by_role("region", name="Decisions to record")
    decisions.get_by_role("link", name=re.compile("Hannah Schmidt")).click()
    expect(page.get_by_role("heading", name="Debrief: Hannah Schmidt")).to_be_visible()
    _check(page, "manager-debrief", width)

    page.get_by_role("link", name="Hannah Schmidt: every step and its result").click()
    expect(page.get_by_role("heading", name="Hannah Schmidt", exact=True)).to_be_visible()
    steps = page.get_by_role("region", name="Steps and results")
    expect(steps.get_by_text(re.compile(re.escape(_writing_score(live_server.app,
                                                                 "Hannah Schmidt"))
                                        + " of 100"))).to_be_visible()
    expect(steps.get_by_text(re.compile(r"\d\.\d\d of 5, the panel's combined score"))) \
        .to_be_visible()
    _check(page, "manager-candidate", width)

    steps.get_by_role("link", name=re.compile("Read the submission")).click()
    expect(page).to_have_url(re.compile(r".*/assessments/review/\d+$"))
    _check(page, "manager-submission", width)
    page.go_back()

    page.get_by_role("region", name="Steps and results").get_by_role(
        "link", name=re.compile("Open the debrief")).click()
    expect(page.get_by_role("heading", name="Debrief: Hannah Schmidt")).to_be_visible()
    page.get_by_label("Make an offer").check()
    page.get_by_label("Rationale").fill("Strong prospecting plan; coach on stalled deals.")
    move = page.get_by_label("Move the candidate's stage in the same step")
    expect(move).to_be_checked()
    page.get_by_role("button", name="Record decision").click()
    expect(page.get_by_text("Decision recorded; Hannah Schmidt is now in Offer.")) \
        .to_be_visible()
    expect(page.get_by_role("heading", name="Offer to Hannah Schmidt")).to_be_visible()
    _check(page, "manager-decided", width)

    page.get_by_role("link", name="← Hannah Schmidt").click()
    expect(page.locator(".facts").get_by_text("Offer", exact=True)).to_be_visible()
    expect(page.get_by_role("region", name="Steps and results").get_by_text(
        "Decided: Make an offer")).to_be_visible()
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_admin_journey(browser, live_server, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    browser_login(page, live_server, "admin@demo.test")
    _check(page, "admin-dashboard", width)

    def from_dashboard(link: str | re.Pattern, name: str) -> None:
        nav_link(page, "Dashboard").click()
        expect(page).to_have_url(re.compile(r".*/dashboard$"))
        page.get_by_role("region", name="Administration").get_by_role("link", name=link).click()
        _check(page, name, width)

    from_dashboard("Exercise prompts", "admin-prompts")
    from_dashboard("Company fact sheet", "admin-facts")
    from_dashboard("Rubrics in use", "admin-rubrics")
    expect(page.get_by_role("heading", name="Business writing", exact=False).first) \
        .to_be_visible()
    from_dashboard("Adverse impact, per position", "admin-index")
    page.get_by_role("region", name="Adverse impact").get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(r".*/adverse-impact$"))
    _check(page, "admin-impact", width)
    from_dashboard("API tokens", "admin-tokens")
    expect(page).to_have_url(re.compile(r".*/reports/api-tokens$"))
    context.close()


PERIOD = "by the end of the twelfth full month after the hire date"


@pytest.mark.parametrize("width", WIDTHS)
def test_manager_gives_a_scorecard_one_period(browser, live_server, width):
    """A first-year scorecard: the period is typed once, a wrong one is explained beside the
    field with nothing lost, and the posting heads the outcomes with it."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    browser_login(page, live_server, "manager@demo.test")
    nav_link(page, "Positions").click()
    page.get_by_role("button", name="New position").click()
    expect(page.get_by_role("heading", name="New position")).to_be_visible()

    page.get_by_label("Title").fill("Account Executive, First-Year Scorecard")
    # The period is the next stop after the title for a keyboard user.
    page.keyboard.press("Tab")
    period = page.get_by_label("When are these outcomes due?")
    expect(period).to_be_focused()
    page.keyboard.type("When the pipeline is full")
    page.get_by_label("Outcome 1").fill("Close $1.2M in new ARR")
    page.get_by_role("button", name="Add an outcome").click()
    page.get_by_label("Outcome 2").fill("Add 12 new logos")
    expect(page.locator("#findings-2 [data-summary]")).to_have_text(
        "Not measurable yet: no deadline.")
    # Said beside the period as it is typed, before anything is saved.
    live = page.locator("#outcomes_due-live")
    expect(live).to_contain_text("“When the pipeline is full” does not say by when")
    expect(period).to_have_attribute("aria-describedby", "outcomes_due-help outcomes_due-live")
    page.get_by_role("button", name="Save position").click()

    error = page.locator("#outcomes_due-error")
    expect(error).to_contain_text("“When the pipeline is full” does not say by when")
    expect(period).to_have_value("When the pipeline is full")
    expect(period).to_have_attribute("aria-invalid", "true")
    expect(period).to_have_attribute("aria-describedby", "outcomes_due-help outcomes_due-error")
    expect(page.get_by_label("Title")).to_have_value("Account Executive, First-Year Scorecard")
    expect(page.get_by_label("Outcome 1")).to_have_value("Close $1.2M in new ARR")
    expect(page.get_by_label("Outcome 2")).to_have_value("Add 12 new logos")
    _check(page, "manager-period-error", width)

    period.fill("")
    period.press_sequentially(PERIOD, delay=2)
    # The live check re-reads every outcome against the period as it is typed.
    for n in (1, 2):
        expect(page.locator(f"#findings-{n} [data-summary]")).to_have_text(
            "Measurable: a result, a number and the list's deadline.")
    # The period serves now: neither the live message nor the one from the save is left.
    expect(live).to_be_hidden()
    expect(error).to_be_hidden()
    expect(period).not_to_have_attribute("aria-invalid", "true")
    page.get_by_label("Status").select_option(label="Open")
    page.get_by_role("button", name="Save position").click()

    expect(page.get_by_role("heading", name="Account Executive, First-Year Scorecard")) \
        .to_be_visible()
    expect(page.get_by_text(f"When these outcomes are due: {PERIOD}", exact=False)) \
        .to_be_visible()
    expect(page.locator(".badge").first).to_have_text("Open")
    _check(page, "manager-period-detail", width)

    page.get_by_role("button", name="Public posting").click()
    expect(page.get_by_role("heading", name=f"B{PERIOD[1:]}:")).to_be_visible()
    _check(page, "manager-period-posting", width)
    context.close()
