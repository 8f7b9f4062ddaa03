"""What a candidate's data must not reveal: self-identification in a manager's export, live
invitation links in the database, links that outlive a screen-out."""

from __future__ import annotations

import json

from hiring.db import db
from tests.conftest import login


def _self_identified(app, make_candidate) -> int:
    from hiring.reports.models import SelfIdentification

    candidate_id = make_candidate(stage="writing")
    with app.app_context():
        db.session.add(SelfIdentification(candidate_id=candidate_id, sex="female",
                                          race="pacific_islander", age_band="40_or_over",
                                          disability="yes", veteran="protected"))
        db.session.commit()
    return candidate_id


def test_a_managers_export_holds_no_self_identification(app, client, make_candidate,
                                                        login_as):
    candidate_id = _self_identified(app, make_candidate)
    login_as("manager")
    response = client.post(f"/candidates/{candidate_id}/export")
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    data = json.loads(text)
    assert "self_identification" not in data["records"]
    assert "voluntary_self_identification" not in data
    for answer in ("pacific_islander", "40_or_over", "protected"):
        assert answer not in text


def test_an_admins_data_access_export_holds_it_marked_as_such(app, make_candidate, make_user):
    candidate_id = _self_identified(app, make_candidate)
    admin = app.test_client()
    make_user("admin", email="root@example.test")
    login(admin, "root@example.test")
    data = admin.post(f"/candidates/{candidate_id}/export").get_json(force=True)
    assert data["kind"] == "data-access export (admin)"
    assert "self_identification" not in data["records"]
    section = data["voluntary_self_identification"]
    assert "Voluntary self-identification" in section["note"]
    assert section["records"][0]["race"] == "pacific_islander"


def test_the_cli_export_adds_it_only_when_asked(app, runner, make_candidate):
    candidate_id = _self_identified(app, make_candidate)
    plain = runner.invoke(args=["candidates", "export", str(candidate_id)])
    assert plain.exit_code == 0 and "pacific_islander" not in plain.output
    full = runner.invoke(args=["candidates", "export", str(candidate_id),
                               "--self-identification"])
    assert json.loads(full.output)["voluntary_self_identification"]["records"]


# Screen-out revokes the candidate's open links


def test_screening_out_revokes_open_links_so_begin_save_and_submit_fail(
        app, client, make_candidate, candidate_client, login_as):
    from hiring.assessments import services as assessments
    from hiring.assessments.prompt_files import load_prompts
    from hiring.candidates.models import Invitation

    with app.app_context():
        assessments.seed_prompts(load_prompts())
        db.session.commit()
    candidate_id = make_candidate(stage="writing")
    browser = candidate_client(candidate_id, "writing")
    assert browser.post("/assessments/take/writing/begin").status_code in (302, 303)
    saved = browser.post("/assessments/take/writing/save", json={"seq": 1, "text": "Dear Ms"})
    assert saved.status_code == 200

    login_as("manager")
    response = client.post(f"/candidates/{candidate_id}/screen-out",
                           data={"reason": "withdrew", "details": "Took another role"})
    assert response.status_code in (302, 303)
    with app.app_context():
        links = db.session.scalars(db.select(Invitation).where(
            Invitation.candidate_id == candidate_id)).all()
        assert links and all(link.revoked_at is not None for link in links)

    save = browser.post("/assessments/take/writing/save", json={"seq": 2, "text": "Dear Mr"})
    assert save.status_code == 403
    assert "no longer works" in save.get_json()["error"]
    for action in ("begin", "submit"):
        refused = browser.post(f"/assessments/take/writing/{action}")
        assert refused.status_code == 403, action
        assert "no longer works" in refused.get_data(as_text=True), action
    with app.app_context():
        from hiring.assessments.models import Submission

        submission = db.session.scalars(db.select(Submission).where(
            Submission.candidate_id == candidate_id)).one()
        assert submission.text == "Dear Ms" and submission.submitted_at is None


# Invitation links: shown once, sent, never kept


def _every_value_holding(needle: str) -> list[str]:
    from sqlalchemy import select

    found = []
    for table in db.metadata.sorted_tables:
        for row in db.session.execute(select(table)):
            if any(needle in str(value) for value in row):
                found.append(table.name)
    return found


def _link_on_page(html: str) -> str:
    import re

    match = re.search(r'id="new-link"[^>]*value="([^"]+)"', html)
    assert match, "the new link is shown once to whoever invited"
    return match.group(1)


def test_no_raw_token_is_stored_and_a_link_from_the_outbox_does_not_work(
        app, client, make_candidate, login_as):
    candidate_id = make_candidate()
    login_as("manager")
    page = client.post(f"/candidates/{candidate_id}/invitations", data={"step": "writing"})
    assert page.status_code == 200
    link = _link_on_page(page.get_data(as_text=True))
    token = link.rsplit("/", 1)[-1]
    with app.app_context():
        assert _every_value_holding(token) == []
    outbox = client.get("/candidates/outbox").get_data(as_text=True)
    assert token not in outbox and "[link not kept" in outbox
    export = client.post(f"/candidates/{candidate_id}/export").get_data(as_text=True)
    assert token not in export

    # A link pieced together from what the outbox holds leads nowhere.
    import re

    from hiring.mail.models import OutboxMessage

    with app.app_context():
        body = db.session.scalars(db.select(OutboxMessage)).one().body
    stored = re.search(r"http\S+", body).group(0)
    assert app.test_client().get(stored.replace("http://localhost", "")).status_code == 404
    # ...while the link shown once works.
    assert app.test_client().get(link.replace("http://localhost", "")).status_code in (302, 303)
