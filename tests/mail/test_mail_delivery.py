"""Email is delivered in the background through a real SMTP server, never inside a request."""

from __future__ import annotations

import re
from email.utils import parseaddr

from sqlalchemy import select

from hiring.db import db

COMPANY, SENDER = "Acme Sales", "jobs@acme.example"


def _every_value_holding(needle: str) -> list[str]:
    found = []
    for table in db.metadata.sorted_tables:
        for row in db.session.execute(select(table)):
            if any(needle in str(value) for value in row):
                found.append(table.name)
    return found


def _message(app, message_id):
    from hiring.mail.models import OutboxMessage

    with app.app_context():
        message = db.session.get(OutboxMessage, message_id)
        db.session.expunge(message)
        return message


def _only_message_id(app):
    from hiring.mail.models import OutboxMessage

    with app.app_context():
        return db.session.scalars(select(OutboxMessage.id)).one()


def test_an_invitation_arrives_as_text_and_html_from_the_company_and_keeps_no_token(
        app, client, smtp, make_candidate, login_as, wait_for):
    candidate_id = make_candidate(name="Dana <Doe>", email="dana@example.org")
    login_as("manager")
    page = client.post(f"/candidates/{candidate_id}/invitations", data={"step": "writing"})
    assert "on its way to dana@example.org" in page.get_data(as_text=True)
    assert 'id="new-link"' not in page.get_data(as_text=True)

    message_id = _only_message_id(app)
    wait_for(lambda: _message(app, message_id).sent_at, what="the invitation to be sent")
    assert len(smtp.messages) == 1
    received = smtp.messages[0]
    assert smtp.recipients[0] == ["dana@example.org"]
    assert parseaddr(received["From"]) == (COMPANY, SENDER)
    assert received["To"] == "dana@example.org"
    assert received["Subject"] == "Account Executive: your writing test"
    assert received["Message-ID"] and received["Date"]
    text = received.get_body(("plain",)).get_content()
    html = received.get_body(("html",)).get_content()
    link = re.search(r"http\S+/i/(\S+)", text)
    token = link.group(1)
    assert f"/i/{token}" in html
    assert "Hello Dana <Doe>," in text
    assert "Hello Dana &lt;Doe&gt;," in html and "<Doe>" not in html
    assert COMPANY in text and COMPANY in html

    with app.app_context():
        assert _every_value_holding(token) == []
    kept = _message(app, message_id)
    assert "[link sent by email]" in kept.body and kept.attempts == 1 and kept.error == ""
    assert app.test_client().get(f"/i/{token}").status_code in (302, 303)


def test_a_refused_connection_leaves_the_message_waiting_and_send_again_delivers_it(
        app, client, smtp, make_candidate, login_as, wait_for):
    from tests.mail.conftest import free_port

    app.config["MAIL_PORT"] = free_port()  # nothing listens there: connection refused
    candidate_id = make_candidate(email="lee@example.org")
    login_as("manager")
    client.post(f"/candidates/{candidate_id}/invitations", data={"step": "research"})
    message_id = _only_message_id(app)
    failed = wait_for(lambda: (m := _message(app, message_id)).error and m,
                      what="the failure to be recorded")
    assert failed.sent_at is None and failed.attempts == 1
    assert "ConnectionRefusedError" in failed.error and failed.next_try_at is not None
    outbox = client.get("/candidates/outbox").get_data(as_text=True)
    assert "not sent after 1 attempt" in outbox and "ConnectionRefusedError" in outbox
    assert "Send again" in outbox and 'data-state="failed"' in outbox

    app.config["MAIL_PORT"] = smtp.port
    again = client.post(f"/candidates/outbox/{message_id}/send", follow_redirects=True)
    assert "being sent again with a fresh link" in again.get_data(as_text=True)
    sent = wait_for(lambda: (m := _message(app, message_id)).sent_at and m,
                    what="the message to be sent again")
    assert sent.attempts == 2 and sent.error == "" and sent.next_try_at is None
    token = re.search(r"/i/(\S+)", smtp.messages[0].get_body(("plain",)).get_content()).group(1)
    with app.app_context():
        assert _every_value_holding(token) == []
    assert app.test_client().get(f"/i/{token}").status_code in (302, 303)
    assert "already sent" in client.post(f"/candidates/outbox/{message_id}/send",
                                         follow_redirects=True).get_data(as_text=True)


