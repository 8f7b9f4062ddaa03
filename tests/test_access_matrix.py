"""Every route, every role: a route added without a rule, or whose server-side check does
not match its rule, fails here."""

from __future__ import annotations

import shutil

import pytest

from hiring import create_app
from hiring.db import db
from tests.access import ROLES, World, all_rules, modules
from tests.conftest import PASSWORD, base_config

RULES = all_rules()


def _endpoints() -> list[str]:
    app = create_app({"TESTING": True, "SECRET_KEY": "x",
                      "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    return sorted(app.view_functions)


ENDPOINTS = _endpoints()


def test_every_route_has_a_rule():
    missing = [endpoint for endpoint in ENDPOINTS if endpoint not in RULES]
    assert not missing, f"routes without an access rule in tests/access/: {missing}"


def test_every_rule_names_a_route():
    stale = [endpoint for endpoint in RULES if endpoint not in ENDPOINTS]
    assert not stale, f"rules for routes that do not exist: {stale}"


def test_every_view_declares_its_access():
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    undeclared = [endpoint for endpoint, view in app.view_functions.items()
                  if endpoint != "static" and not hasattr(view, "access")]
    assert not undeclared, f"views without @public, @roles_required or @candidate_required: " \
                           f"{undeclared}"


def _build_world(app) -> World:
    from hiring.auth.services import create_user
    from hiring.candidates.invitations import create_invitation
    from hiring.candidates.models import Candidate
    from hiring.positions.models import Outcome, Position

    world = World()
    for role in ("interviewer", "manager", "admin"):
        world.users[role] = create_user(f"{role}@matrix.test", role, PASSWORD).id
    position = Position(title="Matrix position", status="open",
                        hiring_manager_id=world.users["manager"])
    position.outcomes = [Outcome(sort_order=0, text="Billings of $500,000 from four new "
                                                    "customers by the end of your tenth month.")]
    db.session.add(position)
    db.session.flush()
    world.position_id = position.id
    candidate = Candidate(position_id=position.id, name="Matrix Candidate",
                          email="matrix@example.com", stage="writing")
    other = Candidate(position_id=position.id, name="Other Candidate",
                      email="other@example.com", stage="writing")
    db.session.add_all([candidate, other])
    db.session.flush()
    world.candidate_id, world.other_candidate_id = candidate.id, other.id
    for step in ("writing", "research"):
        invitation, token = create_invitation(candidate, step, None, 14)
        world.invitation_ids[step] = invitation.id
        world.tokens[step] = token
    db.session.flush()
    for module in modules():
        if hasattr(module, "seed"):
            module.seed(world)
    db.session.commit()
    return world


@pytest.fixture(scope="module")
def template_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("matrix")
    app = create_app(base_config(path))
    with app.app_context():
        db.create_all()
        world = _build_world(app)
        db.session.remove()
        db.engine.dispose()
    return path / "test.sqlite3", world


def _client_for(app, role: str, world: World):
    client = app.test_client()
    if role == "candidate":
        for step in ("writing", "research"):
            response = client.get(f"/i/{world.tokens[step]}")
            assert response.status_code in (302, 303)
    elif role != "anonymous":
        response = client.post("/login", data={"email": f"{role}@matrix.test",
                                               "password": PASSWORD})
        assert response.status_code in (302, 303), f"{role} could not sign in"
    return client


def _request(client, app, endpoint, rule):
    with app.test_request_context():
        from flask import url_for

        url = url_for(endpoint, **{key: (value(WORLD) if callable(value) else value)
                                   for key, value in rule.kwargs.items()})
    if rule.method == "GET":
        return client.get(url)
    if rule.json is not None:
        return client.open(url, method=rule.method, json=rule.json)
    return client.open(url, method=rule.method, data={
        key: (value(WORLD) if callable(value) else value) for key, value in rule.data.items()})


WORLD: World | None = None


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e in RULES])
def test_route_access(endpoint, template_database, tmp_path):
    global WORLD
    source, WORLD = template_database
    rule = RULES[endpoint]
    shutil.copy(source, tmp_path / "test.sqlite3")
    app = create_app(base_config(tmp_path))
    outcomes = {}
    for role in ROLES:
        client = _client_for(app, role, WORLD)
        response = _request(client, app, endpoint, rule)
        # Flask-Login sends visitors to sign in with ?next=; a plain redirect to /login
        # (after signing out) is not a refusal.
        sent_to_sign_in = (response.status_code in (302, 303)
                           and "/login?next=" in response.headers.get("Location", ""))
        response.close()
        assert response.status_code < 500, f"{endpoint} as {role}: {response.status_code}"
        if role in rule.allow:
            outcomes[role] = response.status_code not in (401, 403) and not sent_to_sign_in
        elif role in ("anonymous", "candidate") and response.status_code != 403:
            # Staff pages send visitors to sign in.
            outcomes[role] = not sent_to_sign_in
        else:
            outcomes[role] = response.status_code != 403
    expected = {role: role in rule.allow for role in ROLES}
    assert outcomes == expected, f"{endpoint}: got through {outcomes}, rule {expected}"
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
