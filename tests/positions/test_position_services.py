from decimal import Decimal

import pytest
from sqlalchemy import select

from hiring.audit import AuditEvent
from hiring.db import db
from hiring.errors import HiringError
from hiring.positions import services
from hiring.positions.models import Position, PositionRubric
from hiring.positions.services import PositionData

GOOD = "Sign three new distributors within 90 days of your start."
GOOD_2 = "Grow territory revenue 15% by the end of your first year."
INPUT = "5+ years of industry experience"


@pytest.fixture
def manager(app, make_user):
    from hiring.auth.models import User

    user_id = make_user("manager")
    with app.app_context():
        yield db.session.get(User, user_id)


def data(**overrides):
    values = {"title": "Account Executive", "outcomes": [GOOD], "status": "draft"}
    values.update(overrides)
    return PositionData(**values)


def test_draft_with_an_unmeasurable_outcome_is_saved(manager):
    position = services.save_position(None, data(outcomes=[INPUT, GOOD]), manager)
    db.session.commit()
    assert [o.text for o in position.outcomes] == [INPUT, GOOD]
    assert position.status == "draft"
    event = db.session.scalars(
        select(AuditEvent).where(AuditEvent.subject_type == "position")).one()
    assert (event.action, event.subject_id) == ("position.created", position.id)
    assert event.after == {"title": "Account Executive", "status": "draft",
                           "hiring_manager_id": None, "outcomes": 2, "outcomes_due": ""}


def test_opening_requires_every_outcome_to_be_measurable(manager):
    with pytest.raises(HiringError) as caught:
        services.save_position(None, data(outcomes=[GOOD, INPUT], status="open"), manager)
    message = str(caught.value)
    assert "Outcome 2 has no result, number or deadline." in message
    assert "Outcome 1" not in message
    assert "Save it as a draft until then." in message
    db.session.rollback()
    assert db.session.scalar(select(Position.id)) is None


def test_unmeasurable_lines_name_what_is_missing():
    lines = services.unmeasurable(
        services.check_outcomes([GOOD, "Close 8 new accounts", INPUT, "Increase revenue"]))
    assert lines == ["Outcome 2 has no deadline.",
                     "Outcome 3 has no result, number or deadline.",
                     "Outcome 4 has no number or deadline."]


@pytest.mark.parametrize(("overrides", "expected"), [
    ({"title": "  "}, "Give the position a title."),
    ({"outcomes": []}, "1 to 8 outcome statements; this one has 0."),
    ({"outcomes": [GOOD] * 9}, "1 to 8 outcome statements; this one has 9."),
    ({"outcomes": [GOOD, " "]}, "Remove empty outcome statements"),
    ({"status": "paused"}, "Status must be one of draft, open, closed."),
    ({"base_salary": Decimal(-1)}, "Base salary cannot be negative."),
    ({"benefits_rate": Decimal("1.5")}, "percentage from 0 to 100"),
    ({"rubrics": {"writing": "company-research"}}, "'company-research' is not a writing test"),
    ({"rubrics": {"typing": "business-writing"}}, "There is no step 'typing'."),
    ({"hiring_manager_id": 999}, "must be an active manager or admin"),
])
def test_invalid_positions_are_refused_with_a_reason(manager, overrides, expected):
    with pytest.raises(HiringError, match=expected.replace("(", r"\(").replace("?", r"\?")):
        services.save_position(None, data(**overrides), manager)


@pytest.fixture
def interviewer(make_user):
    return make_user("interviewer")


def test_an_interviewer_cannot_be_hiring_manager(interviewer, manager):
    with pytest.raises(HiringError, match="active manager or admin"):
        services.save_position(None, data(hiring_manager_id=interviewer), manager)


def test_update_keeps_outcome_rows_in_order_and_drops_the_rest(manager):
    position = services.save_position(None, data(outcomes=[GOOD, GOOD_2, INPUT]), manager)
    db.session.commit()
    first_id = position.outcomes[0].id
    services.save_position(position, data(outcomes=[GOOD_2, GOOD]), manager)
    db.session.commit()
    db.session.expire_all()
    position = db.session.get(Position, position.id)
    assert [(o.sort_order, o.text) for o in position.outcomes] == [(0, GOOD_2), (1, GOOD)]
    assert position.outcomes[0].id == first_id


