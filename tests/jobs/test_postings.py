"""Job postings, their JSON-LD, and applying through them."""

from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.jobs.models import Application
from hiring.jobs.services import RESUME_MAX_BYTES, json_ld
from hiring.mail.models import OutboxMessage

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def _form(**overrides):
    data = {"name": "Ada Byrne", "email": "ada@example.com", "phone": "",
            "answer": "The first-meetings result: I would call the operations heads I know.",
            "consent": "y", "website": ""}
    data.update(overrides)
    return data


def _ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found, "no JSON-LD on the page"
    return json.loads(found.group(1))


def _candidates(app):
    with app.app_context():
        return list(db.session.scalars(select(Candidate)))


def test_jobs_lists_open_positions_only(client, make_position):
    open_id = make_position(title="Open AE")
    make_position(title="Draft AE", status="draft")
    make_position(title="Closed AE", status="closed")
    html = client.get("/jobs/").get_data(as_text=True)
    assert f'href="/jobs/{open_id}"' in html
    assert "Draft AE" not in html and "Closed AE" not in html


def test_posting_shows_outcomes_first_pay_steps_and_privacy(client, make_position):
    from decimal import Decimal

    position_id = make_position(title="AE", target_market="Dental practices in Ohio",
                                base_salary=Decimal("80000"), variable_pay=Decimal("40000"))
    html = client.get(f"/jobs/{position_id}").get_data(as_text=True)
    assert "What you will achieve, and by when" in html
    order = [html.index(f'id="{s}-heading"') for s in ("achieve", "market", "pay", "steps",
                                                       "privacy", "apply")]
    assert order == sorted(order)
    assert "$80,000" in html and "Dental practices in Ohio" in html
    assert "Writing test" in html and "days" in html


def test_posting_json_ld_describes_the_job(client, make_position):
    from decimal import Decimal

    position_id = make_position(title="AE", base_salary=Decimal("80000"),
                                variable_pay=Decimal("40000"))
    data = _ld(client.get(f"/jobs/{position_id}").get_data(as_text=True))
    assert data["@type"] == "JobPosting" and data["title"] == "AE"
    for key in ("description", "datePosted", "validThrough", "employmentType",
                "hiringOrganization", "baseSalary"):
        assert data[key], key
    assert "jobLocation" in data or "applicantLocationRequirements" in data
    assert data["baseSalary"]["value"]["minValue"] == 80000
    assert data["baseSalary"]["value"]["maxValue"] == 120000
    assert "$500,000" in data["description"]


def test_the_period_heads_the_outcomes_on_the_posting_and_in_its_json_ld(client,
                                                                         make_position):
    period = "within 90 days of the hire date </script><b>"
    position_id = make_position(outcomes=("Add 12 new logos", "Close $1.2M in new ARR"),
                                outcomes_due=period)
    html = client.get(f"/jobs/{position_id}").get_data(as_text=True)
    main = html[html.index("<main"):]
    heading = main.index("Within 90 days of the hire date &lt;/script&gt;&lt;b&gt;:</h3>")
    assert main.index('id="achieve-heading"') < heading < main.index("Add 12 new logos")
    assert "<b>" not in main
    description = _ld(html)["description"]
    assert "<p>within 90 days of the hire date &lt;/script&gt;&lt;b&gt;:</p><ul>" in description
    # Without a period the list stands alone.
    plain = client.get(f"/jobs/{make_position()}").get_data(as_text=True)
    assert "outcomes-due-heading" not in plain
    assert "by when:</p><ul>" in _ld(plain)["description"]


def test_json_ld_cannot_end_its_script_element(client, make_position):
    title = "AE </script><script>alert(1)</script> & <!-- co"
    position_id = make_position(title=title)
    response = client.get(f"/jobs/{position_id}")
    html = response.get_data(as_text=True)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["title"] == title
    # The page's policy still allows no inline script; JSON-LD is data, never run.
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_json_ld_escapes_every_markup_character():
    text = str(json_ld({"t": "<\u2028>&"}))
    assert text == '{"t":"\\u003c\\u2028\\u003e\\u0026"}'


