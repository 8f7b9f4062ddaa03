"""The limits on signing in and applying: counted per address and per route in a moving
window, only on the methods named, shared by every instance through Redis, and a 429 that
says when to try again."""

from __future__ import annotations

import socket

import pytest

from hiring import create_app
from hiring.auth.services import create_user
from hiring.db import db
from hiring.errors import _wait_text
from tests.conftest import PASSWORD, base_config, login


def _app(tmp_path, name: str, **config):
    app = create_app(base_config(tmp_path / name, **config))
    with app.app_context():
        db.create_all()
    return app


def _attempt(client, address: str):
    return client.post("/login", data={"email": "someone@example.test", "password": "wrong!"},
                       environ_base={"REMOTE_ADDR": address})


def test_the_limit_answers_with_when_to_try_again(tmp_path):
    app = _app(tmp_path, "one", LOGIN_RATE_LIMIT="3 per minute")
    client = app.test_client()
    assert [_attempt(client, "10.0.0.1").status_code for _ in range(3)] == [200] * 3
    refused = _attempt(client, "10.0.0.1")
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert "Try again in" in refused.get_data(as_text=True)
    json = client.post("/login", data={}, headers={"Accept": "application/json"},
                       environ_base={"REMOTE_ADDR": "10.0.0.1"})
    assert json.status_code == 429 and json.get_json()["error"].startswith("Too many attempts")
    # Another address has its own count; reading the page is never counted.
    assert _attempt(client, "10.0.0.2").status_code == 200
    assert all(client.get("/login", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code == 200
               for _ in range(5))
    with app.app_context():
        db.engine.dispose()


def test_a_refused_attempt_does_not_reach_the_view(tmp_path):
    app = _app(tmp_path, "one", LOGIN_RATE_LIMIT="1 per hour")
    client = app.test_client()
    assert login(client, "nobody@example.test", "a wrong guess").status_code == 200
    # Even the right password is refused: the guess is not checked at all.
    with app.app_context():
        create_user("ada@example.test", "manager", PASSWORD, "Ada")
        db.session.commit()
    refused = login(client, "ada@example.test")
    assert refused.status_code == 429 and "Location" not in refused.headers
    assert "Try again in an hour" in refused.get_data(as_text=True)
    with app.app_context():
        db.engine.dispose()


def test_instances_sharing_redis_count_together(tmp_path, redis_url):
    first = _app(tmp_path, "first", LOGIN_RATE_LIMIT="4 per minute",
                 RATELIMIT_STORAGE_URI=redis_url)
    second = _app(tmp_path, "second", LOGIN_RATE_LIMIT="4 per minute",
                  RATELIMIT_STORAGE_URI=redis_url)
    a, b = first.test_client(), second.test_client()
    statuses = [_attempt(client, "10.0.0.4").status_code for client in (a, b, a, b, a, b)]
    assert statuses == [200, 200, 200, 200, 429, 429]
    for app in (first, second):
        with app.app_context():
            db.engine.dispose()


@pytest.mark.parametrize(("seconds", "text"), [
    (1, "1 second"), (40, "40 seconds"), (60, "a minute"), (61, "2 minutes"),
    (3540, "59 minutes"), (3599, "an hour"), (3600, "an hour"), (3601, "2 hours"),
    (86400, "24 hours"),
])
def test_the_wait_is_said_in_words(seconds, text):
    assert _wait_text(seconds) == text


def test_a_redis_that_cannot_be_reached_leaves_each_process_counting(tmp_path):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = _app(tmp_path, "down", LOGIN_RATE_LIMIT="2 per minute",
               RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{port}/0")
    client = app.test_client()
    statuses = [_attempt(client, "10.0.0.5").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    with app.app_context():
        db.engine.dispose()
