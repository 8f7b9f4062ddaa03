"""Bad input gets a clear 4xx with a message, never a 500; a value stored out of range before
the limits existed still lets every page open, pointing to the form that fixes it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import update

from hiring.assessments.models import Submission
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.plans import services as plans
from hiring.positions.models import Position

HUGE = 2**63


@pytest.fixture
def app_config():
    # Errors are answered as a user would see them, not raised into the test.
    return {"PROPAGATE_EXCEPTIONS": False}


@pytest.fixture
def writer(app, make_candidate, candidate_client):
    """A candidate who has begun the writing test, and their browser."""
    from hiring.assessments.prompt_files import load_prompts
    from hiring.assessments.services import seed_prompts

    with app.app_context():
        seed_prompts(load_prompts())
        db.session.commit()
    candidate_id = make_candidate(stage="writing")
    browser = candidate_client(candidate_id, "writing")
    assert browser.post("/assessments/take/writing/begin").status_code in (302, 303)
    assert browser.post("/assessments/take/writing/save",
                        json={"seq": 1, "text": "Dear Ana"}).status_code == 200
    return candidate_id, browser


def _essay(app, candidate_id):
    with app.app_context():
        return db.session.scalar(db.select(Submission.text).where(
            Submission.candidate_id == candidate_id))


# Item 10: autosave takes only a string.

@pytest.mark.parametrize("body", [
    {"seq": 2, "text": None}, {"seq": 2, "text": ["a", "b"]}, {"seq": 2}, {"seq": 2, "text": 5},
    {"seq": 2, "text": {"a": 1}}, [1, 2], "text", 42, None,
])
def test_autosave_refuses_anything_but_a_text_string_and_keeps_the_essay(app, writer, body):
    candidate_id, browser = writer
    response = browser.post("/assessments/take/writing/save", json=body)
    assert response.status_code == 400
    assert response.get_json()["error"]
    assert _essay(app, candidate_id) == "Dear Ana"


@pytest.mark.parametrize("raw", ['{"seq": 2, "text": ', '{"seq": 1e400, "text": "x"}',
                                 '{"seq": NaN, "text": "x"}', f'{{"seq": {HUGE}, "text": "x"}}',
                                 '{"seq": "²", "text": "x"}', '{"seq": true, "text": "x"}'])
def test_autosave_refuses_malformed_json_and_impossible_sequence_numbers(app, writer, raw):
    candidate_id, browser = writer
    response = browser.post("/assessments/take/writing/save", data=raw,
                            content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]
    assert _essay(app, candidate_id) == "Dear Ana"


@pytest.mark.parametrize("raw", ['[1]', '"paste"', '{"kind": "paste", "size": 1e400}',
                                 f'{{"kind": "paste", "size": {HUGE}}}',
                                 '{"kind": ["paste"], "size": 1}', '{'])
def test_editor_events_refuse_bodies_that_are_not_an_event(writer, raw):
    _, browser = writer
    response = browser.post("/assessments/take/writing/event", data=raw,
                            content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"]


def test_a_form_submit_with_an_impossible_sequence_number_is_refused_with_a_message(
        app, writer):
    candidate_id, browser = writer
    response = browser.post("/assessments/take/writing/submit",
                            data={"seq": str(HUGE), "text": "Changed"}, follow_redirects=True)
    assert response.status_code == 200
    assert b"seq must be a whole number" in response.data
    assert _essay(app, candidate_id) == "Dear Ana"


# Item 9: JSON, numbers, ids and page numbers.

@pytest.mark.parametrize("raw", ['[1]', '"text"', '{"text": 5}', '{'])
def test_question_lint_refuses_a_body_that_is_not_an_object_with_text(client, login_as, raw):
    login_as("manager")
    response = client.post("/interviews/questions/lint", data=raw,
                           content_type="application/json")
    assert response.status_code == 400
    assert "text" in response.get_json()["error"]


@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "-inf", "sNaN"])
def test_plan_minutes_that_are_not_a_number_of_minutes_are_refused(
        app, client, login_as, make_position, value):
    login_as("manager")
    position_id = make_position()
    response = client.post(f"/interviews/positions/{position_id}/plan",
                           data={"dev-minutes": value, "dev-order": "1"})
    assert response.status_code < 500
    assert b"between 1 and 120 minutes" in response.data


@pytest.mark.parametrize("field", ["base_salary", "variable_pay", "benefits_percent"])
@pytest.mark.parametrize("value", ["sNaN", "NaN", "Infinity", "-Infinity", "1e400", "1e30"])
def test_pay_that_is_not_a_sensible_amount_is_refused_with_the_range(
        app, client, login_as, make_position, field, value):
    login_as("admin")
    position_id = make_position(status="draft", base_salary=Decimal(80000))
    response = client.post(f"/positions/{position_id}/edit", data={
        "title": "Account Executive", "status": "draft", field: value,
        "outcome": "Billings of $500,000 from four new customers by the end of your tenth month.",
        "rubric_writing": "business-writing", "rubric_research": "company-research",
        "rubric_interview": "structured-interview",
        "rubric_presentation": "final-presentation"})
    assert response.status_code in (200, 422)
    assert b"at most" in response.data or b"Not a valid decimal" in response.data
    with app.app_context():
        assert db.session.get(Position, position_id).base_salary == Decimal(80000)


@pytest.mark.parametrize("month", ["9999-12", "0001-01", "1999-12"])
def test_bulk_printing_for_a_month_outside_the_calendar_says_which_months_work(
        client, login_as, month):
    login_as("manager")
    response = client.post("/plans/bulk", data={"month": month, "kind": "development"},
                           follow_redirects=True)
    assert response.status_code == 200
    assert b"from 2000 to 2099" in response.data


def test_an_id_beyond_64_bits_in_a_form_field_is_refused(app, client, login_as, make_position):
    login_as("manager")
    response = client.post("/plans/bulk", data={"month": "2027-01"})
    assert response.status_code < 500


@pytest.mark.parametrize("query", ["page=" + "9" * 30, "candidate=" + "9" * 30,
                                   "page=-" + "9" * 30, "candidate=²"])
def test_page_and_candidate_numbers_of_any_length_show_a_page(client, login_as, query):
    login_as("manager")
    assert client.get(f"/candidates/audit?{query}").status_code == 200
    assert client.get(f"/candidates/outbox?{query}").status_code == 200


@pytest.mark.parametrize("path", ["/candidates/{}", "/positions/{}/edit", "/plans/candidates/{}"
                                  "/development", "/reports/positions/{}/cost"])
def test_an_id_no_row_can_have_is_not_found(client, login_as, path):
    login_as("admin")
    assert client.get(path.format(HUGE)).status_code == 404
    assert client.get(path.format(10**30)).status_code == 404


# Item 11: what was stored before the limits still opens, pointing to the fix.

@pytest.mark.parametrize("salary", [Decimal("Infinity"), Decimal("1e30"), Decimal("-5")])
def test_the_cost_page_opens_with_a_stored_salary_out_of_range(
        app, client, login_as, make_position, salary):
    login_as("manager")
    position_id = make_position()
    with app.app_context():
        db.session.execute(update(Position).where(Position.id == position_id)
                           .values(base_salary=salary))
        db.session.commit()
    response = client.get(f"/reports/positions/{position_id}/cost")
    assert response.status_code == 200
    assert b"out of range" in response.data
    assert f"/positions/{position_id}/edit".encode() in response.data
    assert client.get(f"/positions/{position_id}").status_code == 200
    assert client.get(f"/reports/positions/{position_id}/cost.pdf").status_code < 500


@pytest.mark.parametrize("start", [date(9999, 12, 31), date(1, 1, 1)])
def test_plan_pages_open_with_a_stored_start_date_out_of_range(
        app, client, login_as, make_candidate, start):
    login_as("manager")
    candidate_id = make_candidate(stage="hired")
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        development = plans.draft_development_plan(candidate, None, date(2027, 3, 1))
        onboarding = plans.create_onboarding_plan(candidate, None, date(2027, 3, 1))
        development.start_date = onboarding.start_date = start
        db.session.commit()
    for path in ("development", "onboarding"):
        response = client.get(f"/plans/candidates/{candidate_id}/{path}")
        assert response.status_code == 200, path
        assert b"out of range" in response.data, path
    assert client.get(f"/plans/candidates/{candidate_id}/development/timeline.svg"
                      ).status_code < 500
    assert client.get(f"/candidates/{candidate_id}").status_code == 200
    assert client.get("/plans/").status_code == 200


@pytest.mark.parametrize("start", ["9999-12-31", "0001-01-01", "1999-12-31"])
def test_a_plan_start_date_outside_the_sensible_range_is_refused(
        app, client, login_as, make_candidate, start):
    login_as("manager")
    candidate_id = make_candidate(stage="hired")
    response = client.post(f"/plans/candidates/{candidate_id}/onboarding/new",
                           data={"start_date": start}, follow_redirects=True)
    assert response.status_code < 500
    assert b"from 2000 to 2099" in response.data


def test_an_invitation_for_a_title_with_a_line_break_is_sent_with_a_one_line_subject(
        app, make_position, make_candidate, invite):
    from hiring.candidates import services as candidates

    position_id = make_position(title="Account\r\nBcc: victim@example.com")
    candidate_id = make_candidate(position_id=position_id)
    invite(candidate_id, "writing")
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        queued = candidates.deliver_invitation(
            candidate, candidate.invitations[0], "http://portal/i/abc",
            {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": 9, "MAIL_TIMEOUT": 2})
        assert "\n" not in queued.subject and "\r" not in queued.subject
        assert "Account Bcc: victim@example.com" in queued.subject


@pytest.mark.parametrize("text", ["x = " + "[" * 5000 + "]" * 5000,
                                  "x = " + "{a=" * 5000 + "1" + "}" * 5000,
                                  "a" + ".a" * 5000 + " = 1",
                                  "[" + ".".join(["t"] * 3000) + "]\n"])
def test_a_fact_sheet_nested_thousands_of_levels_deep_is_refused_before_parsing(app, text):
    from hiring.research import services as research
    from hiring.research.services import FactSheetProblems

    with app.app_context(), pytest.raises(FactSheetProblems, match="levels deep"):
        research.import_toml(text, None)


@pytest.mark.parametrize("change", [
    {"milestones": [{"month": 1, "title": "x", "status": "exploded"}]},
    {"milestones": [{"month": 99, "title": "x"}]},
    {"milestones": "many"},
    {"start_date": "9999-12-31"},
])
def test_plans_render_reports_bad_values_in_one_sentence_and_exits_2(runner, tmp_path, change):
    data = {"kind": "development", "candidate": "Hana", "position": "AE",
            "start_date": "2027-03-01", "milestones": [], **change}
    source = tmp_path / "plan.json"
    source.write_text(__import__("json").dumps(data))
    result = runner.invoke(args=["plans", "render", str(source), "--kind", "development",
                                 "-o", str(tmp_path / "out.pdf")])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.strip()]) == 1


def test_onboarding_render_names_an_unknown_activity_kind_and_owner(runner, tmp_path):
    data = {"kind": "onboarding", "candidate": "Hana", "start_date": "2027-03-01",
            "activities": [{"week": 1, "kind": "party", "owner": "ceo", "text": "x"}],
            "connections": []}
    source = tmp_path / "plan.json"
    source.write_text(__import__("json").dumps(data))
    result = runner.invoke(args=["plans", "render", str(source), "--kind", "onboarding",
                                 "-o", str(tmp_path / "out.pdf")])
    assert result.exit_code == 2
    assert "activities[1].kind" in result.output and "activities[1].owner" in result.output


# Item 12: one set of limits for the import, the forms and the columns.

def test_the_import_the_edit_form_and_the_columns_share_one_set_of_limits():
    from hiring.candidates import limits
    from hiring.candidates.forms import CandidateForm
    from hiring.candidates.importing import parse_candidates_csv

    columns = Candidate.__table__.columns
    assert columns["name"].type.length == limits.NAME_MAX == 160
    assert columns["source"].type.length == limits.SOURCE_MAX == 80
    assert columns["phone"].type.length == limits.PHONE_MAX
    assert columns["email"].type.length == limits.EMAIL_MAX
    for field, limit in (("name", limits.NAME_MAX), ("source", limits.SOURCE_MAX),
                         ("notes", limits.NOTES_MAX)):
        lengths = [v.max for v in getattr(CandidateForm, field).kwargs["validators"]
                   if hasattr(v, "max")]
        assert lengths == [limit], field
    fits = parse_candidates_csv("name,email,source\n" + "N" * 160 + ",a@example.com,"
                                + "s" * 80 + "\n")
    assert not fits.errors and len(fits.rows) == 1
    too_long = parse_candidates_csv("name,email,source\n" + "N" * 200 + ",a@example.com,"
                                    + "s" * 100 + "\n")
    assert not too_long.rows
    assert {(e.column, e.message) for e in too_long.errors} == {
        ("name", "is 200 characters; at most 160"), ("source", "is 100 characters; at most 80")}
