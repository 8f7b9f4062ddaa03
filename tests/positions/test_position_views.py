import json
import re

import pytest
from sqlalchemy import select

from hiring.db import db
from hiring.positions.models import Position, PositionRubric
from tests.waiting import downloaded_pdf

GOOD = "Sign three new distributors within 90 days of your start."
GOOD_2 = "Grow territory revenue 15% by the end of your first year."
INPUT = "5+ years of industry experience"


def form(outcomes, action="save", **fields):
    values = {"title": "Account Executive", "target_market": "Dental practices in Ohio",
              "hiring_manager_id": "", "base_salary": "80000", "variable_pay": "40000",
              "benefits_percent": "25", "status": "draft",
              "rubric_writing": "business-writing", "rubric_research": "company-research",
              "rubric_interview": "structured-interview",
              "rubric_presentation": "final-presentation", "action": action}
    values.update(fields)
    return {**values, "outcome": list(outcomes)}


def textareas(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", t).strip() for t in
            re.findall(r'<textarea id="outcome-\d+" name="outcome"[^>]*>(.*?)</textarea>', html,
                       re.S)]


@pytest.fixture
def manager(login_as):
    return login_as("manager")


def test_draft_with_input_requirement_is_saved_and_shows_findings(app, client, manager):
    response = client.post("/positions/new", data=form([INPUT, GOOD]))
    location = response.headers["Location"]
    assert re.fullmatch(r"/positions/\d+", location)
    page = client.get(location).get_data(as_text=True)
    assert "Not measurable yet: no result, number or deadline." in page
    assert "Demanding industry experience signals an unwillingness" in page
    assert "This position cannot open yet" in page
    with app.app_context():
        position = db.session.scalar(select(Position))
        assert position.status == "draft"
        assert str(position.benefits_rate) == "0.2500"
        assert len(db.session.scalars(select(PositionRubric)).all()) == 4


def test_opening_with_unmeasurable_outcome_is_refused_and_nothing_is_lost(app, client, manager):
    response = client.post("/positions/new", data=form([GOOD, INPUT], status="open"))
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "A position opens only when every outcome is measurable" in page
    assert "Outcome 2 has no result, number or deadline." in page
    assert textareas(page) == [GOOD, INPUT]
    with app.app_context():
        assert db.session.scalar(select(Position.id)) is None


def test_check_without_javascript_shows_findings_without_saving(app, client, manager):
    page = client.post("/positions/new", data=form(["Increase revenue significantly"],
                                                   action="check")).get_data(as_text=True)
    assert "Not measurable yet: no number or deadline." in page
    assert "<q>significantly</q>" in page
    with app.app_context():
        assert db.session.scalar(select(Position.id)) is None


@pytest.mark.parametrize(("action", "expected", "focus"), [
    ("up-2", ["B", "A", "C"], "up-1"),
    ("down-1", ["B", "A", "C"], "down-2"),
    ("down-3", ["A", "B", "C"], ""),
    ("remove-2", ["A", "C"], "outcome-2"),
    ("add", ["A", "B", "C", ""], "outcome-4"),
])
def test_reorder_add_remove_work_without_javascript(client, manager, action, expected, focus):
    page = client.post("/positions/new", data=form(["A", "B", "C"], action=action))
    html = page.get_data(as_text=True)
    assert textareas(html) == expected
    assert f'data-focus="{focus}"' in html


def test_more_than_six_outcomes_are_nudged_and_eight_is_the_limit(client, manager):
    html = client.post("/positions/new", data=form([GOOD] * 7, action="check")).get_data(
        as_text=True)
    nudge = re.search(r'<p class="nudge" data-nudge-text\s*(hidden)?', html)
    assert nudge and nudge.group(1) is None
    assert "Half a dozen is enough" in html
    html = client.post("/positions/new", data=form([GOOD] * 8, action="add")).get_data(
        as_text=True)
    assert len(textareas(html)) == 8
    assert re.search(r'id="add-outcome"[^>]*\s+disabled', html)
    html = client.post("/positions/new", data=form([GOOD] * 6, action="check")).get_data(
        as_text=True)
    assert re.search(r'<p class="nudge" data-nudge-text\s*hidden', html)


def test_edit_open_and_close(app, client, manager, make_position):
    position_id = make_position(status="draft", outcomes=(INPUT,))
    html = client.get(f"/positions/{position_id}/edit").get_data(as_text=True)
    assert textareas(html) == [INPUT]
    response = client.post(f"/positions/{position_id}/status", data={"status": "open"})
    assert response.headers["Location"] == f"/positions/{position_id}"
    assert "Outcome 1 has no result, number or deadline." in client.get(
        response.headers["Location"]).get_data(as_text=True)
    client.post(f"/positions/{position_id}/edit", data=form([GOOD, GOOD_2], status="open"))
    with app.app_context():
        position = db.session.get(Position, position_id)
        assert position.status == "open"
        assert [o.text for o in position.outcomes] == [GOOD, GOOD_2]
    client.post(f"/positions/{position_id}/status", data={"status": "closed"})
    with app.app_context():
        assert db.session.get(Position, position_id).status == "closed"


