from sqlalchemy import select

from hiring.audit import AuditEvent
from hiring.db import db
from hiring.reports.models import SelfIdentification
from tests.reports.helpers import add_candidate

ANSWERS = {"sex": "female", "race": "black", "age_band": "", "disability": "", "veteran": ""}


def test_candidate_answers_are_stored_apart_and_audited_without_content(
        app, make_candidate, candidate_client):
    candidate_id = make_candidate()
    client = candidate_client(candidate_id)
    page = client.get("/you/self-identification").get_data(as_text=True)
    assert "Prefer not to say" in page and "voluntary" in page
    response = client.post("/you/self-identification", data=ANSWERS)
    assert response.headers["Location"].endswith("/you/self-identification")
    with app.app_context():
        entry = db.session.scalar(select(SelfIdentification))
        assert (entry.candidate_id, entry.sex, entry.race, entry.age_band) == (
            candidate_id, "female", "black", None)
        event = db.session.scalar(select(AuditEvent).where(
            AuditEvent.action == "reports.self_identified"))
        assert event.after is None and event.before is None
    # Answering again replaces the answers.
    client.post("/you/self-identification", data={**ANSWERS, "sex": ""})
    with app.app_context():
        assert db.session.scalar(select(SelfIdentification)).sex is None
        assert len(db.session.scalars(select(SelfIdentification)).all()) == 1


def test_unknown_answer_is_refused(app, make_candidate, candidate_client):
    client = candidate_client(make_candidate())
    response = client.post("/you/self-identification", data={**ANSWERS, "sex": "robot"})
    assert response.status_code == 200
    with app.app_context():
        assert db.session.scalar(select(SelfIdentification)) is None


def test_staff_pages_about_a_candidate_never_show_self_identification(
        app, client, login_as, make_position, make_candidate, candidate_client):
    position_id = make_position()
    first, second = make_candidate(position_id), make_candidate(position_id)
    candidate_client(first).post("/you/self-identification",
                                 data={**ANSWERS, "race": "pacific_islander"})
    login_as("admin")
    for url in (f"/reports/positions/{position_id}",
                f"/reports/positions/{position_id}/compare?candidate={first}&candidate={second}"):
        page = client.get(url).get_data(as_text=True)
        assert "Pacific Islander" not in page and "pacific_islander" not in page


def _impact_pipeline(app, position_id):
    """The Uniform Guidelines example at the writing stage: 48 of 80 men go on, 12 of 40 women."""
    with app.app_context():
        n = 0
        for sex, went_on, total in (("male", 48, 80), ("female", 12, 40)):
            for i in range(total):
                n += 1
                if i < went_on:
                    c = add_candidate(position_id, n, ["writing", "research"])
                else:
                    c = add_candidate(position_id, n, ["writing"], "writing")
                db.session.add(SelfIdentification(candidate_id=c.id, sex=sex))
        for _ in range(3):  # three people who did not answer
            n += 1
            add_candidate(position_id, n, ["writing"], "writing")
        db.session.commit()


def test_adverse_impact_report_applies_the_four_fifths_rule(
        app, client, login_as, make_position):
    position_id = make_position()
    _impact_pipeline(app, position_id)
    login_as("admin")
    page = client.get(f"/reports/positions/{position_id}/adverse-impact").get_data(as_text=True)
    section = page.split('id="stage-writing"')[1].split("</table>")[0]
    assert "60 of 123 went on" in section
    assert "<th scope=\"row\">Female</th>" in section
    female = section.split("<th scope=\"row\">Female</th>")[1].split("</tr>")[0]
    assert "30%" in female and "0.50" in female and "Below four-fifths" in female
    male = section.split("<th scope=\"row\">Male</th>")[1].split("</tr>")[0]
    assert "60%" in male and "reference" in male
    assert "Not disclosed" in section
    # The earlier stage had everyone going on: too few screened out to say anything adverse.
    assert 'id="stage-applied"' in page


def test_adverse_impact_is_for_admins_only(client, login_as, make_position):
    position_id = make_position()
    login_as("manager")
    assert client.get(f"/reports/positions/{position_id}/adverse-impact").status_code == 403
