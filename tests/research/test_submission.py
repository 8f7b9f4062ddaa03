"""The research step in the shared timed editor: sections, analysis at hand-in, review."""

import html
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from hiring.analysis.research import SECTIONS, join_sections
from hiring.assessments.models import Submission
from hiring.db import db
from hiring.research import services

DEMO = Path(services.__file__).with_name("demo_facts.toml")

PROFILE = {
    "company": "Calder Logistics Group was founded in 2004 in Columbus and runs 14 "
               "distribution centers.",
    "executives": "Ms. Okafor, the CFO, signs large contracts. Her husband is a surgeon.",
    "services": "Temperature-Controlled Freight and FreightView tracking.",
    "customers": "Harbor Hill Foods and Blue Ridge Grocers.",
    "target": "Cold-chain growth puts pressure on their Memphis hub.",
    "opportunity": "Within 90 days I would help your team win three pharmacy accounts worth "
                   "$400,000 a year. As a next step I propose a call with Priya Raman next week.",
}


@pytest.fixture
def researcher(app, make_candidate, candidate_client):
    with app.app_context():
        services.import_toml(DEMO.read_text(encoding="utf-8"), "test")
        db.session.commit()
    candidate_id = make_candidate()
    return candidate_client(candidate_id, "research"), candidate_id


def submission_of(app, candidate_id) -> Submission:
    with app.app_context():
        s = db.session.scalars(select(Submission).filter_by(candidate_id=candidate_id)).one()
        db.session.expunge(s)
        return s


def test_the_editor_shows_one_labelled_field_per_section(app, researcher):
    client, candidate_id = researcher
    start = client.get("/assessments/take/research").get_data(as_text=True)
    assert "Research us as your next customer" in start and "Begin" in start
    client.post("/assessments/take/research/begin")
    page = client.get("/assessments/take/research").get_data(as_text=True)
    for section in SECTIONS:
        assert f'<label for="section-{section.key}">' in page
        assert f'id="section-{section.key}-help"' in page
    assert '<textarea id="answer" hidden aria-hidden="true" tabindex="-1">' in page
    # Both deferred (they run once #answer is parsed); the sections script first, so the
    # editor reads and restores the joined text through it.
    assert page.index("research-sections.js") < page.index("assessments-editor.js")
    assert re.search(r'<script src="[^"]*research-sections.js" defer>', page)
    assert submission_of(app, candidate_id).code.startswith("R-")


def test_a_reload_puts_each_saved_body_back_in_its_section(app, researcher):
    client, _ = researcher
    client.post("/assessments/take/research/begin")
    text = join_sections(PROFILE).text
    saved = client.post("/assessments/take/research/save", json={"seq": 1, "text": text})
    assert saved.get_json()["status"] == "saved"
    page = html.unescape(client.get("/assessments/take/research").get_data(as_text=True))
    services_box = page.split('id="section-services"', 1)[1].split("</textarea>", 1)[0]
    assert services_box.endswith(PROFILE["services"])
    assert PROFILE["services"] not in page.split('id="section-services"', 1)[0].split(
        'id="answer"')[0]


def test_hand_in_stores_the_research_analysis_with_sections(app, researcher):
    client, candidate_id = researcher
    client.post("/assessments/take/research/begin")
    client.post("/assessments/take/research/save",
                json={"seq": 1, "text": join_sections(PROFILE).text})
    assert client.post("/assessments/take/research/submit").headers["Location"].endswith(
        "/assessments/take/research")
    analysis = submission_of(app, candidate_id).analysis
    assert analysis["fact_sheet_revision"] == 1
    coverage = analysis["coverage"]
    assert [f["name"] for f in coverage["customers"]["found"]] == ["Harbor Hill Foods"]
    assert "Adaeze Okafor" in [f["name"] for f in coverage["executives"]["found"]]
    by_code = {f["code"]: f for f in analysis["findings"]}
    assert by_code["personal_family"]["section"] == "executives"
    assert by_code["wrong_title"]["section"] == "executives"
    assert by_code["unlisted_customer"]["section"] == "customers"
    text = submission_of(app, candidate_id).text
    f = by_code["personal_family"]
    assert text[f["start"]:f["end"]] == "husband"
    assert analysis["measures"]["personal_info_count"] == 1
    assert analysis["measures"]["opportunity_plan_score"] >= 0.9


def test_reviewers_see_coverage_and_suggestions_from_the_research_rubric(
        app, client, researcher, login_as):
    candidate, candidate_id = researcher
    candidate.post("/assessments/take/research/begin")
    candidate.post("/assessments/take/research/save",
                   json={"seq": 1, "text": join_sections(PROFILE).text})
    candidate.post("/assessments/take/research/submit")
    reviewer_id = login_as("interviewer")
    submission_id = submission_of(app, candidate_id).id
    with app.app_context():
        from hiring.assessments.services import assign_reviewer
        from hiring.auth.models import User

        assign_reviewer(db.session.get(Submission, submission_id),
                        db.session.get(User, reviewer_id), None)
        db.session.commit()
    page = html.unescape(client.get(f"/assessments/review/{submission_id}").get_data(
        as_text=True))
    assert "Coverage of the fact sheet" in page
    assert "Missing:</strong> Mei-Ling Chou" in page
    assert "Mentioned:</strong> Adaeze Okafor" in page and "“Ms. Okafor”" in page
    assert "Company research" in page  # the research rubric, not the writing one
    # One personal detail: the rubric's "Stays on business" criterion suggests 2.
    stays = page.split("Stays on business", 1)[1]
    assert "Suggested: <strong>2</strong>" in stays.split("</fieldset>", 1)[0]
    assert "personal_family" in page
