"""Every state-changing candidate route refuses a POST without the CSRF token."""

import pytest

from hiring.candidates.models import Candidate
from hiring.db import db


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True}


def test_posts_without_token_are_refused(app, client, make_candidate, make_user):
    from tests.conftest import PASSWORD

    candidate_id = make_candidate(name="Cora Csrf")
    make_user("manager", email="csrf-manager@example.test")
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    signed_in = client.post("/login", data={"email": "csrf-manager@example.test",
                                            "password": PASSWORD, "csrf_token": token})
    assert signed_in.status_code in (302, 303)
    for path, data in [(f"/candidates/{candidate_id}/move", {"stage": "writing"}),
                       (f"/candidates/{candidate_id}/erase", {}),
                       (f"/candidates/{candidate_id}/export", {}),
                       (f"/candidates/{candidate_id}/invitations", {"step": "writing"})]:
        assert client.post(path, data=data).status_code == 400, path
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        assert candidate is not None and candidate.stage == "applied"
    # With the page's token the same move goes through.
    html = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    page_token = html.split('name="csrf_token" value="')[1].split('"')[0]
    moved = client.post(f"/candidates/{candidate_id}/move",
                        data={"stage": "writing", "csrf_token": page_token})
    assert moved.headers["Location"].endswith(f"/candidates/{candidate_id}")