def test_live_check_returns_the_contract_and_the_editor_view(client, manager):
    response = client.post("/positions/outcomes/check", json={"text": GOOD})
    body = response.get_json()
    assert body["measurable"] is True
    assert body["quantities"] == [{"value": 3, "text": "three", "start": 5, "end": 10}]
    assert body["deadline"] == {"months_after_hire": 3}
    assert body["view"]["summary"] == "Measurable: a result, a number and a deadline."
    assert client.post("/positions/outcomes/check", json={"words": 1}).status_code == 400
    assert client.post("/positions/outcomes/check", json={"text": "x" * 1001}).status_code == 400


def test_live_check_needs_the_csrf_token(app, client, manager):
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post("/positions/outcomes/check", json={"text": GOOD})
    assert response.status_code == 400
    html = client.get("/positions/new").get_data(as_text=True)
    token = re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)
    response = client.post("/positions/outcomes/check", json={"text": GOOD},
                           headers={"X-CSRFToken": token})
    assert response.status_code == 200


def test_candidate_sees_their_position_with_outcomes_first(client, make_position,
                                                           make_candidate, candidate_client):
    position_id = make_position(title="Territory Manager", outcomes=(GOOD, GOOD_2),
                                target_market="Ohio dental")
    browser = candidate_client(make_candidate(position_id=position_id))
    html = browser.get("/positions/yours").get_data(as_text=True)
    assert "Territory Manager" in html
    main = html[html.index('<main'):]
    assert main.index("What you will achieve") < main.index("How we hire")
    assert main.index(GOOD) < main.index(GOOD_2)
    assert "Not measurable" not in html and "data-findings" not in html


def test_pdf_download(client, manager, make_position):
    position_id = make_position(title="Territory Manager / East", outcomes=(GOOD,))
    first = client.get(f"/positions/{position_id}/pdf")
    # Not rendered yet: a page that follows the render and offers the download.
    assert first.status_code == 202 and b"data-pdf-status" in first.data
    # The heading says what is coming, and the page's script swaps in this once it is ready.
    assert "Preparing the PDF of Territory Manager / East</h1>" in first.get_data(as_text=True)
    assert 'data-ready-heading="The PDF of Territory Manager / East is ready"' in \
        first.get_data(as_text=True)
    response = downloaded_pdf(client, f"/positions/{position_id}/pdf")
    assert response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF")
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=territory-manager-east.pdf")


def test_index_counts_measurable_outcomes(client, manager, make_position):
    make_position(title="Mixed", outcomes=(GOOD, INPUT))
    html = client.get("/positions/").get_data(as_text=True)
    assert re.search(r"Mixed</a></td>\s*<td><span class=\"badge\">Open</span></td>\s*"
                     r"<td>1 of 2</td>", html)


def test_cli_lint_prints_the_contract(runner):
    result = runner.invoke(args=["outcomes", "lint", "5+ years of industry experience"])
    assert result.exit_code == 0
    body = json.loads(result.output)
    assert body["measurable"] is False and body["deadline"] is None
    assert {p["code"] for p in body["problems"]} >= {"input_years_experience",
                                                    "missing_result"}


def test_cli_rubrics_check(runner, tmp_path):
    result = runner.invoke(args=["rubrics", "check"])
    assert result.exit_code == 0, result.output
    assert "4 rubric(s) and 1 questionnaire(s) OK." in result.output
    (tmp_path / "bad.toml").write_text('schema = 1\nid = "other"\n', encoding="utf-8")
    result = runner.invoke(args=["rubrics", "check", "--directory", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.toml: id: 'other' must equal the file name 'bad'" in result.output
    assert "bad.toml: criteria: missing" in result.output


def test_an_outcome_over_the_limit_is_refused_without_being_analysed(app, client, manager,
                                                                     monkeypatch):
    from hiring.positions import services

    checked = []
    real = services.check
    monkeypatch.setattr(services, "check", lambda text: checked.append(len(text)) or real(text))
    huge = "1" * 1_000_000  # analysed first, it held the write lock for over 300 s
    for action in ("save", "check"):
        response = client.post("/positions/new", data=form([GOOD, huge], action=action))
        assert response.status_code == 200
        assert f"Keep each outcome under {services.MAX_OUTCOME_CHARS} characters" in \
            response.get_data(as_text=True)
    assert max(checked) <= services.MAX_OUTCOME_CHARS
    with app.app_context():
        assert db.session.scalar(select(Position.id)) is None


def test_more_outcomes_than_the_limit_are_not_analysed(app, client, manager, monkeypatch):
    from hiring.positions import services

    checked = []
    real = services.check
    monkeypatch.setattr(services, "check", lambda text: checked.append(text) or real(text))
    response = client.post("/positions/new", data=form([GOOD] * 5_000))
    assert f"at most {services.MAX_OUTCOMES} outcome statements" in \
        response.get_data(as_text=True)
    assert len(checked) <= services.MAX_OUTCOMES
    with app.app_context():
        assert db.session.scalar(select(Position.id)) is None
