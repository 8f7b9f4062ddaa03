"""Staff sign-in, server-side sessions, roles and invitation links."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from hiring.auth.models import LoginSession, User
from hiring.auth.tokens import hash_token
from hiring.candidates.models import Invitation
from hiring.db import db, utcnow
from tests.conftest import PASSWORD, login


def _email(app, user_id):
    with app.app_context():
        return db.session.get(User, user_id).email


def test_sign_in_then_dashboard_then_sign_out(app, client, make_user):
    email = _email(app, make_user("manager"))
    response = login(client, email)
    assert response.headers["Location"] == "/dashboard"
    assert b"Welcome" in client.get("/dashboard").data
    response = client.post("/logout")
    assert response.headers["Location"] == "/login"
    assert "/login?next=" in client.get("/dashboard").headers["Location"]


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(app, client, make_user):
    email = _email(app, make_user("manager"))
    response = login(client, email, "wrong password here")
    assert response.status_code == 200
    assert b"do not match an active account" in response.data
    response = login(client, "nobody@example.test", "wrong password here")
    assert b"do not match an active account" in response.data


def test_inactive_account_cannot_sign_in(app, client, make_user):
    user_id = make_user("manager")
    with app.app_context():
        db.session.get(User, user_id).active = False
        db.session.commit()
    assert "Location" not in login(client, _email(app, user_id)).headers


def test_a_cookie_captured_before_sign_out_no_longer_works(app, client, make_user):
    email = _email(app, make_user("manager"))
    login(client, email)
    captured = client.get_cookie("hiring_session").value
    client.post("/logout")
    thief = app.test_client()
    thief.set_cookie("hiring_session", captured)
    response = thief.get("/dashboard")
    assert "/login?next=" in response.headers["Location"]


def test_session_id_changes_at_sign_in(app, client, make_user):
    email = _email(app, make_user("manager"))
    client.get("/login")
    before = client.get_cookie("hiring_session")
    login(client, email)
    after = client.get_cookie("hiring_session")
    assert after is not None and (before is None or before.value != after.value)
    with app.app_context():
        assert db.session.scalar(select(db.func.count(LoginSession.id))) == 1


def test_two_sign_ins_are_two_sessions_and_signing_out_ends_only_one(app, make_user):
    email = _email(app, make_user("manager"))
    laptop, phone = app.test_client(), app.test_client()
    login(laptop, email)
    login(phone, email)
    laptop.post("/logout")
    assert phone.get("/dashboard").status_code == 200


@pytest.mark.parametrize("role,allowed", [("interviewer", False), ("manager", True),
                                          ("admin", True)])
def test_roles(role, allowed):
    user = User(email="x@example.test", name="x", role=role, password_hash="")
    assert user.has_role("manager") is allowed
    assert user.has_role(role)


def test_passwords_are_hashed_with_scrypt_and_short_ones_refused(app, make_user):
    from hiring.auth.services import create_user
    from hiring.errors import HiringError

    user_id = make_user("manager")
    with app.app_context():
        stored = db.session.get(User, user_id).password_hash
        assert stored.startswith("scrypt:") and PASSWORD not in stored
        with pytest.raises(HiringError, match="at least 12 characters"):
            create_user("short@example.test", "manager", "elevenchars")


@pytest.mark.parametrize("target,expected", [
    ("/positions/3", "/positions/3"),
    ("//evil.example/x", "/dashboard"),
    ("/\\evil.example", "/dashboard"),
    ("https://evil.example/", "/dashboard"),
    ("javascript:alert(1)", "/dashboard"),
    (" /dashboard", "/dashboard"),
    ("/%0a/evil", "/%0a/evil"),
    ("/x y", "/dashboard"),
    ("/\tevil", "/dashboard"),
    ("", "/dashboard"),
])
def test_next_after_sign_in_stays_on_this_site(app, client, make_user, target, expected):
    email = _email(app, make_user("manager"))
    response = client.post("/login", query_string={"next": target},
                           data={"email": email, "password": PASSWORD})
    assert response.headers["Location"] == expected


def test_sign_in_is_rate_limited(app_config, tmp_path):
    from hiring import create_app
    from tests.conftest import base_config

    app = create_app(base_config(tmp_path, LOGIN_RATE_LIMIT="10 per minute"))
    with app.app_context():
        db.create_all()
    client = app.test_client()
    statuses = [login(client, "someone@example.test", "wrong password!").status_code
                for _ in range(12)]
    assert statuses[:10] == [200] * 10
    assert statuses[10:] == [429, 429]
    with app.app_context():
        db.engine.dispose()


# Invitations

def test_invitation_token_is_stored_only_as_a_hash(app, make_candidate, invite):
    candidate_id = make_candidate()
    token = invite(candidate_id, "writing")
    assert len(token) >= 43  # 32 random bytes, URL-safe base64
    with app.app_context():
        invitation = db.session.scalar(select(Invitation))
        assert invitation.token_hash == hash_token(token)
        assert token not in str([getattr(invitation, c.key) for c in Invitation.__table__.c])


def test_opening_a_link_gives_a_candidate_session_and_cleans_the_url(app, make_candidate,
                                                                     invite):
    candidate_id = make_candidate(name="Ada Candidate")
    token = invite(candidate_id)
    browser = app.test_client()
    response = browser.get(f"/i/{token}")
    assert response.headers["Location"] == "/candidate/"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    page = browser.get("/candidate/")
    assert b"Ada Candidate" in page.data
    assert token.encode() not in page.data
    assert page.headers["Cache-Control"] == "no-store"


def test_a_second_link_replaces_the_first(app, make_candidate, invite):
    candidate_id = make_candidate()
    first = invite(candidate_id, "writing")
    invite(candidate_id, "writing")
    response = app.test_client().get(f"/i/{first}")
    assert response.status_code == 404
    assert b"replaced or withdrawn" in response.data


def test_expired_and_unknown_links_explain_themselves_and_offer_no_data(app, make_candidate,
                                                                        invite):
    candidate_id = make_candidate(name="Secret Person")
    token = invite(candidate_id)
    with app.app_context():
        invitation = db.session.scalar(select(Invitation))
        invitation.expires_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
    response = app.test_client().get(f"/i/{token}")
    assert response.status_code == 404 and b"expired" in response.data
    assert b"Secret Person" not in response.data
    response = app.test_client().get("/i/made-up-token")
    assert response.status_code == 404 and b"not valid" in response.data


def test_revoking_a_link_ends_access_already_granted(app, make_candidate, invite):
    from hiring.candidates.invitations import revoke_invitation

    candidate_id = make_candidate()
    token = invite(candidate_id, "writing")
    browser = app.test_client()
    browser.get(f"/i/{token}")
    with app.app_context():
        from hiring.candidates.access import candidate_invitation  # noqa: F401

        revoke_invitation(db.session.scalar(select(Invitation)), None)
        db.session.commit()
    page = browser.get("/candidate/")
    assert b"You have no open steps" in page.data


def test_candidate_session_is_not_a_staff_session(app, make_candidate, candidate_client):
    browser = candidate_client(make_candidate())
    assert "/login?next=" in browser.get("/dashboard").headers["Location"]


def test_candidate_leaving_ends_the_candidate_session(app, make_candidate, candidate_client):
    browser = candidate_client(make_candidate())
    browser.post("/candidate/leave")
    assert browser.get("/candidate/").status_code == 403
