"""Admins change a message's wording: checked on save, previewed first, used when sending."""

from __future__ import annotations


def test_wording_is_checked_previewed_saved_and_used(app, client, smtp, login_as,
                                                     make_candidate, wait_for):
    login_as("admin")
    assert "Decision: not going ahead" in client.get("/admin/messages/").get_data(as_text=True)

    unknown = client.post("/admin/messages/decision", data={
        "subject": "Hi {{ salary }}", "body": "Hello", "action": "save"})
    text = unknown.get_data(as_text=True)
    assert "uses {{ salary }}, which this message does not have" in text
    broken = client.post("/admin/messages/decision", data={
        "subject": "Hi", "body": "Hello {% if reason %}", "action": "save"})
    assert "The message has a template error on line 1" in broken.get_data(as_text=True)

    wording = {"subject": "{{ company }} about {{ position_title }}",
               "body": "Dear {{ candidate_name }},\n\nNot this time. <b>Sorry</b>.\n"}
    preview = client.post("/admin/messages/decision", data={**wording, "action": "preview"})
    page = preview.get_data(as_text=True)
    assert "Acme Sales about Account Executive, Nordics" in page
    assert "Dear Alex Example," in page
    assert "Preview with made-up details" in page
    # A preview saves nothing.
    assert "Not this time" not in client.get("/admin/messages/decision").get_data(as_text=True)

    saved = client.post("/admin/messages/decision", data={**wording, "action": "save"},
                        follow_redirects=True)
    assert "Saved." in saved.get_data(as_text=True)

    from hiring.candidates import notices
    from hiring.candidates.models import Candidate
    from hiring.db import db

    candidate_id = make_candidate(name="Robin <R>", email="robin@example.org")
    with app.test_request_context():
        notices.decision(db.session.get(Candidate, candidate_id))
        db.session.commit()
    wait_for(lambda: smtp.messages, what="the decision message")
    received = smtp.messages[0]
    assert received["Subject"] == "Acme Sales about Account Executive"
    assert "Dear Robin <R>," in received.get_body(("plain",)).get_content()
    html = received.get_body(("html",)).get_content()
    assert "Dear Robin &lt;R&gt;," in html and "&lt;b&gt;Sorry&lt;/b&gt;" in html

    reset = client.post("/admin/messages/decision/reset", follow_redirects=True)
    assert "Back to the default wording" in reset.get_data(as_text=True)