def test_closed_posting_says_so_with_410(client, make_position):
    position_id = make_position(title="Old AE", status="closed")
    response = client.get(f"/jobs/{position_id}")
    assert response.status_code == 410
    html = response.get_data(as_text=True)
    assert "This position is closed" in html
    assert "application/ld+json" not in html and 'name="email"' not in html
    assert client.post(f"/jobs/{position_id}", data=_form()).status_code == 410


def test_draft_posting_is_not_found(client, make_position):
    assert client.get(f"/jobs/{make_position(status='draft')}").status_code == 404


def test_applying_creates_candidate_answer_and_acknowledgement(app, client, make_position):
    position_id = make_position(title="AE")
    response = client.post(f"/jobs/{position_id}", data=_form(phone="+1 555 0100"))
    assert response.headers["Location"].endswith(f"/jobs/{position_id}/applied")
    with app.app_context():
        candidate = db.session.scalar(select(Candidate))
        assert (candidate.name, candidate.email, candidate.stage, candidate.source) == (
            "Ada Byrne", "ada@example.com", "applied", "posting")
        application = db.session.scalar(select(Application))
        assert application.candidate_id == candidate.id
        assert "operations heads" in application.answer
        message = db.session.scalar(select(OutboxMessage))
        assert message.to == "ada@example.com" and "application" in message.subject
        assert message.invitation_id is None
    followed = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "your application has arrived" in followed


def test_answer_shows_on_the_candidate_page(app, client, make_position, login_as):
    position_id = make_position()
    client.post(f"/jobs/{position_id}", data=_form())
    candidate_id = _candidates(app)[0].id
    login_as("manager")
    html = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    assert "Which of these results would you reach first" in html
    assert "operations heads" in html


@pytest.mark.parametrize("field, value", [
    ("consent", ""), ("answer", ""), ("answer", "x" * 2001), ("name", ""), ("email", "nope"),
])
def test_incomplete_application_creates_nothing(app, client, make_position, field, value):
    position_id = make_position()
    response = client.post(f"/jobs/{position_id}", data=_form(**{field: value}))
    assert response.status_code in (200, 400)
    assert _candidates(app) == []


def test_same_email_twice_changes_nothing_and_says_so(app, client, make_position):
    position_id = make_position(title="AE")
    client.post(f"/jobs/{position_id}", data=_form())
    response = client.post(f"/jobs/{position_id}",
                           data=_form(name="Someone Else", email="ADA@example.com"),
                           follow_redirects=True)
    assert "already applied for AE" in response.get_data(as_text=True)
    candidates = _candidates(app)
    assert [c.name for c in candidates] == ["Ada Byrne"]
    with app.app_context():
        assert db.session.scalar(select(db.func.count(OutboxMessage.id))) == 1


def test_filled_honeypot_is_thanked_but_creates_nothing(app, client, make_position):
    position_id = make_position()
    response = client.post(f"/jobs/{position_id}", data=_form(website="http://spam.example"))
    assert response.headers["Location"].endswith(f"/jobs/{position_id}/applied")
    assert _candidates(app) == []
    with app.app_context():
        assert db.session.scalar(select(OutboxMessage)) is None


