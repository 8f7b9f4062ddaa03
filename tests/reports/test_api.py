import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from hiring.auth.api_tokens import ApiToken, create_api_token
from hiring.db import db
from hiring.reports.models import SelfIdentification


@pytest.fixture
def api_world(app, make_position, make_candidate):
    """A position with two candidates (one self-identified) and a token; returns the raw token."""
    position_id = make_position(title="Regional AE")
    first = make_candidate(position_id, name="Ann Able", stage="writing")
    make_candidate(position_id, name="Bo Baker", stage="research")
    with app.app_context():
        db.session.add(SelfIdentification(candidate_id=first, sex="female", race="asian"))
        _, raw = create_api_token(
            "Warehouse sync", None, ("read:positions", "read:candidates", "read:scores"))
        db.session.commit()
    return {"token": raw, "position_id": position_id, "candidate_id": first}


def _get(client, url, token):
    return client.get(url, headers={"Authorization": f"Bearer {token}"})


def test_tokens_are_stored_hashed_and_shown_once(app, client, login_as):
    login_as("admin")
    response = client.post("/reports/api-tokens", data={"name": "  BI   export ",
                                                        "scopes": "read:positions"})
    assert response.status_code == 201
    page = response.get_data(as_text=True)
    assert "it will not be shown again" in page
    raw = page.split('id="new-token" type="text" readonly value="')[1].split('"')[0]
    with app.app_context():
        token = db.session.scalar(select(ApiToken))
        assert token.name == "BI export" and token.scope == "read:positions"
        assert raw not in token.token_hash and len(token.token_hash) == 64
    assert raw not in client.get("/reports/api-tokens").get_data(as_text=True)
    assert _get(client, "/api/v1/stages", raw).status_code == 200


def test_revoked_or_missing_tokens_are_refused(app, client, login_as, api_world):
    token = api_world["token"]
    assert _get(client, "/api/v1/positions", token).status_code == 200
    assert client.get("/api/v1/positions").status_code == 403
    assert _get(client, "/api/v1/positions", "not-a-token").status_code == 403
    login_as("admin")
    with app.app_context():
        token_id = db.session.scalar(select(ApiToken.id))
    response = client.post(f"/reports/api-tokens/{token_id}/revoke")
    assert response.headers["Location"].endswith("/reports/api-tokens")
    refused = _get(client, "/api/v1/positions", token)
    assert refused.status_code == 403 and "token" in refused.json["error"]


def test_api_serves_positions_and_candidates_without_self_identification(client, api_world):
    token, position_id = api_world["token"], api_world["position_id"]
    positions = _get(client, "/api/v1/positions", token).json
    assert positions["total"] == 1 and positions["items"][0]["title"] == "Regional AE"
    listing = _get(client, f"/api/v1/positions/{position_id}/candidates?per_page=1&page=2",
                   token).json
    assert (listing["total"], listing["page"], len(listing["items"])) == (2, 2, 1)
    assert listing["items"][0]["name"] == "Bo Baker"
    one = _get(client, f"/api/v1/candidates/{api_world['candidate_id']}", token)
    body = one.get_data(as_text=True)
    assert one.json["stage"] == "writing"
    for leaked in ("female", "asian", "sex", "race"):
        assert leaked not in body
    assert _get(client, "/api/v1/candidates/999999", token).status_code == 404
    assert _get(client, "/api/v1/positions?per_page=500", token).status_code == 400
    # Found by schemathesis: a page far past any row must not reach the database.
    assert _get(client, "/api/v1/positions?page=461168601842829691", token).status_code == 400
    assert _get(client, f"/api/v1/candidates/{2**64}", token).status_code == 404
    plans = _get(client, f"/api/v1/candidates/{api_world['candidate_id']}/plans", token).json
    assert plans["development_plan"] is None
    scores = _get(client, f"/api/v1/candidates/{api_world['candidate_id']}/scores", token).json
    assert scores == {"candidate_id": api_world["candidate_id"], "items": []}


def test_openapi_document_describes_every_api_route(app, client):
    document = client.get("/api/v1/openapi.json").json
    described = {"/api/v1" + path.replace("{", "<").replace("}", ">")
                 for path in document["paths"]}
    routes = {str(rule).replace("<int:", "<") for rule in app.url_map.iter_rules()
              if rule.endpoint.startswith("reports.api.")
              and rule.endpoint != "reports.api.openapi"}
    assert described == routes


def test_api_conforms_to_its_openapi_document(app, api_world):
    """Schemathesis generates requests for every operation; none may break the document's
    promises (status codes, response schemas) or answer with a server error."""
    headers = {"Authorization": f"Bearer {api_world['token']}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 7
    statuses = set()
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=20, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call_and_validate(headers=headers)
            assert response.status_code < 500
            statuses.add(response.status_code)

        check()
    # Real answers came back: found records and missing ones.
    assert {200, 404} <= statuses


def test_scores_of_one_candidate(app, client, api_world):
    from hiring.assessments.models import Submission

    with app.app_context():
        for cid, score in ((api_world["candidate_id"], 71.5), (api_world["candidate_id"] + 1, 40)):
            db.session.add(Submission(candidate_id=cid, step="writing", code=f"C{cid}",
                                      rubric_id="business-writing", time_limit_minutes=30,
                                      final_score=score))
        db.session.commit()
    body = _get(client, f"/api/v1/candidates/{api_world['candidate_id']}/scores",
                api_world["token"]).json
    assert [(i["step"], i["score"], i["pass_threshold"]) for i in body["items"]] == [
        ("writing", 71.5, 60)]


def test_api_lists_follow_their_cursor_to_the_end(app, client, api_world, make_candidate):
    token, position_id = api_world["token"], api_world["position_id"]
    for n in range(3):
        make_candidate(position_id, name=f"Cy {n}", email=f"cy{n}@example.com")
    url = f"/api/v1/positions/{position_id}/candidates?per_page=2"
    seen, after, pages = [], None, 0
    while True:
        listing = _get(client, url + (f"&after={after}" if after is not None else ""),
                       token).json
        pages += 1
        assert listing["total"] == 5 and len(listing["items"]) <= 2
        seen += [item["id"] for item in listing["items"]]
        after = listing["next_after"]
        if after is None:
            break
        assert after == seen[-1]
    by_page = [item["id"] for n in (1, 2, 3) for item in _get(
        client, f"{url}&page={n}", token).json["items"]]
    assert pages == 3 and seen == sorted(seen) == by_page and len(set(seen)) == 5
    # The cursor wins over a page number; a cursor past the end gives an empty last page.
    assert _get(client, f"{url}&after={seen[1]}&page=3", token).json["items"][0]["id"] == \
        seen[2]
    last = _get(client, f"{url}&after={seen[-1]}", token).json
    assert (last["items"], last["next_after"]) == ([], None)
    assert _get(client, f"{url}&after=-1", token).status_code == 400
    assert _get(client, f"{url}&after=x", token).status_code == 400
