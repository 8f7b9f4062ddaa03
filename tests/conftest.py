"""Fixtures shared by every test: an app on a temporary SQLite database, factories that
return ids, sign-in helpers, PostgreSQL and browser fixtures.

Under CI=true the PostgreSQL and browser tests must run: a missing service fails them
instead of skipping them.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from hiring import create_app
from hiring.db import db
from tests.waiting import wait_until

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/test")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "correct horse battery"
# A loaded test machine renders PDFs many times slower than a server; generous time limits keep
# a slow render from failing a test that checks what the PDF says, not how fast it comes.
os.environ.setdefault("HIRING_PDF_RENDER_SECONDS", "300")
os.environ.setdefault("HIRING_PDF_WAIT_SECONDS", "300")


def missing_service(reason: str):
    """Skip outside CI; fail under CI, where nothing may be skipped."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: this test must run)")
    pytest.skip(reason)


def base_config(tmp_path: Path, database_uri: str | None = None, **overrides) -> dict:
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key",
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "SQLALCHEMY_DATABASE_URI": database_uri or f"sqlite:///{tmp_path / 'test.sqlite3'}",
        "WTF_CSRF_ENABLED": False,
        "LOGIN_RATE_LIMIT": "10000 per minute",
        "RATELIMIT_STORAGE_URI": "memory://",
    }
    config.update(overrides)
    return config


@pytest.fixture
def app_config():
    """Overrides for the `app` fixture; a test module may redefine this fixture."""
    return {}


@pytest.fixture
def app(tmp_path, app_config):
    app = create_app(base_config(tmp_path, **app_config))
    with app.app_context():
        db.create_all()
    yield app
    _drop_background_renders()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def _drop_background_renders():
    """PDFs a test queued or is still rendering are of no use to the next test; left to run
    they pile up, and a later test waits minutes behind them for a free renderer."""
    from hiring.pdf.background import cancel_waiting
    from hiring.pdf.pool import stop_busy_pool

    cancel_waiting()
    stop_busy_pool()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


# Factories: each returns the id of what it made.

@pytest.fixture
def make_user(app):
    counter = iter(range(1, 10_000))

    def make(role: str = "manager", email: str | None = None, password: str = PASSWORD,
             name: str = "") -> int:
        from hiring.auth.services import create_user

        with app.app_context():
            user = create_user(email or f"{role}{next(counter)}@example.test", role, password,
                               name)
            db.session.commit()
            return user.id

    return make


@pytest.fixture
def make_position(app, make_user):
    def make(title: str = "Account Executive", status: str = "open",
             outcomes: tuple[str, ...] = ("Billings of $500,000 from four new customers by "
                                          "the end of your tenth month.",),
             **fields) -> int:
        from hiring.positions.models import Outcome, Position

        with app.app_context():
            position = Position(title=title, status=status, **fields)
            position.outcomes = [Outcome(sort_order=i, text=t) for i, t in enumerate(outcomes)]
            db.session.add(position)
            db.session.commit()
            return position.id

    return make


@pytest.fixture
def make_candidate(app, make_position):
    counter = iter(range(1, 100_000))

    def make(position_id: int | None = None, name: str | None = None, email: str | None = None,
             stage: str = "applied", **fields) -> int:
        from hiring.candidates.models import Candidate

        with app.app_context():
            n = next(counter)
            candidate = Candidate(position_id=position_id or make_position(),
                                  name=name or f"Candidate {n}",
                                  email=email or f"candidate{n}@example.com", stage=stage,
                                  **fields)
            db.session.add(candidate)
            db.session.commit()
            return candidate.id

    return make


@pytest.fixture
def invite(app):
    """Create an invitation link for a candidate and step; returns the raw token."""

    def make(candidate_id: int, step: str = "writing", ttl_days: int = 14) -> str:
        from hiring.candidates.invitations import create_invitation
        from hiring.candidates.models import Candidate

        with app.app_context():
            candidate = db.session.get(Candidate, candidate_id)
            _, token = create_invitation(candidate, step, None, ttl_days)
            db.session.commit()
            return token

    return make


def login(client, email: str, password: str = PASSWORD):
    return client.post("/login", data={"email": email, "password": password})


