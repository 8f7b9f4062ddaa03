"""The questionnaire in Chromium: a manager sets a profile by clicking, a candidate answers
from the invitation link, autosave, resume, hand-in; accessibility at 1280 and 375 px."""

from __future__ import annotations

import os
import re

import pytest
from playwright.sync_api import expect

from hiring.candidates.invitations import create_invitation
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.suitability.models import PreferenceProfile, PreferenceResponse
from hiring.suitability.questionnaire import get_questionnaire
from tests.conftest import axe_violations, browser_login, nav_link

pytestmark = [pytest.mark.browser, pytest.mark.slow]

Q = get_questionnaire()
SHOTS = os.environ.get("SCREENSHOTS")  # a directory to keep screenshots in, when set


def shot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _invite(app, name: str) -> str:
    with app.app_context():
        candidate = db.session.scalars(db.select(Candidate).filter_by(name=name)).one()
        _, token = create_invitation(candidate, "preferences", None, 7)
        db.session.commit()
        return token


@pytest.mark.parametrize("width", [1280, 375])
def test_manager_sets_a_profile_by_clicking(live_server, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    browser_login(page, live_server, "manager@demo.test")
    nav_link(page, "Positions").click()
    page.get_by_role("link", name=re.compile("Business Development Representative")).click()
    page.get_by_role("link", name="Work preferences").click()
    expect(page.get_by_role("heading", name="Work preferences", level=1)).to_be_visible()
    assert page.get_by_label("From").first.input_value() == str(Q.traits[0].ideal[0])

    first = Q.traits[0]
    group = page.get_by_role("group", name=first.label)
    group.get_by_label("From").fill("70")
    group.get_by_label("To").fill("50")  # below the bottom: refused, nothing lost
    group.get_by_label("How this range serves the outcome").fill("Forty meetings need many "
                                                                 "first conversations.")
    page.get_by_role("button", name="Save the profile").click()
    expect(page.get_by_text("The top of the range (50) is below its bottom (70).")) \
        .to_be_visible()
    assert group.get_by_label("How this range serves the outcome").input_value() \
        .startswith("Forty meetings")
    assert axe_violations(page) == []
    shot(page, f"profile-refused-{width}")

    group.get_by_label("To").fill("100")
    for trait in Q.traits:
        box = page.get_by_role("group", name=trait.label)
        box.get_by_label("Outcome this range serves").select_option(index=1)
        reason = box.get_by_label("How this range serves the outcome")
        if not reason.input_value():
            reason.fill(f"{trait.label} helps book qualified meetings.")
    travel = page.get_by_role("group", name="Travel")
    travel.get_by_label("Required for this position").check()
    travel.get_by_label("Detail shown to the candidate").fill("one week in four")
    page.get_by_role("button", name="Save the profile").click()
    expect(page.get_by_text("The work-preference profile is saved.")).to_be_visible()
    shot(page, f"profile-saved-{width}")
    with live_server.app.app_context():
        rows = db.session.scalars(db.select(PreferenceProfile)).all()
        row = next(r for r in rows if r.traits[first.key]["low"] == 70)
        assert row.traits[first.key]["high"] == 100
        assert row.knockouts == [{"id": "travel", "detail": "one week in four"}]


def _answer_everything(page, knockouts):
    for label in knockouts:
        page.get_by_role("group", name=re.compile(label)).get_by_label("Yes").check()
    for item in Q.items:
        group = page.locator(f"#q-{item.id}")
        if item.type == "choice":
            group.get_by_label(item.a.text).check()
        else:
            group.get_by_label("Agree", exact=True).check()


@pytest.mark.parametrize("width", [1280, 375])
def test_candidate_answers_from_the_link_resumes_and_hands_in(live_server, page, width):
    app = live_server.app
    token = _invite(app, "Samira Haddad")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/i/{token}")
    page.get_by_role("button", name=re.compile(
        "^(Start|Continue) work-preference questionnaire")).click()
    form = page.locator("#questionnaire[data-ready]")
    expect(form).to_be_attached()
    expect(page.get_by_text("There are no right answers.")).to_be_visible()
    expect(page.get_by_text("Customers in the territory expect a visit within a working day."
                            )).to_be_visible()
    assert axe_violations(page) == []
    shot(page, f"take-start-{width}")

    # Keyboard: the first statement's options are real radio buttons in a fieldset.
    first = page.locator(f"#q-{Q.items[0].id}")
    first.locator("input[type=radio]").first.focus()
    page.keyboard.press("Space")
    expect(page.locator("#save-status")).to_have_text(re.compile(r"^Saved \d\d:\d\d:\d\d$"))

    # Hand in too early: the page lists what is missing.
    page.get_by_role("button", name="Hand in").click()
    expect(page.get_by_role("heading", name=re.compile("Still to answer"))).to_be_visible()
    expect(page.get_by_role("link", name="Requirement: Right to work")).to_be_visible()
    shot(page, f"take-missing-{width}")

    _answer_everything(page, ["Right to work", "Territory or location"])
    expect(page.locator("#progress")).to_have_text(f"{len(Q.items) + 2} of "
                                                   f"{len(Q.items) + 2} answered.")
    expect(page.locator("#save-status")).to_have_text(re.compile(r"^Saved "))
    page.reload()  # the answers come back from the server
    expect(page.locator("#questionnaire[data-ready]")).to_be_attached()
    assert page.locator(f"#q-{Q.items[-1].id} input:checked").count() == 1
    assert axe_violations(page) == []
    shot(page, f"take-answered-{width}")

    page.get_by_role("button", name="Hand in").click()
    expect(page.get_by_role("heading", name="Your questionnaire is handed in")).to_be_visible()
    with app.app_context():
        candidate = db.session.scalars(db.select(Candidate).filter_by(name="Samira Haddad")
                                       ).one()
        response = db.session.scalars(db.select(PreferenceResponse).filter_by(
            candidate_id=candidate.id)).one()
        assert response.is_submitted and response.eligible is True
        assert response.digest == Q.digest


def test_the_result_on_the_candidate_page(live_server, page):
    page.set_viewport_size({"width": 375, "height": 900})
    browser_login(page, live_server, "manager@demo.test")
    nav_link(page, "Positions").click()
    page.get_by_role("link", name=re.compile("Account Executive")).click()
    page.get_by_role("button", name="Candidates").click()
    page.get_by_role("link", name="Kwame Mensah").click()
    section = page.locator(".preferences-result")
    expect(section.get_by_role("heading", name="Work preferences")).to_be_visible()
    expect(section.get_by_text("Not passed")).to_be_visible()
    expect(page.get_by_text("A knock-out the position requires is not met.")).to_be_visible()
    assert axe_violations(page) == []
    shot(page, "candidate-result-375")
    page.set_viewport_size({"width": 1280, "height": 900})
    shot(page, "candidate-result-1280")
