"""The candidate's own page, the exercises' wording, the receipt and page titles, over HTTP."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from werkzeug.datastructures import MultiDict

from hiring.analysis.research import SECTION_KEYS, join_sections
from hiring.assessments import analysing
from hiring.assessments import services as assessments
from hiring.assessments.prompt_files import load_prompts
from hiring.db import db, utcnow
from hiring.pagination import title_suffix
from hiring.research.models import CompanyFactSheet
from hiring.research.services import ensure_prompt


@pytest.fixture
def prompts(app):
    with app.app_context():
        assessments.seed_prompts(load_prompts())
        ensure_prompt()
        db.session.add(CompanyFactSheet(name="Calder Logistics Group"))
        db.session.commit()


def _title(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.get_data(as_text=True), re.S).group(1)


def test_each_open_step_has_a_start_button_with_its_time_limit(prompts, make_candidate,
                                                               candidate_client):
    browser = candidate_client(make_candidate(), "writing")
    page = browser.get("/candidate/").get_data(as_text=True)
    assert re.search(r'<a role="button" href="/assessments/take/writing">Start writing test</a>',
                     page)
    assert "Time limit: 25 minutes once you press Begin." in page
    assert "at <strong>Calder Logistics Group</strong>" in page


def test_a_begun_step_offers_continue_and_a_handed_in_one_its_receipt(
        app, prompts, make_candidate, candidate_client):
    browser = candidate_client(make_candidate(), "writing")
    browser.post("/assessments/take/writing/begin")
    assert "Continue writing test</a>" in browser.get("/candidate/").get_data(as_text=True)
    browser.post("/assessments/take/writing/submit", data={"seq": "1", "text": "Dear Ms Weiss"})
    page = browser.get("/candidate/").get_data(as_text=True)
    assert "Continue writing test" not in page and "Your receipt" in page
    assert "The hiring team is reviewing your work" in page


def test_one_link_opens_every_step_the_candidate_is_invited_to(
        prompts, make_candidate, invite, candidate_client):
    candidate_id = make_candidate()
    invite(candidate_id, "research")
    browser = candidate_client(candidate_id, "writing")
    page = browser.get("/candidate/").get_data(as_text=True)
    assert "Start company-research exercise" in page
    assert browser.get("/assessments/take/research").status_code == 200


def test_a_step_not_set_up_yet_has_no_button(app, make_candidate, candidate_client):
    page = candidate_client(make_candidate(), "writing").get("/candidate/").get_data(
        as_text=True)
    assert "Start writing test" not in page
    assert "not ready yet" in page


def test_an_upcoming_interview_is_given_as_a_utc_time_element(app, prompts, make_candidate,
                                                              candidate_client):
    from hiring.interviews.models import Interview

    candidate_id = make_candidate(stage="interview")
    browser = candidate_client(candidate_id, "writing")
    when = (utcnow() + timedelta(days=2)).replace(hour=14, minute=0, second=0, microsecond=0)
    with app.app_context():
        from hiring.candidates.models import Candidate

        position_id = db.session.get(Candidate, candidate_id).position_id
        db.session.add(Interview(candidate_id=candidate_id, position_id=position_id,
                                 scheduled_at=when))
        db.session.commit()
    page = browser.get("/candidate/").get_data(as_text=True)
    assert f'<time datetime="{when:%Y-%m-%dT%H:%M:%SZ}" data-local-time>' in page
    assert "js/local-time.js" in page


def test_the_research_exercise_names_the_company(prompts, make_candidate, candidate_client):
    browser = candidate_client(make_candidate(), "research")
    page = browser.get("/assessments/take/research").get_data(as_text=True)
    assert "The company to research: <strong>Calder Logistics Group</strong>" in page


def test_no_prompt_points_to_facts_below_the_instructions():
    # The scenario (reader, situation, goal) is printed above the task.
    for spec in load_prompts().values():
        assert not re.search(r"\bbelow\b", spec.instructions), spec.id


def test_the_receipt_counts_words_as_the_editor_does(app, prompts, make_candidate,
                                                     candidate_client):
    browser = candidate_client(make_candidate(), "research")
    browser.post("/assessments/take/research/begin")
    bodies = ["Calder runs $1.2M hubs, e-commerce and cold-chain.", "Adaeze Okafor (CEO)."]
    text = join_sections(dict(zip(SECTION_KEYS, bodies, strict=False))).text
    browser.post("/assessments/take/research/submit", data={"seq": "1", "text": text})
    page = browser.get("/assessments/take/research").get_data(as_text=True)
    words = re.search(r"<dt>Words</dt><dd>([^<]*)</dd>", page).group(1)
    assert words == "10"  # "Calder runs $1.2M hubs, e-commerce and cold-chain." + 3


def test_words_written_leaves_out_the_section_headings():
    joined = join_sections(dict(zip(SECTION_KEYS, ["one two", "three"], strict=False))).text
    assert analysing.words_written("research", joined) == 3
    assert analysing.words_written("writing", "Subject: Hi\n\nDear Ms Weiss,") == 5


def test_the_candidates_brand_link_leads_to_their_own_page(prompts, make_candidate,
                                                          candidate_client):
    page = candidate_client(make_candidate()).get("/candidate/").get_data(as_text=True)
    assert re.search(r'<a href="/candidate/" class="brand">', page)


def test_pages_that_differ_by_query_have_titles_of_their_own(login_as, client):
    login_as("manager")
    first, second = _title(client.get("/candidates/outbox")), _title(
        client.get("/candidates/outbox?page=2"))
    assert first != second and "page 2" in second


def test_title_suffix_names_filters_and_pages():
    assert title_suffix(MultiDict()) == ""
    assert title_suffix(MultiDict({"page": "1"})) == ""
    assert title_suffix(MultiDict([("stage", "writing"), ("page", "3")])) == (
        " — stage: writing — page 3")
    assert title_suffix(MultiDict({"ready_page": "2", "next": "/x"})) == " — ready page 2"
    assert title_suffix(MultiDict({"q": "Avery"})) == " — search: Avery"


def test_the_outbox_message_is_a_focusable_labelled_region(app, login_as, client,
                                                           make_candidate):
    from hiring.mail.models import OutboxMessage

    candidate_id = make_candidate()
    with app.app_context():
        db.session.add(OutboxMessage(candidate_id=candidate_id, to="a@example.test",
                                     subject="Your writing test", body="x" * 400))
        db.session.commit()
    login_as("manager")
    page = client.get("/candidates/outbox").get_data(as_text=True)
    assert re.search(r'<pre class="pre" tabindex="0" role="region" '
                     r'aria-label="Message to a@example.test: Your writing test">', page)


def test_the_reports_table_scrolls_inside_its_own_box(login_as, client, make_position):
    make_position()
    login_as("manager")
    page = client.get("/reports/").get_data(as_text=True)
    assert re.search(r'<div class="table-scroll"[^>]*>\s*<table>', page)


