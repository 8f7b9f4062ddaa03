"""Admins keep the prompt library; a position picks its prompt for each step."""

from __future__ import annotations

from sqlalchemy import select

from hiring.assessments import services
from hiring.assessments.models import Prompt, Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.db import db

FORM = {
    "title": "Renewal at risk", "step": "writing",
    "reader": "Dana Ruiz, COO of a regional grocer, renews in six weeks.",
    "situation": "Two late deliveries last month; her team is unhappy.",
    "goal": "Keep the renewal on track with one concrete next step.",
    "instructions": "Write the email you would send today.",
    "word_min": "120", "word_max": "220", "time_limit_minutes": "25", "is_email": "y",
    "allowed_words": "Dana, Ruiz\nFreshway", "active": "y",
}


def _seed(app):
    with app.app_context():
        services.seed_prompts(load_prompts())
        db.session.commit()


def test_admin_adds_and_edits_a_prompt(app, client, login_as):
    _seed(app)
    login_as("admin")
    assert b"Add a prompt" in client.get("/assessments/prompts").data
    refused = client.post("/assessments/prompts/new", data={**FORM, "word_max": "100"})
    assert b"at least the fewest words" in refused.data
    response = client.post("/assessments/prompts/new", data=FORM)
    assert response.headers["Location"] == "/assessments/prompts"
    with app.app_context():
        prompt = db.session.scalar(select(Prompt).where(Prompt.title == "Renewal at risk"))
        assert prompt.slug == "renewal-at-risk" and prompt.allowed_words == [
            "Dana", "Freshway", "Ruiz"]
        assert (prompt.word_min, prompt.word_max, prompt.is_email) == (120, 220, True)
        prompt_id = prompt.id
    edit = client.get(f"/assessments/prompts/{prompt_id}/edit").data.decode()
    assert "Freshway" in edit
    client.post(f"/assessments/prompts/{prompt_id}/edit",
                data={**FORM, "time_limit_minutes": "40", "active": ""})
    with app.app_context():
        prompt = db.session.get(Prompt, prompt_id)
        assert prompt.time_limit_minutes == 40 and not prompt.active


def test_managers_cannot_change_the_library(client, login_as):
    login_as("manager")
    assert client.get("/assessments/prompts").status_code == 403
    assert client.post("/assessments/prompts/new", data=FORM).status_code == 403


def test_a_position_picks_its_prompt_and_new_candidates_get_it(app, client, login_as,
                                                               make_position, make_candidate,
                                                               candidate_client):
    _seed(app)
    position_id = make_position()
    with app.app_context():
        chosen = db.session.scalar(select(Prompt).where(
            Prompt.slug == "delay-reply-email"))
        research = db.session.scalar(select(Prompt).where(Prompt.step == "research"))
        chosen_id, research_id = chosen.id, research.id if research else None
    login_as("manager")
    page = client.get(f"/positions/{position_id}").data.decode()
    assert f"/assessments/positions/{position_id}/prompts" in page
    form = {"writing": chosen_id}
    if research_id:
        form["research"] = research_id
    response = client.post(f"/assessments/positions/{position_id}/prompts", data=form)
    assert response.headers["Location"] == f"/positions/{position_id}"
    candidate_id = make_candidate(position_id=position_id, stage="writing")
    browser = candidate_client(candidate_id)
    assert browser.get("/assessments/take/writing").status_code == 200
    with app.app_context():
        submission = db.session.scalars(select(Submission).filter_by(
            candidate_id=candidate_id)).one()
        assert submission.prompt_id == chosen_id


def test_an_inactive_or_wrong_step_prompt_cannot_be_chosen(app, make_position):
    import pytest

    from hiring.errors import HiringError

    _seed(app)
    position_id = make_position()
    with app.app_context():
        prompt = db.session.scalar(select(Prompt).where(Prompt.step == "writing"))
        with pytest.raises(HiringError, match="not an active prompt for this step"):
            services.choose_prompt(position_id, "research", prompt)
        prompt.active = False
        with pytest.raises(HiringError, match="not an active prompt"):
            services.choose_prompt(position_id, "writing", prompt)


def test_a_position_can_run_a_step_untimed(app, client, login_as, make_position,
                                           make_candidate, candidate_client):
    from datetime import timedelta

    _seed(app)
    position_id = make_position()
    with app.app_context():
        prompt_id = db.session.scalar(select(Prompt.id).where(Prompt.step == "writing"))
    login_as("manager")
    page = client.get(f"/assessments/positions/{position_id}/prompts").data.decode()
    assert 'name="writing_timed"' in page and "checked" in page  # timed unless said otherwise
    client.post(f"/assessments/positions/{position_id}/prompts",
                data={"writing": prompt_id})  # the box left unticked: untimed
    browser = candidate_client(make_candidate(position_id=position_id), "writing")
    assert b"no time limit" in browser.get("/assessments/take/writing").data
    browser.post("/assessments/take/writing/begin")
    editor = browser.get("/assessments/take/writing").data.decode()
    assert "No time limit" in editor and 'id="countdown"' not in editor
    with app.app_context():
        submission = db.session.scalars(select(Submission)).one()
        assert not submission.timed
        assert submission.deadline_at - submission.started_at == timedelta(days=14)