def test_rubric_choice_is_stored_per_step_with_defaults(manager):
    position = services.save_position(
        None, data(rubrics={"writing": "business-writing"}), manager)
    db.session.commit()
    assert services.chosen_rubrics(position.id) == {
        "writing": "business-writing", "research": "company-research",
        "interview": "structured-interview", "presentation": "final-presentation"}
    assert services.rubric_for(position.id, "interview").kind == "interview"
    assert db.session.scalars(select(PositionRubric.step)).all() == ["writing"]


def test_a_missing_rubric_file_is_reported_when_used(manager):
    position = services.save_position(None, data(), manager)
    db.session.add(PositionRubric(position_id=position.id, step="writing", rubric_id="gone"))
    db.session.flush()
    with pytest.raises(HiringError, match="The rubric 'gone' chosen for this position"):
        services.rubric_for(position.id, "writing")


def test_set_status_opens_only_measurable_positions(manager):
    position = services.save_position(None, data(outcomes=[GOOD, INPUT]), manager)
    with pytest.raises(HiringError, match="Outcome 2 has no result, number or deadline"):
        services.set_status(position, "open", manager)
    assert position.status == "draft"
    position.outcomes[1].text = GOOD_2
    services.set_status(position, "open", manager)
    db.session.commit()
    assert position.status == "open"
    actions = db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.subject_type == "position").order_by(AuditEvent.id)).all()
    assert actions == ["position.created", "position.status"]


def test_describe_is_what_the_editor_shows():
    view = services.describe(services.check_outcomes([GOOD])[0])
    assert view == {"measurable": True, "summary": "Measurable: a result, a number and a deadline.",
                    "found": ["three", "due 3 months after hire"], "problems": []}
    view = services.describe(services.check_outcomes(["Increase revenue significantly"])[0])
    assert view["summary"] == "Not measurable yet: no number or deadline."
    assert [(p["code"], p["excerpt"]) for p in view["problems"]] == [
        ("missing_quantity", "significantly"), ("missing_deadline", "")]


def test_pdf_context_is_plain_data(manager):
    position = services.save_position(None, data(
        outcomes=[GOOD, INPUT], target_market="Dental practices in Ohio",
        base_salary=Decimal(80000), variable_pay=Decimal(40000),
        benefits_rate=Decimal("0.25"), hiring_manager_id=manager.id), manager)
    context = services.pdf_context(position)
    assert context["outcomes"] == [{"text": GOOD, "measurable": True},
                                   {"text": INPUT, "measurable": False}]
    assert context["compensation"] == [
        {"label": "Base salary", "value": "$80,000"},
        {"label": "Variable pay (on target)", "value": "$40,000"},
        {"label": "Benefits", "value": "25% of base salary"}]
    assert context["hiring_manager"] == (manager.name or manager.email)


def test_an_input_requirement_beside_a_measurable_result_keeps_the_position_closed(manager):
    text = "Close $1.2M in new ARR within 12 months; must have a book of business"
    lines = services.unmeasurable(services.check_outcomes([text]))
    assert lines == ["Outcome 1: it asks for an input (experience, a book of business, a "
                     "degree) instead of a result; remove the requirement."]
    found = services.describe(services.check_outcomes([text])[0])
    assert found["measurable"] is False
    assert found["summary"].startswith("Not measurable yet: it asks for an input")


def test_a_position_with_an_input_requirement_beside_a_result_does_not_open(manager):
    text = "Close $1.2M in new ARR within 12 months; must have a book of business"
    with pytest.raises(HiringError, match="Outcome 2: it asks for an input"):
        services.save_position(None, data(outcomes=[GOOD, text], status="open"), manager)
    db.session.rollback()


TWELVE = "by the end of the twelfth full month after the hire date"
SCORECARD = ["Close $1.2M in new ARR", "Add 12 new logos"]


