"""The board and candidate page in Chromium: keyboard moves with confirmation, phone width,
no serious accessibility violations."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from tests.conftest import axe_violations, browser_login

pytestmark = pytest.mark.browser


def _position_with_applicant(live_server):
    from hiring.candidates.models import Candidate
    from hiring.db import db

    with live_server.app.app_context():
        candidate = db.session.scalars(select(Candidate).where(
            Candidate.stage == "applied").order_by(Candidate.id)).first()
        return candidate.position_id, candidate.id, candidate.name


def test_move_from_the_board_with_the_keyboard_and_a_confirmation(page, live_server):
    position_id, candidate_id, name = _position_with_applicant(live_server)
    browser_login(page, live_server, "manager@demo.test")
    page.goto(f"{live_server.url}/candidates/positions/{position_id}/board")
    assert page.get_by_role("heading", level=1).inner_text().endswith("candidates")
    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.accept()))
    button = page.locator(f'form[data-confirm="Move {name} to Writing test?"] button')
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf".*/candidates/{candidate_id}$"))
    assert questions == [f"Move {name} to Writing test?"]
    assert "moved to Writing test" in page.get_by_role("status").first.inner_text()

    from hiring.candidates.models import Candidate
    from hiring.db import db

    with live_server.app.app_context():
        assert db.session.get(Candidate, candidate_id).stage == "writing"


def test_dismissing_the_confirmation_changes_nothing(page, live_server):
    position_id, candidate_id, name = _position_with_applicant(live_server)
    browser_login(page, live_server, "manager@demo.test")
    page.goto(f"{live_server.url}/candidates/{candidate_id}")
    questions, posts = [], []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Move to Writing test").click()
    # The confirmation is answered inside the click: once it returns, the submit handler has
    # run and refused, so no request can follow.
    assert len(questions) == 1 and questions[0].startswith(f"Move {name} ")
    page.evaluate("() => new Promise(requestAnimationFrame)")
    assert posts == []
    assert page.url.endswith(f"/candidates/{candidate_id}")
    from hiring.candidates.models import Candidate
    from hiring.db import db

    with live_server.app.app_context():
        assert db.session.get(Candidate, candidate_id).stage == "applied"


def _invite(live_server, candidate_id: int) -> str:
    from hiring.candidates.invitations import create_invitation
    from hiring.candidates.models import Candidate
    from hiring.db import db

    with live_server.app.app_context():
        _, token = create_invitation(db.session.get(Candidate, candidate_id), "writing", None, 14)
        db.session.commit()
    return token


def test_candidate_status_page_is_accessible_on_a_phone(page, live_server):
    _, candidate_id, name = _position_with_applicant(live_server)
    token = _invite(live_server, candidate_id)
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server.url}/i/{token}")
    page.get_by_role("link", name="See your progress").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your progress"
    assert "Writing test" in page.content()
    assert axe_violations(page) == []


@pytest.mark.parametrize("width", [1280, 375])
def test_board_and_candidate_page_are_accessible(page, live_server, width):
    position_id, candidate_id, _ = _position_with_applicant(live_server)
    _invite(live_server, candidate_id)
    page.set_viewport_size({"width": width, "height": 800})
    browser_login(page, live_server, "manager@demo.test")
    for path in (f"/candidates/positions/{position_id}/board", f"/candidates/{candidate_id}",
                 "/candidates/audit", "/candidates/outbox"):
        page.goto(live_server.url + path)
        assert axe_violations(page) == [], path
        # Nothing in the page's content reaches past the screen's edge at phone width
        # (wide tables scroll inside their own box).
        overflow = page.evaluate("""() => Array.from(document.querySelectorAll('main *'))
            .filter(el => !el.closest('.table-scroll'))
            .map(el => el.getBoundingClientRect().right - window.innerWidth)
            .filter(over => over > 1).length""")
        assert overflow == 0, (path, overflow)
