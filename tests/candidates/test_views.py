"""The candidate pages as a manager and as a candidate uses them."""

import io
import re
from datetime import timedelta

from sqlalchemy import select

from hiring.candidates.models import Candidate, Invitation
from hiring.db import db, utcnow
from hiring.mail.models import OutboxMessage


def _stage(app, candidate_id):
    with app.app_context():
        return db.session.get(Candidate, candidate_id).stage


def test_board_shows_counts_and_moves_with_a_button(app, client, login_as, make_position,
                                                    make_candidate):
    login_as("manager")
    position_id = make_position(title="Field Sales")
    ada = make_candidate(position_id, name="Ada Active")
    make_candidate(position_id, name="Bob Writer", stage="writing")
    page = client.get(f"/candidates/positions/{position_id}/board")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Ada Active" in html and "Bob Writer" in html
    assert re.search(r'Applied <span class="badge">1</span>', html)
    assert 'data-confirm="Move Ada Active to Writing test?"' in html

    moved = client.post(f"/candidates/{ada}/move", data={"stage": "writing"})
    assert moved.headers["Location"].endswith(f"/candidates/{ada}")
    assert _stage(app, ada) == "writing"

    refused = client.post(f"/candidates/{ada}/move", data={"stage": "hired"},
                          follow_redirects=True)
    assert "Make an offer (Decision, then Offer) before hiring" in refused.get_data(as_text=True)
    assert _stage(app, ada) == "writing"


def test_board_cards_keep_the_script_root_the_token_and_the_escaping(
        client, login_as, make_position, make_candidate):
    """Each card's links and move form are built from one URL per kind of link: under a
    script root they keep it, every form carries the page's CSRF token, and a name is
    escaped in the link, the button's confirmation and the steps' label."""
    login_as("manager")
    position_id = make_position()
    ada = make_candidate(position_id, name="Ada Active")
    odd = make_candidate(position_id, name='Bo <b>"Q"</b>', stage="writing")
    html = client.get(f"/candidates/positions/{position_id}/board",
                      base_url="http://localhost/hiring").get_data(as_text=True)
    for candidate_id in (ada, odd):
        assert f'<a href="/hiring/candidates/{candidate_id}">' in html
        assert f'action="/hiring/candidates/{candidate_id}/move"' in html
    token = re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)
    assert html.count('name="csrf_token" value="') == html.count(f'value="{token}"') >= 3
    assert "Bo &lt;b&gt;&#34;Q&#34;&lt;/b&gt;</a>" in html
    assert 'data-confirm="Move Bo &lt;b&gt;&#34;Q&#34;&lt;/b&gt; to Research exercise?"' in html
    assert "<b>" not in html


def test_board_filters_one_stage_and_pages(client, login_as, make_position, make_candidate):
    login_as("manager")
    position_id = make_position()
    for i in range(55):
        make_candidate(position_id, name=f"Person {i:02d}", stage="research")
    url = f"/candidates/positions/{position_id}/board?stage=research&sort=name"
    first = client.get(url).get_data(as_text=True)
    assert "Person 00" in first and "Person 49" in first and "Person 50" not in first
    assert "Page 1 of 2" in first
    second = client.get(url + "&page=2").get_data(as_text=True)
    assert "Person 54" in second and "Person 00" not in second
    found = client.get(f"/candidates/positions/{position_id}/board?q=person 07")
    assert "1 candidate matching" in found.get_data(as_text=True)


def test_duplicate_email_links_to_the_existing_record(client, login_as, make_position,
                                                      make_candidate):
    login_as("manager")
    position_id = make_position()
    existing = make_candidate(position_id, email="same@example.com")
    response = client.post(f"/candidates/positions/{position_id}/new",
                           data={"name": "Someone", "email": "SAME@example.com"})
    html = response.get_data(as_text=True)
    assert "already a candidate" in html
    assert f'href="/candidates/{existing}"' in html


def test_manager_corrects_a_candidates_details(app, client, login_as, make_position,
                                               make_candidate):
    from hiring.audit.models import AuditEvent

    login_as("manager")
    position_id = make_position()
    candidate_id = make_candidate(position_id, name="Jon Smtih", email="jon@example.com")
    other = make_candidate(position_id, email="taken@example.com")
    page = client.get(f"/candidates/{candidate_id}/edit").get_data(as_text=True)
    assert 'value="Jon Smtih"' in page
    refused = client.post(f"/candidates/{candidate_id}/edit",
                          data={"name": "Jon Smith", "email": "Taken@example.com"})
    html = refused.get_data(as_text=True)
    assert "already a candidate" in html and f'href="/candidates/{other}"' in html
    assert "an email" in client.post(f"/candidates/{candidate_id}/edit", data={
        "name": "Jon Smith", "email": "not-an-email"}).get_data(as_text=True).lower()
    response = client.post(f"/candidates/{candidate_id}/edit", data={
        "name": "  Jon   Smith ", "email": "JON@example.com", "phone": "+1 555 0100"})
    assert response.headers["Location"] == f"/candidates/{candidate_id}"
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        assert (candidate.name, candidate.email, candidate.phone) == (
            "Jon Smith", "jon@example.com", "+1 555 0100")
        entry = db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "candidate.updated")).one()
        assert entry.after == {"fields": ["name", "phone"]}
        assert "Smith" not in str(entry.after) and "555" not in str(entry.after)