def test_invitation_goes_out_at_once_when_the_position_says_so(app, client, make_position):
    position_id = make_position(invite_on_apply=True)
    client.post(f"/jobs/{position_id}", data=_form())
    with app.app_context():
        messages = list(db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        assert len(messages) == 2
        assert messages[1].invitation_id is not None
        assert "writing test" in messages[1].subject.lower()


# Résumés


def test_resume_is_kept_outside_static_and_served_to_managers_only(app, client, make_position,
                                                                   login_as):
    from io import BytesIO

    position_id = make_position(accepts_resume=True)
    client.post(f"/jobs/{position_id}", data=_form(resume=(BytesIO(PDF), "cv.pdf")),
                content_type="multipart/form-data")
    with app.app_context():
        application = db.session.scalar(select(Application))
        candidate_id = application.candidate_id
        stored = app.instance_path + "/resumes/" + application.resume_file
    with open(stored, "rb") as handle:
        assert handle.read() == PDF
    assert client.get(f"/jobs/resume/{candidate_id}").status_code in (302, 303)
    login_as("interviewer")
    assert client.get(f"/jobs/resume/{candidate_id}").status_code == 403
    manager = app.test_client()
    login_as("manager", client_=manager)
    response = manager.get(f"/jobs/resume/{candidate_id}")
    assert response.status_code == 200 and response.data == PDF
    assert response.mimetype == "application/pdf"
    assert "attachment" in response.headers["Content-Disposition"]
    assert "Download the résumé" in manager.get(f"/candidates/{candidate_id}").get_data(
        as_text=True)


def test_resume_must_be_a_pdf_by_its_bytes(app, client, make_position):
    from io import BytesIO

    position_id = make_position(accepts_resume=True)
    response = client.post(f"/jobs/{position_id}",
                           data=_form(resume=(BytesIO(b"MZ\x90\x00 not a pdf"), "cv.pdf")),
                           content_type="multipart/form-data")
    assert "must be a PDF" in response.get_data(as_text=True)
    assert _candidates(app) == []


def _upload(client, position_id, size):
    """Post a résumé of `size` bytes, encoded in memory (the test client would spool it to a
    temporary file it never closes)."""
    from io import BytesIO

    from werkzeug.datastructures import FileStorage, MultiDict
    from werkzeug.test import encode_multipart

    body = PDF + b"0" * (size - len(PDF))
    fields = MultiDict(_form())
    fields.add("resume", FileStorage(BytesIO(body), filename="cv.pdf",
                                     content_type="application/pdf"))
    boundary, data = encode_multipart(fields)
    return client.post(f"/jobs/{position_id}", data=data,
                       content_type=f'multipart/form-data; boundary="{boundary}"')


def test_resume_over_5_mb_is_refused(app, client, make_position):
    position_id = make_position(accepts_resume=True)
    response = _upload(client, position_id, RESUME_MAX_BYTES + 1)
    assert "larger than 5 MB" in response.get_data(as_text=True)
    assert _candidates(app) == []
    response = _upload(client, position_id, RESUME_MAX_BYTES * 2)
    assert response.status_code == 413
    assert _candidates(app) == []


def test_resume_of_exactly_5_mb_is_accepted(app, client, make_position):
    position_id = make_position(accepts_resume=True)
    _upload(client, position_id, RESUME_MAX_BYTES)
    assert len(_candidates(app)) == 1


def test_erasure_deletes_the_resume_file(app, client, make_position):
    from io import BytesIO
    from pathlib import Path

    from hiring.candidates.services import erase_candidate

    position_id = make_position(accepts_resume=True)
    client.post(f"/jobs/{position_id}", data=_form(resume=(BytesIO(PDF), "cv.pdf")),
                content_type="multipart/form-data")
    with app.app_context():
        application = db.session.scalar(select(Application))
        path = Path(app.instance_path) / "resumes" / application.resume_file
        assert path.exists()
        erase_candidate(db.session.get(Candidate, application.candidate_id), None)
        db.session.commit()
        assert db.session.scalar(select(Application)) is None
    assert not path.exists()


# Abuse


@pytest.fixture
def app_config(request):
    return getattr(request, "param", {})


@pytest.mark.parametrize("app_config", [{"APPLY_RATE_LIMIT": "3 per hour"}], indirect=True)
def test_applications_are_rate_limited_per_address(app, client, make_position):
    position_id = make_position()
    codes = [client.post(f"/jobs/{position_id}", data=_form(email=f"a{i}@example.com"))
             .status_code for i in range(4)]
    assert codes[:3] == [302, 302, 302] or all(c in (302, 303) for c in codes[:3])
    assert codes[3] == 429
    assert len(_candidates(app)) == 3
    other = app.test_client()
    response = other.post(f"/jobs/{position_id}", data=_form(email="b@example.com"),
                          environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert response.status_code in (302, 303)


@pytest.mark.parametrize("app_config", [{"WTF_CSRF_ENABLED": True}], indirect=True)
def test_application_without_csrf_token_is_refused(app, client, make_position):
    position_id = make_position()
    response = client.post(f"/jobs/{position_id}", data=_form())
    assert response.status_code == 400
    assert _candidates(app) == []
