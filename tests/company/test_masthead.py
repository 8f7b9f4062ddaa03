"""The page header's company name, colour and logo: read once per COMPANY_MASTHEAD_SECONDS by
each app process, renewed at once where the settings are saved, within that time elsewhere."""

from __future__ import annotations

import pytest
from sqlalchemy import event

import hiring.company.services as services
from hiring import create_app
from hiring.db import db
from tests.company.test_settings import _form
from tests.conftest import base_config


def _reads_of_settings(app, client, path: str) -> tuple[int, str]:
    """How many statements read company_settings while `path` was served, and the page."""
    seen = []

    def record(conn, cursor, statement, *args):
        seen.append(statement)

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute", record)
    try:
        page = client.get(path).get_data(as_text=True)
    finally:
        with app.app_context():
            event.remove(db.engine, "before_cursor_execute", record)
    return sum("FROM company_settings" in s for s in seen), page


def test_the_header_is_read_once_then_kept(app, client, login_as):
    login_as("admin")
    client.post("/company/settings", data=_form(name="Acme Freight"))
    visitor = app.test_client()
    first, page = _reads_of_settings(app, visitor, "/login")
    assert first == 1 and "Acme Freight" in page
    again, page = _reads_of_settings(app, visitor, "/login")
    assert again == 0 and "Acme Freight" in page


def test_saving_renews_the_header_here_at_once(app, client, login_as):
    login_as("admin")
    client.post("/company/settings", data=_form(name="Acme Freight"))
    visitor = app.test_client()
    assert "Acme Freight" in visitor.get("/login").get_data(as_text=True)
    client.post("/company/settings", data=_form(name="Brightline Cold Chain"))
    assert "Brightline Cold Chain" in visitor.get("/login").get_data(as_text=True)


@pytest.fixture
def other_instance(app, tmp_path):
    """A second app process on the same database, as another instance would be."""
    other = create_app(base_config(tmp_path, app.config["SQLALCHEMY_DATABASE_URI"],
                                   COMPANY_MASTHEAD_SECONDS=60))
    yield other
    with other.app_context():
        db.engine.dispose()


def test_another_instance_shows_a_change_within_the_masthead_time(app, client, login_as,
                                                                  other_instance, monkeypatch):
    login_as("admin")
    client.post("/company/settings", data=_form(name="Acme Freight"))
    elsewhere = other_instance.test_client()
    assert "Acme Freight" in elsewhere.get("/login").get_data(as_text=True)
    client.post("/company/settings", data=_form(name="Brightline Cold Chain"))
    assert "Acme Freight" in elsewhere.get("/login").get_data(as_text=True)
    later = services.monotonic() + 61
    monkeypatch.setattr(services, "monotonic", lambda: later)
    assert "Brightline Cold Chain" in elsewhere.get("/login").get_data(as_text=True)
