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


def test_live_check_says_what_keeps_the_period_from_serving(client, manager):
    """The editor shows the period's problem as it is typed: none when the period serves or
    is empty, the same message the save would give when it names no time."""
    def due_problem(due):
        response = client.post("/positions/outcomes/check",
                               json={"text": "Add 12 new logos", "due": due})
        assert response.status_code == 200
        return response.get_json()["due_problem"], response.get_json()["measurable"]

    assert due_problem("") == (None, False)
    assert due_problem("First 90 days") == (None, True)
    problem, measurable = due_problem("When the pipeline is full")
    assert problem.startswith("“When the pipeline is full” does not say by when")
    assert measurable is False


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
    monkeypatch.setattr(services, "check",
                        lambda text, **kw: checked.append(len(text)) or real(text, **kw))
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
    monkeypatch.setattr(services, "check",
                        lambda text, **kw: checked.append(text) or real(text, **kw))
    response = client.post("/positions/new", data=form([GOOD] * 5_000))
    assert f"at most {services.MAX_OUTCOMES} outcome statements" in \
        response.get_data(as_text=True)
    assert len(checked) <= services.MAX_OUTCOMES
    with app.app_context():
        assert db.session.scalar(select(Position.id)) is None


TWELVE = "by the end of the twelfth full month after the hire date"
SCORECARD = ["Close $1.2M in new ARR", "Add 12 new logos"]


def csrf_token(html: str) -> str:
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)


def period_input(html: str) -> str:
    return re.search(r'<input[^>]*id="outcomes_due"[^>]*>', html).group()


def test_the_period_is_saved_shown_on_edit_and_on_the_posting(app, client, manager):
    app.config["WTF_CSRF_ENABLED"] = True
    token = csrf_token(client.get("/positions/new").get_data(as_text=True))
    response = client.post("/positions/new", data={
        **form(SCORECARD, status="open", outcomes_due=TWELVE), "csrf_token": token})
    location = response.headers["Location"]
    assert re.fullmatch(r"/positions/\d+", location)
    detail = client.get(location).get_data(as_text=True)
    assert f"<strong>When these outcomes are due:</strong> {TWELVE}" in detail
    assert detail.count("Measurable: a result, a number and the list&#39;s deadline.") == 2
    assert "due 12 months after hire (the list&#39;s period)" in detail
    edit = client.get(f"{location}/edit").get_data(as_text=True)
    assert f'value="{TWELVE}"' in period_input(edit)
    position_id = int(location.rsplit("/", 1)[1])
    posting = client.get(f"/jobs/{position_id}").get_data(as_text=True)
    main = posting[posting.index("<main"):]
    heading = main.index("By the end of the twelfth full month after the hire date:</h3>")
    assert main.index("What you will achieve") < heading < main.index(SCORECARD[0])
    description = re.search(r'"description":\s*"([^"]*)"', posting).group(1)
    assert TWELVE in description
    index = client.get("/positions/").get_data(as_text=True)
    assert re.search(r"<td>2 of 2</td>", index)


def test_a_bad_period_gets_its_message_and_loses_nothing_typed(app, client, manager):
    app.config["WTF_CSRF_ENABLED"] = True
    token = csrf_token(client.get("/positions/new").get_data(as_text=True))
    response = client.post("/positions/new", data={
        **form(SCORECARD, title="Scorecard AE", outcomes_due="When the pipeline is full"),
        "csrf_token": token})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    field = period_input(html)
    assert 'value="When the pipeline is full"' in field
    assert 'aria-invalid="true"' in field
    assert 'aria-describedby="outcomes_due-help outcomes_due-error"' in field
    error = re.search(r'<small id="outcomes_due-error" class="field-error">(.*?)</small>', html,
                      re.S).group(1)
    assert "“When the pipeline is full” does not say by when the outcomes are due" in error
    assert "within 90 days of the hire date" in error
    # The field comes just before the outcomes.
    assert html.index('id="outcomes_due"') < html.index('id="outcome-1"')
    assert textareas(html) == SCORECARD
    assert 'value="Scorecard AE"' in html and 'value="Dental practices in Ohio"' in html
    # Without a usable period the statements are checked on their own.
    assert html.count("Not measurable yet: no deadline.") == 2
    with app.app_context():
        assert db.session.scalar(select(Position.id)) is None


def test_a_period_over_the_limit_is_refused_and_kept(app, client, manager):
    long = TWELVE + " and then" * 30
    html = client.post("/positions/new", data=form(SCORECARD, outcomes_due=long)).get_data(
        as_text=True)
    assert "Keep the period under 200 characters." in html
    assert textareas(html) == SCORECARD
    with app.app_context():
        assert db.session.scalar(select(Position.id)) is None


def test_check_without_javascript_uses_the_period(client, manager):
    html = client.post("/positions/new", data=form(
        [*SCORECARD, "Make 50 calls"], action="check",
        outcomes_due="within 90 days of the hire date")).get_data(as_text=True)
    assert html.count("Measurable: a result, a number and the list&#39;s deadline.") == 2
    assert "is an activity, not a result" in html
    assert 'value="within 90 days of the hire date"' in period_input(html)


def test_the_period_is_escaped_on_every_page(app, client, manager, make_position):
    period = 'within 90 days of the hire date <img src=x onerror="alert(1)">'
    response = client.post("/positions/new", data=form(SCORECARD, status="open",
                                                       outcomes_due=period))
    location = response.headers["Location"]
    position_id = int(location.rsplit("/", 1)[1])
    for url in (location, f"{location}/edit", f"{location}/preview", f"/jobs/{position_id}"):
        html = client.get(url).get_data(as_text=True)
        assert "<img src=x" not in html, url
        assert "&lt;img src=x" in html, url


def test_live_check_takes_the_lists_period(client, manager):
    body = client.post("/positions/outcomes/check",
                       json={"text": SCORECARD[1], "due": "By day 90"}).get_json()
    assert body["measurable"] is True
    assert body["deadline"] == {"months_after_hire": 3, "from_list": True}
    assert body["view"]["summary"] == "Measurable: a result, a number and the list's deadline."
    body = client.post("/positions/outcomes/check",
                       json={"text": SCORECARD[1], "due": "soon"}).get_json()
    assert body["measurable"] is False and body["deadline"] is None
    for due in ("x" * 201, 7):
        assert client.post("/positions/outcomes/check",
                           json={"text": GOOD, "due": due}).status_code == 400


def test_candidate_sees_the_period_above_the_outcomes(client, make_position, make_candidate,
                                                      candidate_client):
    position_id = make_position(outcomes=tuple(SCORECARD), outcomes_due="within 90 days of "
                                "the hire date")
    browser = candidate_client(make_candidate(position_id=position_id))
    html = browser.get("/positions/yours").get_data(as_text=True)
    assert html.index("Within 90 days of the hire date:</h3>") < html.index(SCORECARD[0])


def test_cli_lint_takes_the_lists_period(runner):
    result = runner.invoke(args=["outcomes", "lint", SCORECARD[0], "--due", TWELVE])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["measurable"] is True
    assert body["deadline"] == {"months_after_hire": 12, "from_list": True}
    result = runner.invoke(args=["outcomes", "lint", SCORECARD[0], "--due", "soon"])
    assert result.exit_code == 2
    assert "does not say by when" in result.output