def test_a_message_that_waited_for_email_to_be_configured_goes_with_a_fresh_link(
        app, client, smtp, make_candidate, login_as, wait_for):
    app.config["MAIL_SERVER"] = None
    candidate_id = make_candidate()
    login_as("manager")
    page = client.post(f"/candidates/{candidate_id}/invitations", data={"step": "writing"})
    first = re.search(r'id="new-link"[^>]*value="[^"]*/i/([^"]+)"',
                      page.get_data(as_text=True)).group(1)
    message_id = _only_message_id(app)
    assert _message(app, message_id).next_try_at is None
    assert "Send again" not in client.get("/candidates/outbox").get_data(as_text=True)

    app.config["MAIL_SERVER"] = "127.0.0.1"
    client.post(f"/candidates/outbox/{message_id}/send")
    wait_for(lambda: _message(app, message_id).sent_at, what="the waiting message to be sent")
    fresh = re.search(r"/i/(\S+)", smtp.messages[0].get_body(("plain",)).get_content()).group(1)
    assert fresh != first
    assert app.test_client().get(f"/i/{first}").status_code == 404
    assert app.test_client().get(f"/i/{fresh}").status_code in (302, 303)
    with app.app_context():
        assert _every_value_holding(fresh) == []


def test_send_waiting_delivers_what_waits(app, runner, smtp, make_candidate, invite):
    from hiring.candidates import services
    from hiring.candidates.models import Candidate

    app.config["MAIL_SERVER"] = None
    candidate_id = make_candidate(email="kim@example.org")
    invite(candidate_id, "writing")
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        services.deliver_invitation(candidate, candidate.invitations[0],
                                    "http://localhost/i/abc", app.config)
        db.session.commit()
    app.config["MAIL_SERVER"] = "127.0.0.1"
    result = runner.invoke(args=["mail", "send-waiting"])
    assert result.exit_code == 0, result.output
    assert "1 sent, 0 not sent" in result.output
    assert smtp.recipients == [["kim@example.org"]]
    assert runner.invoke(args=["mail", "send-waiting"]).output.strip() == "Nothing waits."


def test_a_screened_out_candidate_gets_a_courteous_message_without_the_reason_unless_ticked(
        app, client, smtp, make_candidate, login_as, wait_for):
    from hiring.mail.models import OutboxMessage

    quiet = make_candidate(email="quiet@example.org", stage="writing")
    told = make_candidate(email="told@example.org", stage="writing")
    login_as("manager")
    detail = client.get(f"/candidates/{quiet}").get_data(as_text=True)
    assert "Email the candidate a courteous decision message" in detail
    client.post(f"/candidates/{quiet}/screen-out", data={
        "reason": "other", "details": "Missed the quota outcome", "notify": "y"})
    client.post(f"/candidates/{told}/screen-out", data={
        "reason": "other", "details": "Missed the quota outcome", "notify": "y",
        "tell_reason": "y"})
    wait_for(lambda: len(smtp.messages) == 2, what="two decision messages")
    by_to = {m["To"]: m.get_body(("plain",)).get_content() for m in smtp.messages}
    assert "decided not to go ahead" in by_to["quiet@example.org"]
    assert "Missed the quota outcome" not in by_to["quiet@example.org"]
    assert "Missed the quota outcome" in by_to["told@example.org"]
    with app.app_context():
        kinds = set(db.session.scalars(select(OutboxMessage.kind)))
    assert kinds == {"decision"}
