"""Secure by default: CSRF on every POST, headers, cookies, secret key, error pages."""

from __future__ import annotations

import pytest
from flask import url_for

from hiring import create_app
from hiring.config import from_environment
from hiring.db import db
from hiring.errors import ConfigurationError
from tests.conftest import base_config, login


@pytest.fixture
def csrf_app(tmp_path):
    app = create_app(base_config(tmp_path, WTF_CSRF_ENABLED=True))
    with app.app_context():
        db.create_all()
    yield app
    with app.app_context():
        db.engine.dispose()


def _post_routes(app):
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods:
            yield rule


def test_every_post_route_refuses_a_request_without_csrf_token(csrf_app):
    client = csrf_app.test_client()
    checked = 0
    for rule in _post_routes(csrf_app):
        values = {arg: 1 for arg in rule.arguments}
        with csrf_app.test_request_context():
            url = url_for(rule.endpoint, **values)
        for kwargs in ({"data": {"x": "1"}}, {"json": {"x": 1}}):
            response = client.post(url, **kwargs)
            assert response.status_code == 400, f"{rule.endpoint} accepted a POST without CSRF"
        checked += 1
    assert checked >= 3


def test_json_post_with_csrf_header_is_accepted(csrf_app, make_user):
    from hiring.auth.models import User

    with csrf_app.app_context():
        from hiring.auth.services import create_user

        create_user("json@example.test", "manager", "correct horse battery")
        db.session.commit()
        assert db.session.query(User).count() == 1
    client = csrf_app.test_client()
    page = client.get("/login").data.decode()
    token = page.split('name="csrf-token" content="')[1].split('"')[0]
    refused = client.post("/candidate/leave", json={})
    assert refused.status_code == 400
    accepted = client.post("/candidate/leave", json={}, headers={"X-CSRFToken": token})
    assert accepted.status_code == 200


def test_security_headers(client):
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"


def test_no_inline_script_in_pages(client):
    page = client.get("/login").data.decode()
    for chunk in page.split("<script")[1:]:
        assert chunk.split(">")[0].strip().startswith("src="), "inline script found"


def test_session_cookie_flags(app, client, make_user):
    from hiring.auth.models import User

    with app.app_context():
        email = db.session.get(User, make_user("manager")).email
    response = login(client, email)
    cookie = [v for k, v in response.headers.items() if k == "Set-Cookie"][-1]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # development over plain http


def test_production_cookies_are_secure(tmp_path):
    app = create_app(base_config(tmp_path, HIRING_ENV="production"))
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_production_without_secret_key_refuses_to_start(tmp_path):
    config = base_config(tmp_path, HIRING_ENV="production")
    del config["SECRET_KEY"]
    with pytest.raises(ConfigurationError, match="SECRET_KEY is not set"):
        create_app(config)


def test_development_key_is_generated_once_and_kept(tmp_path):
    config = base_config(tmp_path)
    del config["SECRET_KEY"]
    first = create_app(dict(config)).config["SECRET_KEY"]
    second = create_app(dict(config)).config["SECRET_KEY"]
    key_file = tmp_path / "instance" / "secret_key"
    assert first == second == key_file.read_text().strip()
    assert len(first) == 64
    assert key_file.stat().st_mode & 0o077 == 0


def test_environment_settings(monkeypatch):
    found = from_environment({"DATABASE_URL": "postgresql://u@h/d", "HIRING_INVITATION_TTL_DAYS":
                              "7", "HIRING_ENV": "production", "UNRELATED": "x"})
    assert found == {"DATABASE_URL": "postgresql://u@h/d", "INVITATION_TTL_DAYS": 7,
                     "HIRING_ENV": "production"}


def test_database_url_picks_the_psycopg_driver(tmp_path):
    from hiring.config import database_uri

    assert database_uri({"DATABASE_URL": "postgres://u@h/d"}, "/x") == \
        "postgresql+psycopg://u@h/d"
    assert database_uri({}, str(tmp_path)) == f"sqlite:///{tmp_path}/hiring.sqlite3"


def test_error_pages(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404 and b"Page not found" in response.data
    response = client.get("/no-such-page", headers={"Accept": "application/json"})
    assert response.get_json() == {"error": "There is nothing at this address.", "status": 404}


def test_a_server_error_rolls_back_and_shows_a_plain_page(app):
    from hiring.auth.access import public
    from hiring.auth.models import User

    @public
    def explode():
        db.session.add(User(email="half@example.test", name="x", role="manager",
                            password_hash="x"))
        db.session.flush()
        raise RuntimeError("boom")

    app.add_url_rule("/explode", "explode", explode)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = app.test_client().get("/explode")
    assert response.status_code == 500
    assert b"Something went wrong" in response.data and b"boom" not in response.data
    with app.app_context():
        assert db.session.query(User).filter_by(email="half@example.test").count() == 0


def test_client_address_comes_from_the_proxy_only_when_configured(tmp_path):
    from flask import request

    from hiring.auth.access import public

    def show_address():
        return request.remote_addr or ""

    for proxies, expected in ((0, "127.0.0.1"), (1, "203.0.113.9")):
        app = create_app(base_config(tmp_path, PROXY_COUNT=proxies))
        app.add_url_rule("/address", "address", public(show_address))
        response = app.test_client().get("/address", headers={"X-Forwarded-For": "203.0.113.9"},
                                         environ_base={"REMOTE_ADDR": "127.0.0.1"})
        assert response.data.decode() == expected


def test_a_broken_rubric_stops_start_up_with_every_problem(tmp_path):
    from hiring.rubrics import DEFAULT_DIRECTORY

    folder = tmp_path / "rubrics"
    folder.mkdir()
    for path in DEFAULT_DIRECTORY.glob("*.toml"):
        (folder / path.name).write_text(path.read_text())
    broken = folder / "business-writing.toml"
    broken.write_text(broken.read_text().replace('id = "business-writing"', 'id = "other"', 1))
    (folder / "empty.toml").write_text("schema = 1\n")
    with pytest.raises(ConfigurationError) as caught:
        create_app(base_config(tmp_path, RUBRICS_DIRECTORY=str(folder)))
    message = str(caught.value)
    assert "business-writing.toml" in message and "empty.toml" in message