def test_a_period_for_the_list_lets_a_position_open(manager):
    with pytest.raises(HiringError, match="Outcome 1 has no deadline. Outcome 2 has no deadline"):
        services.save_position(None, data(outcomes=SCORECARD, status="open"), manager)
    db.session.rollback()
    position = services.save_position(None, data(outcomes=[*SCORECARD, GOOD], status="open",
                                                 outcomes_due=f"  {TWELVE} "), manager)
    db.session.commit()
    assert position.status == "open"
    assert position.outcomes_due == TWELVE
    checks = services.check_outcomes([o.text for o in position.outcomes], position.outcomes_due)
    assert [(c.deadline.months_after_hire, c.deadline_from_list) for c in checks] == [
        (12, True), (12, True), (3, False)]
    event = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "position.created")).one()
    assert event.after["outcomes_due"] == TWELVE


def test_an_empty_period_is_stored_as_none(manager):
    position = services.save_position(None, data(outcomes_due="   "), manager)
    assert position.outcomes_due is None


@pytest.mark.parametrize(("due", "expected"), [
    ("When the pipeline is full",
     "“When the pipeline is full” does not say by when the outcomes are due"),
    ("a day", "“a day” does not say by when the outcomes are due"),
    (TWELVE + " " * 200, "Keep the period under 200 characters."),
])
def test_a_period_that_is_no_deadline_is_refused(manager, due, expected):
    with pytest.raises(HiringError, match=expected):
        services.save_position(None, data(outcomes=SCORECARD, outcomes_due=due), manager)
    db.session.rollback()
    assert db.session.scalar(select(Position.id)) is None


def test_set_status_reads_the_stored_period(manager):
    position = services.save_position(None, data(outcomes=SCORECARD), manager)
    with pytest.raises(HiringError, match="Outcome 1 has no deadline"):
        services.set_status(position, "open", manager)
    position.outcomes_due = "within 90 days of the hire date"
    services.set_status(position, "open", manager)
    assert position.status == "open"


def test_an_activity_pay_or_input_does_not_open_with_a_period(manager):
    for text in ("Make 50 calls", "On-target earnings of $140k", INPUT):
        with pytest.raises(HiringError, match="Outcome 2"):
            services.save_position(None, data(outcomes=[GOOD, text], status="open",
                                              outcomes_due=TWELVE), manager)
        db.session.rollback()


def test_describe_says_the_deadline_came_from_the_list():
    view = services.describe(services.check_outcomes(["Add 12 new logos"], TWELVE)[0])
    assert view == {"measurable": True,
                    "summary": "Measurable: a result, a number and the list's deadline.",
                    "found": ["12", "due 12 months after hire (the list's period)"],
                    "problems": []}
    # A period that says no deadline adds none.
    view = services.describe(services.check_outcomes(["Add 12 new logos"], "soon")[0])
    assert view["summary"] == "Not measurable yet: no deadline."


def test_the_listed_checks_key_on_the_period_too():
    services._listed_check.cache_clear()
    alone = services.listed_outcome_checks(SCORECARD)
    listed = services.listed_outcome_checks(SCORECARD, TWELVE)
    assert [c.measurable for c in alone] == [False, False]
    assert [c.measurable for c in listed] == [True, True]
    assert [c.measurable for c in services.listed_outcome_checks(SCORECARD, "")] == [False] * 2
    assert services._listed_check.cache_info().currsize == 4


def test_pdf_context_carries_the_period(manager):
    position = services.save_position(None, data(outcomes=SCORECARD, outcomes_due=TWELVE),
                                      manager)
    context = services.pdf_context(position)
    assert context["outcomes_due"] == TWELVE
    assert [o["measurable"] for o in context["outcomes"]] == [True, True]


def test_the_position_pdf_heads_the_outcomes_with_the_period(manager):
    import io

    from pypdf import PdfReader

    from hiring.pdf import render as pdf

    position = services.save_position(None, data(outcomes=SCORECARD, outcomes_due=TWELVE),
                                      manager)
    printed = pdf.render_pdf_here("pdf/position.html", services.pdf_context(position),
                                  title="Account Executive")
    text = " ".join(" ".join(page.extract_text()
                             for page in PdfReader(io.BytesIO(printed)).pages).split())
    assert "By the end of the twelfth full month after the hire date:" in text
    assert "not yet measurable" not in text