@pytest.fixture
def login_as(app, client, make_user):
    """Sign `client` (or another client) in as a new user with `role`; returns the user id."""

    def sign_in(role: str, client_=None, **user_fields) -> int:
        from hiring.auth.models import User

        user_id = make_user(role, **user_fields)
        with app.app_context():
            email = db.session.get(User, user_id).email
        response = login(client_ or client, email)
        assert response.status_code in (302, 303), response.data[:500]
        return user_id

    return sign_in


@pytest.fixture
def candidate_client(app, invite):
    """A fresh client holding a candidate session for `candidate_id` and `step`."""

    def make(candidate_id: int, step: str = "writing"):
        browser = app.test_client()
        response = browser.get(f"/i/{invite(candidate_id, step)}")
        assert response.status_code in (302, 303), response.data[:500]
        return browser

    return make


# PostgreSQL

def _postgres_available() -> bool:
    url = make_url(POSTGRES_URL)
    try:
        with socket.create_connection((url.host or "127.0.0.1", url.port or 5432), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture
def postgres_database():
    """An empty PostgreSQL database of its own, dropped afterwards; yields its URL."""
    if not _postgres_available():
        missing_service(f"PostgreSQL is not reachable at {make_url(POSTGRES_URL).host}:"
                        f"{make_url(POSTGRES_URL).port}")
    name = f"hiring_test_{uuid.uuid4().hex[:12]}"
    # No pool: a test may restart the server, and every statement here gets a fresh connection.
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name)
    yield url.render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"),
            {"name": name})
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture
def pg_app(tmp_path, postgres_database):
    app = create_app(base_config(tmp_path, postgres_database))
    with app.app_context():
        db.create_all()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


# Browser

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    def __init__(self, app):
        from werkzeug.serving import make_server

        self.app = app
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = make_server("127.0.0.1", self.port, app, threaded=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._server.shutdown()
        self._thread.join(timeout=5)


@pytest.fixture
def live_server(tmp_path):
    """The portal with the demo data, served on a free local port."""
    from hiring.demo import load_demo

    app = create_app(base_config(tmp_path, WTF_CSRF_ENABLED=True))
    with app.app_context():
        db.create_all()
        load_demo()
        db.session.commit()
    server = LiveServer(app).start()
    yield server
    server.stop()
    _drop_background_renders()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        missing_service(f"Chromium is not installed at {CHROMIUM} "
                        "(apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(20_000)  # an upper bound for a loaded machine; tests wait for states
    yield page
    context.close()


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """axe-core's violations of the given impacts on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in impacts]


def browser_login(page, server, email: str, password: str = "demo-password"):
    page.goto(f"{server.url}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/dashboard$"))


def expect_editor_ready(page):
    """Wait until the timed editor's script has started (it sets data-ready on #editor)."""
    from playwright.sync_api import expect

    expect(page.locator("#editor")).to_have_attribute("data-ready", "true")


PHONE_MAX_WIDTH = 767  # static/css/app.css: below this the staff links fold into "Menu"


def nav_link(page, name: str):
    """A link of the staff header by its text; on a phone, the "Menu" is opened first."""
    header = page.locator(".site-header")
    if (page.viewport_size or {}).get("width", 1280) <= PHONE_MAX_WIDTH:
        menu = header.locator(".nav-compact details")
        if menu.get_attribute("open") is None:
            menu.locator("summary").click()
        return menu.get_by_role("link", name=name, exact=True)
    return header.locator(".nav-wide").get_by_role("link", name=name, exact=True)


@pytest.fixture
def redis_url(tmp_path):
    """A redis-server of the test's own, on a free port, stopped after it."""
    server = shutil.which("redis-server")
    if server is None:
        missing_service("redis-server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    from redis import Redis

    def answers() -> bool:
        try:
            return bool(Redis.from_url(url).ping())
        except Exception:  # not listening yet
            assert process.poll() is None, "redis-server exited"
            return False

    try:
        wait_until(answers, "redis-server to answer", seconds=60)
    except AssertionError:
        process.kill()
        raise
    yield url
    process.terminate()
    process.wait(timeout=10)
