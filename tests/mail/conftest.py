"""A real SMTP server for the test (aiosmtpd), the app pointed at it, and a bounded wait."""

from __future__ import annotations

import email
import socket
import threading
import time
from email.policy import default

import pytest

COMPANY = "Acme Sales"
SENDER = "jobs@acme.example"


class Received:
    """What the SMTP server was handed: parsed messages and their envelopes."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.recipients: list[list[str]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.content, policy=default))
            self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    received = Received()
    controller = Controller(received, hostname="127.0.0.1", port=free_port())
    controller.start()
    received.port = controller.port
    yield received
    controller.stop()


def mail_config(port: int) -> dict:
    return {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": port, "MAIL_USE_TLS": False,
            "MAIL_DEFAULT_SENDER": SENDER, "MAIL_TIMEOUT": 5, "COMPANY_NAME": COMPANY}


@pytest.fixture
def app_config(smtp):
    return mail_config(smtp.port)


@pytest.fixture(autouse=True)
def _stop_sender(app):
    yield
    from hiring.mail import sending

    sending.sender_for(app).stop()


def poll(condition, timeout: float = 15.0, what: str = "the condition"):
    """Poll `condition` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        pause.wait(0.02)


@pytest.fixture
def wait_for():
    return poll
