"""API tokens: scopes that are enforced, an optional expiry, and interview scores only from
panels whose every member has submitted."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from hiring.auth.api_tokens import ApiToken, create_api_token
from hiring.db import db, utcnow

PATHS = {
    "read:positions": ["/api/v1/stages", "/api/v1/positions", "/api/v1/positions/{position}"],
    "read:candidates": ["/api/v1/positions/{position}/candidates",
                        "/api/v1/candidates/{candidate}", "/api/v1/candidates/{candidate}/plans"],
    "read:scores": ["/api/v1/candidates/{candidate}/scores"],
}


def _token(app, *scopes, days=None) -> str:
    with app.app_context():
        _, raw = create_api_token("Scoped", None, scopes, days)
        db.session.commit()
    return raw


def _get(client, path, raw):
    return client.get(path, headers={"Authorization": f"Bearer {raw}"})


def test_each_path_needs_its_scope(app, client, make_position, make_candidate):
    position = make_position()
    candidate = make_candidate(position_id=position)
    for scope, paths in PATHS.items():
        holder = _token(app, scope)
        others = _token(app, *(s for s in PATHS if s != scope))
        for template in paths:
            path = template.format(position=position, candidate=candidate)
            assert _get(client, path, holder).status_code == 200, path
            refused = _get(client, path, others)
            assert refused.status_code == 403, path
            assert f"needs the scope '{scope}'" in refused.json["error"], path


def test_a_token_expires_when_chosen(app, client):
    raw = _token(app, "read:positions", days=7)
    assert _get(client, "/api/v1/stages", raw).status_code == 200
    with app.app_context():
        token = db.session.scalar(select(ApiToken))
        token.expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
    refused = _get(client, "/api/v1/stages", raw)
    assert refused.status_code == 403 and "expired" in refused.json["error"]


def test_the_token_page_offers_scopes_and_expiry(app, client, login_as):
    login_as("admin")
    page = client.get("/reports/api-tokens").get_data(as_text=True)
    for scope in PATHS:
        assert f'value="{scope}"' in page
    response = client.post("/reports/api-tokens", data={
        "name": "Quarterly analysis", "scopes": ["read:positions", "read:scores"],
        "expires_in_days": "30"})
    assert response.status_code == 201
    listing = response.get_data(as_text=True)
    assert "<code>read:scores</code>" in listing
    with app.app_context():
        token = db.session.scalar(select(ApiToken))
        assert token.scopes == ("read:positions", "read:scores")
        assert timedelta(days=29) < token.expires_at - utcnow() <= timedelta(days=30)
    nothing = client.post("/reports/api-tokens", data={"name": "No scope"})
    assert nothing.status_code == 422
    assert "Choose what the token may read" in nothing.get_data(as_text=True)
    forever = client.post("/reports/api-tokens", data={
        "name": "Warehouse", "scopes": "read:candidates", "expires_in_days": "0"})
    assert forever.status_code == 422
