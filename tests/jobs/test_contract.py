"""The contract checked from outside, on the demo data: list, posting, apply, email."""

from __future__ import annotations

import email
import json
import re
from email import policy

import pytest
from sqlalchemy import select

from hiring import create_app
from hiring.candidates.models import Candidate
from hiring.db import db
from tests.conftest import base_config
from tests.waiting import wait_until


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              email.message_from_bytes(envelope.content,
                                                       policy=policy.default)))
        return "250 OK"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    from tests.conftest import _free_port

    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


@pytest.fixture
def demo_app(tmp_path, smtp_server, monkeypatch):
    from hiring.config import from_environment
    from hiring.demo import load_demo

    port, _ = smtp_server
    monkeypatch.setenv("HIRING_MAIL_SERVER", "127.0.0.1")
    monkeypatch.setenv("HIRING_MAIL_PORT", str(port))
    app = create_app(base_config(tmp_path, WTF_CSRF_ENABLED=True, **from_environment()))
    with app.app_context():
        db.create_all()
        load_demo()
        db.session.commit()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_demo_postings_apply_and_acknowledgement_through_smtp(demo_app, smtp_server):
    _, inbox = smtp_server
    client = demo_app.test_client()
    listing = client.get("/jobs/").get_data(as_text=True)
    links = re.findall(r'href="(/jobs/\d+)"', listing)
    assert len(links) == 2, "each open demo position is linked"
    for link in links:
        page = client.get(link).get_data(as_text=True)
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        data = json.loads(block.group(1))
        for key in ("title", "description", "datePosted", "hiringOrganization"):
            assert data[key], key
        assert data["hiringOrganization"]["name"] == "Calder Logistics Group"

    page = client.get(links[0]).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
        r'name="csrf_token" value="([^"]+)"', page)
    response = client.post(links[0], data={
        "csrf_token": token.group(1), "name": "Rosa Varga", "email": "rosa@example.com",
        "answer": "The twelve first meetings: I start with the shippers I already serve.",
        "consent": "y"})
    assert response.status_code in (302, 303), response.get_data(as_text=True)[:400]

    with demo_app.app_context():
        candidate = db.session.scalar(select(Candidate).where(
            Candidate.email == "rosa@example.com"))
        assert candidate.stage == "applied" and candidate.source == "posting"
        position_id = candidate.position_id
    manager = demo_app.test_client()
    page = manager.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    manager.post("/login", data={"csrf_token": csrf, "email": "manager@demo.test",
                                 "password": "demo-password"})
    board = manager.get(f"/candidates/positions/{position_id}/board").get_data(as_text=True)
    assert "Rosa Varga" in board

    # Delivery happens in the background; messages the demo left waiting go out too.
    to_rosa = wait_until(lambda: [m for m in inbox.messages if m[1] == ["rosa@example.com"]],
                         "the acknowledgement to arrive")
    assert len(to_rosa) == 1
    sender, recipients, message = to_rosa[0]
    assert "careers@calder.example" in sender
    assert message["From"].addresses[0].display_name == "Calder Logistics Group"
    assert "we received your application" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "Rosa Varga" in body and "Calder Logistics Group" in body