def test_csv_import_reports_lines_and_imports_none(app, client, login_as, make_position):
    login_as("manager")
    position_id = make_position()
    url = f"/candidates/positions/{position_id}/import"
    bad = b"name,email\nGood One,good@example.com\n,missing@example.com\nBad,bad\n"
    response = client.post(url, data={"file": (io.BytesIO(bad), "c.csv")},
                           content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert "Nothing was imported: 2 problems" in html
    assert "<td>3</td><td>name</td>" in html and "<td>4</td><td>email</td>" in html
    with app.app_context():
        assert db.session.scalars(select(Candidate)).first() is None

    good = b"Full name,E-mail\nGood One,good@example.com\nGood Two,two@example.com\n"
    response = client.post(url, data={"file": (io.BytesIO(good), "c.csv")},
                           content_type="multipart/form-data")
    assert response.headers["Location"].endswith(f"/candidates/positions/{position_id}/board")
    with app.app_context():
        assert len(db.session.scalars(select(Candidate)).all()) == 2


def _link(html):
    return re.search(r'id="new-link" type="text" readonly value="([^"]+)"', html).group(1)


def test_invite_shows_link_keeps_outbox_resend_kills_old(app, client, login_as,
                                                         make_candidate):
    login_as("manager")
    candidate_id = make_candidate(name="Ivy Invitee")
    html = client.post(f"/candidates/{candidate_id}/invitations",
                       data={"step": "writing"}).get_data(as_text=True)
    first = _link(html)
    assert "/i/" in first and "waits in the outbox, without the link" in html
    outbox = client.get("/candidates/outbox").get_data(as_text=True)
    assert first not in outbox and "Ivy Invitee" in outbox

    with app.app_context():
        invitation_id = db.session.scalars(select(Invitation.id)).one()
    second = _link(client.post(f"/candidates/invitations/{invitation_id}/resend")
                   .get_data(as_text=True))
    assert second != first
    visitor = app.test_client()
    old = visitor.get(first.replace("http://localhost", ""))
    assert old.status_code == 404
    old_html = old.get_data(as_text=True)
    assert "replaced or withdrawn" in old_html and "Ivy Invitee" not in old_html
    assert visitor.get(second.replace("http://localhost", "")).status_code in (302, 303)
    with app.app_context():
        assert len(db.session.scalars(select(OutboxMessage)).all()) == 2


def test_revoked_and_expired_links_explain_and_show_nothing(app, client, login_as,
                                                           make_candidate, invite):
    login_as("manager")
    candidate_id = make_candidate(name="Rita Revoked")
    token = invite(candidate_id, "research")
    with app.app_context():
        invitation_id = db.session.scalars(select(Invitation.id)).one()
    client.post(f"/candidates/invitations/{invitation_id}/revoke")
    response = app.test_client().get(f"/i/{token}")
    assert response.status_code == 404 and "Rita" not in response.get_data(as_text=True)

    token = invite(candidate_id, "writing")
    with app.app_context():
        invitation = db.session.scalars(select(Invitation).where(
            Invitation.step == "writing")).one()
        invitation.expires_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
    response = app.test_client().get(f"/i/{token}")
    html = response.get_data(as_text=True)
    assert response.status_code == 404 and "expired" in html and "Rita" not in html


def test_candidate_session_never_reads_another_candidates_data(app, make_position,
                                                              make_candidate, candidate_client):
    position_id = make_position()
    mine = make_candidate(position_id, name="Mina Mine", email="mina@example.com")
    other = make_candidate(position_id, name="Otto Other", email="otto@example.com")
    browser = candidate_client(mine, "writing")
    status = browser.get("/candidates/me/status")
    assert status.status_code == 200
    assert "Writing test" in status.get_data(as_text=True)
    urls = [f"/candidates/{other}", f"/candidates/{mine}",
            f"/candidates/positions/{position_id}/board", "/candidates/outbox",
            "/candidates/audit"]
    for url in urls:
        response = browser.get(url)
        assert "/login?next=" in response.headers.get("Location", ""), url
    exported = browser.post(f"/candidates/{other}/export")
    assert "/login?next=" in exported.headers.get("Location", "")
    # What the candidate can open holds nothing about anyone else.
    for url in ("/candidates/me/status", "/candidate/"):
        html = browser.get(url).get_data(as_text=True)
        assert "Otto" not in html and "otto@example.com" not in html


def test_detail_timeline_export_and_erase(app, client, login_as, make_candidate):
    login_as("manager")
    candidate_id = make_candidate(name="Tess Timeline")
    client.post(f"/candidates/{candidate_id}/notes", data={"text": "Called back quickly"})
    client.post(f"/candidates/{candidate_id}/screen-out",
                data={"reason": "other", "details": "Asked to pause"})
    html = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    assert html.index("Screened out</strong>") < html.index("Called back quickly")
    assert "Reverse the screen-out" in html

    exported = client.post(f"/candidates/{candidate_id}/export")
    assert exported.mimetype == "application/json"
    assert exported.get_json()["candidate"]["name"] == "Tess Timeline"
    assert "attachment" in exported.headers["Content-Disposition"]

    audit = client.get(f"/candidates/audit?candidate={candidate_id}").get_data(as_text=True)
    assert "candidate.screened_out" in audit and "candidate.exported" in audit

    erased = client.post(f"/candidates/{candidate_id}/erase")
    assert "/board" in erased.headers["Location"]
    assert client.get(f"/candidates/{candidate_id}").status_code == 404
    audit = client.get("/candidates/audit?action=candidate.erased").get_data(as_text=True)
    assert f"(candidate {candidate_id})" in audit and "Tess" not in audit


def test_status_shows_time_limits_and_what_was_handed_in(app, make_position, make_candidate,
                                                         candidate_client):
    from hiring.assessments.models import Prompt, StepSetup, Submission

    position_id = make_position()
    candidate_id = make_candidate(position_id)
    with app.app_context():
        prompt = Prompt(slug="p", step="writing", title="Letter", reader="r", situation="s",
                        goal="g", instructions="i", word_min=150, word_max=400,
                        time_limit_minutes=45)
        db.session.add_all([prompt, StepSetup(position_id=position_id, step="writing",
                                              prompt=prompt)])
        db.session.commit()
    browser = candidate_client(candidate_id, "writing")
    home = browser.get("/candidate/").get_data(as_text=True)
    assert "/candidates/me/status" in home
    html = browser.get("/candidates/me/status").get_data(as_text=True)
    assert "(45 minutes once you begin)" in html and "not begun" in html
    with app.app_context():
        db.session.add(Submission(candidate_id=candidate_id, step="writing", code="W-TEST",
                                  time_limit_minutes=45, started_at=utcnow(),
                                  submitted_at=utcnow()))
        db.session.commit()
    assert "handed in on" in browser.get("/candidates/me/status").get_data(as_text=True)


def test_dashboard_lists_waiting_gate_decisions_for_managers(app, client, login_as,
                                                            make_candidate):
    from hiring.candidates import services

    candidate_id = make_candidate(name="Gus Gated")
    with app.app_context():
        services.suggest_screen_out(db.session.get(Candidate, candidate_id), "writing", 1.0, [])
        db.session.commit()
    login_as("manager")
    html = client.get("/dashboard").get_data(as_text=True)
    assert "Gus Gated: writing below the pass mark" in html
    assert f'href="/candidates/{candidate_id}"' in html
    interviewer = app.test_client()
    login_as("interviewer", client_=interviewer)
    assert "Gus Gated" not in interviewer.get("/dashboard").get_data(as_text=True)


def test_demo_candidates_come_with_a_history(app, client):
    from hiring.candidates.models import ScreenOut
    from hiring.demo import load_demo
    from tests.conftest import login

    with app.app_context():
        load_demo()
        db.session.commit()
        screened = db.session.scalars(select(Candidate).where(
            Candidate.stage == "screened_out")).all()
        assert screened
        assert {s.candidate_id for s in db.session.scalars(select(ScreenOut))} == {
            c.id for c in screened}
        first_id = db.session.scalars(select(Candidate.id).order_by(Candidate.id)).first()
    login(client, "manager@demo.test", "demo-password")
    html = client.get(f"/candidates/{first_id}").get_data(as_text=True)
    assert "Added to the position" in html and "Rotterdam account team" in html


def test_a_screen_out_reason_that_did_not_happen_is_refused_with_why(app, client, login_as,
                                                                    make_candidate):
    login_as("manager")
    candidate_id = make_candidate(name="Rae Research")
    response = client.post(f"/candidates/{candidate_id}/screen-out",
                           data={"reason": "research"}, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert ("Rae Research has not handed in the research exercise, so it cannot be below the "
            "bar.") in html
    with app.app_context():
        assert db.session.get(Candidate, candidate_id).stage != "screened_out"
