"""The questionnaire pages as a manager and a candidate use them."""

from __future__ import annotations

from hiring.candidates.models import ScreenOutSuggestion
from hiring.db import db
from hiring.positions.models import Position
from hiring.suitability.models import PreferenceProfile, PreferenceResponse
from hiring.suitability.questionnaire import get_questionnaire

Q = get_questionnaire()


def _profile_form(app, position_id, **changes) -> dict:
    with app.app_context():
        outcome = str(db.session.get(Position, position_id).outcomes[0].id)
    data = {}
    for t in Q.traits:
        data.update({f"{t.key}-low": str(t.ideal[0]), f"{t.key}-high": str(t.ideal[1]),
                     f"{t.key}-outcome": outcome,
                     f"{t.key}-reason": f"{t.label} is what the first outcome rests on."})
    data.update({"ko-travel": "required", "ko-travel-detail": "one week in four"})
    data.update(changes)
    return data


def test_manager_sets_a_profile_and_a_refused_save_keeps_what_was_typed(app, client, login_as,
                                                                        make_position):
    login_as("manager")
    position_id = make_position()
    page = client.get(f"/suitability/positions/{position_id}/profile")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'name="prospecting-low" value="65"' in html  # the template's range to start from
    assert "<legend><strong>Finding new customers</strong></legend>" in html

    refused = client.post(f"/suitability/positions/{position_id}/profile", data=_profile_form(
        app, position_id, **{"prospecting-high": "40", "account_care-reason": "",
                             "self_learning-reason": "Typed and kept."}))
    html = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "The top of the range (40) is below its bottom (65)." in html
    assert 'id="prospecting-high" name="prospecting-high" value="40" aria-invalid="true"' in html
    assert "Typed and kept.</textarea>" in html
    assert 'name="ko-travel-detail" maxlength="200" value="one week in four"' in html
    with app.app_context():
        assert db.session.scalars(db.select(PreferenceProfile)).first() is None

    saved = client.post(f"/suitability/positions/{position_id}/profile",
                        data=_profile_form(app, position_id))
    assert saved.headers["Location"].endswith(f"/suitability/positions/{position_id}/profile")
    with app.app_context():
        row = db.session.scalars(db.select(PreferenceProfile)).one()
        assert row.knockouts == [{"id": "travel", "detail": "one week in four"}]
        assert row.questionnaire_version == Q.version


def _all_form_answers(choice="a", rating="4") -> dict:
    return {f"item-{i.id}": (choice if i.type == "choice" else rating) for i in Q.items}


def test_candidate_answers_without_script_resumes_and_hands_in(app, client, login_as,
                                                               make_position, make_candidate,
                                                               candidate_client):
    login_as("manager")
    position_id = make_position()
    client.post(f"/suitability/positions/{position_id}/profile",
                data=_profile_form(app, position_id))
    candidate_id = make_candidate(position_id, stage="writing")
    browser = candidate_client(candidate_id, "preferences")

    page = browser.get("/suitability/take").get_data(as_text=True)
    assert "There are no right answers." in page
    assert "Travel: one week in four" in page
    assert "Meeting customers across the territory in person is part of the role." in page
    assert 'type="radio"' in page and "About 15 minutes; there is no timer." in page

    half = dict(list(_all_form_answers().items())[:20])
    saved = browser.post("/suitability/take/save", data=half)
    assert saved.headers["Location"].endswith("/suitability/take")
    # Another device: a new session from a fresh link sees the same answers.
    other = candidate_client(candidate_id, "preferences")
    resumed = other.get("/suitability/take").get_data(as_text=True)
    first = Q.items[0]
    value = "a" if first.type == "choice" else "4"
    assert f'id="item-{first.id}-{value}" name="item-{first.id}" value="{value}" checked' \
        in resumed

    refused = other.post("/suitability/take/submit", data=half, follow_redirects=True)
    html = refused.get_data(as_text=True)
    assert "Still to answer" in html and 'href="#ko-travel">Requirement: Travel' in html
    assert f'href="#q-{Q.items[-1].id}">Statement {len(Q.items)}' in html

    done = other.post("/suitability/take/submit",
                      data={**_all_form_answers(), "ko-travel": "no"}, follow_redirects=True)
    assert "Your questionnaire is handed in" in done.get_data(as_text=True)
    with app.app_context():
        response = db.session.scalars(db.select(PreferenceResponse)).one()
        assert response.is_submitted and response.eligible is False
        assert db.session.scalars(db.select(ScreenOutSuggestion)).one().step == "preferences"

    detail = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    assert "Work preferences" in detail and "<dt>Suitability</dt>" in detail
    assert "A knock-out the position requires is not met." in detail
    assert "Travel (one week in four): answered" in detail
    assert "Within the range" in detail or "Below the range" in detail

    closed = other.post("/suitability/take/save", json={"seq": 99, "answers": {},
                                                       "knockouts": {}})
    assert closed.status_code == 409 and closed.get_json()["status"] == "closed"


def test_autosave_takes_json_with_a_sequence_number(app, make_candidate, candidate_client):
    candidate_id = make_candidate(stage="writing")
    browser = candidate_client(candidate_id, "preferences")
    rating = next(i.id for i in Q.items if i.type == "rating")
    ok = browser.post("/suitability/take/save", json={"seq": 2, "answers": {rating: 5},
                                                      "knockouts": {}})
    assert ok.status_code == 200 and ok.get_json()["status"] == "saved"
    stale = browser.post("/suitability/take/save", json={"seq": 1, "answers": {},
                                                         "knockouts": {}})
    assert stale.get_json()["status"] == "stale"
    bad = browser.post("/suitability/take/save", json={"seq": 3, "answers": {rating: 7},
                                                       "knockouts": {}})
    assert bad.status_code == 400 and "from 1 to 5" in bad.get_json()["error"]
    assert browser.post("/suitability/take/save", json={"answers": {}}).status_code == 400


def test_a_candidate_without_a_questionnaire_link_cannot_open_it(make_candidate,
                                                                 candidate_client):
    browser = candidate_client(make_candidate(stage="writing"), "writing")
    assert browser.get("/suitability/take").status_code == 404
    assert browser.post("/suitability/take/save", json={"seq": 1, "answers": {},
                                                        "knockouts": {}}).status_code == 404


def test_the_candidates_progress_page_says_where_the_questionnaire_stands(make_candidate,
                                                                          candidate_client):
    browser = candidate_client(make_candidate(stage="writing"), "preferences")
    rating = next(i.id for i in Q.items if i.type == "rating")
    browser.post("/suitability/take/save", json={"seq": 1, "answers": {rating: 5},
                                                 "knockouts": {}})
    page = browser.get("/candidates/me/status").get_data(as_text=True)
    assert f"begun: 1 of {len(Q.items)} statements answered" in page


def test_the_managers_dashboard_names_a_knockout_not_a_pass_mark(app, client, login_as,
                                                                  make_candidate):
    from hiring.candidates.models import Candidate
    from hiring.candidates.services import suggest_screen_out

    login_as("manager")
    candidate_id = make_candidate(name="Kim Knockout", stage="writing")
    with app.app_context():
        suggest_screen_out(db.session.get(Candidate, candidate_id), "preferences", 1.0,
                           [{"label": "Knock-out not met", "detail": "Travel"}])
        db.session.commit()
    page = client.get("/dashboard").get_data(as_text=True)
    assert "Kim Knockout: a required knock-out not met" in page
