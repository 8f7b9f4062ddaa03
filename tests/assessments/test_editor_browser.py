"""The timed editor in a real browser: begin, type, offline, online, reload, deadline."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from hiring.assessments.models import Submission
from hiring.candidates.invitations import create_invitation
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from tests.conftest import expect_editor_ready

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_take_the_writing_test_end_to_end(live_server, page):
    app = live_server.app
    with app.app_context():
        candidate = db.session.scalars(db.select(Candidate).order_by(Candidate.id)).first()
        _, token = create_invitation(candidate, "writing", None, 7)
        db.session.commit()
        candidate_id = candidate.id
    page.goto(f"{live_server.url}/i/{token}")
    page.goto(f"{live_server.url}/assessments/take/writing")
    page.get_by_role("button", name="Begin").click()
    expect_editor_ready(page)
    answer = page.get_by_label(re.compile("Your (email|letter)"))
    status = page.locator("#save-status")

    answer.fill("Dear Ms Okafor,\n\nYour new hub can reach mature times sooner.")
    answer.blur()
    expect(status).to_have_text(re.compile(r"^Saved \d\d:\d\d:\d\d$"))

    page.context.set_offline(True)
    answer.focus()
    page.keyboard.type(" Would Tuesday at ten work?")
    answer.blur()
    page.locator("#offline-banner").wait_for(state="visible")
    expect(status).to_contain_text("offline")

    page.context.set_offline(False)
    expect(status).to_have_text(re.compile(r"^Saved "))
    assert page.locator("#offline-banner").is_hidden()

    page.reload()
    expect_editor_ready(page)
    assert answer.input_value().endswith("Would Tuesday at ten work?")

    # Bring the deadline to a few seconds from now; the page re-syncs on its next save.
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id)).one()
        s.deadline_at = utcnow() + timedelta(seconds=3)
        s.closes_at = s.deadline_at + timedelta(seconds=60)
        db.session.commit()
    page.reload()
    page.get_by_role("heading", name="Your work is handed in").wait_for(timeout=15_000)
    with app.app_context():
        s = db.session.scalars(db.select(Submission).filter_by(candidate_id=candidate_id)).one()
        assert s.is_submitted and s.text.endswith("Would Tuesday at ten work?")
        assert s.analysis["measures"]["has_call_to_action"] == 1
