"""Whatever a signed-in user or a candidate sends, the portal answers with a 4xx and a message
(or its normal answer, for values that are in fact valid): never a 5xx, never a traceback in
the log, and a refused request leaves the database as it was.

Every route of `app.url_map` is walked with the access matrix's world: each POST route as each
role allowed on it, with hostile values in every form field and JSON key it takes; each GET
route with ids the database cannot hold and page numbers of thirty digits.
"""

from __future__ import annotations

import logging
import re
import shutil

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from hiring import create_app
from hiring.db import db
from tests.access import ROLES, all_rules
from tests.conftest import base_config
from tests.test_access_matrix import _build_world, _client_for

RULES = all_rules()
HUGE = 2**63
THIRTY_DIGITS = "9" * 30

# Values no form or JSON body should ever turn into a 5xx.
HOSTILE_TEXT = [
    str(HUGE), str(HUGE * 10), "-" + str(HUGE), "-1", "0", THIRTY_DIGITS, "1e400", "-1e400",
    "1e30", "Infinity", "-Infinity", "inf", "nan", "NaN", "sNaN", "-sNaN", "0x10", "1_000",
    "9999-12-31", "0001-01-01", "9999-12", "10000-01-01", "2026-02-30",
    "x" * 1_000_000, "a\x00b", "\u202eevil\u202c", "line\r\nBcc: victim@example.com",
    "", " ", "[]", "{}", "null",
    # TOML nested far deeper than any fact sheet needs.
    "x = " + "[" * 5000 + "]" * 5000, "a" + ".a" * 5000 + " = 1",
    "[" + ".".join(["t"] * 3000) + "]\n",
]
HOSTILE_JSON = [
    None, True, -1, HUGE, HUGE * 10, -HUGE, 10**30, float("inf"), float("-inf"), float("nan"),
    1e308, [], [1, 2], {}, {"a": 1}, "x" * 1_000_000, "a\x00b", "\u202e", "1e400", "sNaN",
]
# Whole bodies that are not a JSON object.
HOSTILE_BODIES = ['[1, 2]', '"text"', '42', 'null', '{"seq": ', '{"seq": 1e400}',
                  '{"size": 1e400, "kind": "paste"}', '{"text": NaN}', '\x00', '[' * 5000]


def _int_args(app, endpoint: str) -> list[str]:
    return [name for rule in app.url_map.iter_rules(endpoint)
            for name, converter in rule._converters.items()
            if type(converter).__name__ in ("IntegerConverter", "IdConverter")]


class _Errors(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


class Fuzz:
    """One app on a copy of the access matrix's world, reset to that world for every route."""

    def __init__(self, path):
        self.database = path / "test.sqlite3"
        self.template = path / "template.sqlite3"
        # Errors are answered, not raised into the test: a 500 shows as a 500 and a log entry.
        self.app = create_app(base_config(path, PROPAGATE_EXCEPTIONS=False))
        with self.app.app_context():
            db.create_all()
            self.world = _build_world(self.app)
            from hiring.auth.api_tokens import create_api_token

            _, self.api_token = create_api_token("Hostile input", None)
            db.session.commit()
            db.session.remove()
        # Signed in once: the sessions are part of the world every route starts from.
        self.cookies = {role: list(_client_for(self.app, role, self.world)._cookies.values())
                        for role in ROLES if role != "anonymous"}
        with self.app.app_context():
            db.session.remove()
            db.engine.dispose()
        shutil.copy(self.database, self.template)
        self.errors = _Errors()
        self.app.logger.addHandler(self.errors)

    def reset(self):
        with self.app.app_context():
            db.session.remove()
            db.engine.dispose()
        shutil.copy(self.template, self.database)
        self.errors.records.clear()

    def client(self, role):
        if role is None:
            client = self.app.test_client()
            client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {self.api_token}"
            return client
        client = self.app.test_client()
        for cookie in self.cookies.get(role, ()):
            client.set_cookie(cookie.key, cookie.value, domain=cookie.domain, path=cookie.path)
        return client


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory):
    found = Fuzz(tmp_path_factory.mktemp("hostile"))
    yield found
    found.reset()


def _snapshot(app) -> dict:
    """Every row of every table, to compare before and after a refused request."""
    with app.app_context():
        names = inspect(db.engine).get_table_names()
        with db.engine.connect() as connection:
            return {name: sorted(map(repr, connection.execute(text(f'SELECT * FROM "{name}"'))))
                    for name in names if name not in ("login_session", "rate_limit")}


def _url(app, endpoint, rule, world, **override):
    with app.test_request_context():
        from flask import url_for

        kwargs = {key: (value(world) if callable(value) else value)
                  for key, value in rule.kwargs.items()}
        kwargs.update(override)
        return url_for(endpoint, **kwargs)


def _describe(errors) -> str:
    return "; ".join(f"{r.getMessage()} {r.exc_info[1]!r}" if r.exc_info else r.getMessage()
                     for r in errors.records)


# --- GET: ids the database cannot hold, page numbers of thirty digits -----------------------

GET_ENDPOINTS = sorted(e for e, r in RULES.items() if r.method == "GET" and e != "static")


@pytest.mark.parametrize("endpoint", GET_ENDPOINTS)
def test_get_routes_refuse_impossible_ids_and_pages(endpoint, fuzz):
    fuzz.reset()
    app, world, errors = fuzz.app, fuzz.world, fuzz.errors
    rule = RULES[endpoint]
    role = next((r for r in reversed(ROLES) if r in rule.allow), None)
    client = fuzz.client(role)
    for name in _int_args(app, endpoint):
        for value in (HUGE, HUGE * 1000):
            url = _url(app, endpoint, rule, world, **{name: value})
            status = _status_of(client.get(url))
            assert status == 404, f"{url} as {role}: {status}"
    base = _url(app, endpoint, rule, world)
    joiner = "&" if "?" in base else "?"
    for query in ("page", "all_page", "ready_page", "candidate", "per_page", "checkpoint"):
        for value in (THIRTY_DIGITS, "-" + THIRTY_DIGITS, "1e400", "nan"):
            status = _status_of(client.get(f"{base}{joiner}{query}={value}"))
            assert status < 500, f"{base}?{query}={value}: {status}"
    assert not errors.records, _describe(errors)


def _status_of(response) -> int:
    """The response's status, the response closed (a sent PDF keeps its file open till then)."""
    response.close()
    return response.status_code


# --- POST: hostile values in every field, as every allowed role ----------------------------

def _post_endpoints() -> list[str]:
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    return sorted({rule.endpoint for rule in app.url_map.iter_rules()
                   if "POST" in rule.methods and rule.endpoint in RULES})


# Forms that share their address with a page (GET and POST) are fuzzed through the page's rule.
POST_ENDPOINTS = _post_endpoints()
FIELD_NAME = re.compile(r'<(?:input|textarea|select)\b[^>]*\bname="([^"]+)"')


def _fields(client, app, endpoint, rule, world) -> list[str]:
    """The rule's own fields plus every field of the page the form is on, where it has one."""
    names = set(rule.data) | set(rule.json or {})
    methods = next(app.url_map.iter_rules(endpoint)).methods
    if "GET" in methods:
        page = client.get(_url(app, endpoint, rule, world))
        if page.status_code == 200 and page.mimetype == "text/html":
            names |= set(FIELD_NAME.findall(page.get_data(as_text=True)))
    names.discard("csrf_token")
    return sorted(names)


def _send(client, url, rule, world, field, value, body):
    if body is not None:
        return client.post(url, data=body, content_type="application/json")
    if rule.json is not None:
        payload = {**rule.json, field: value}
        return client.post(url, json=payload)
    data = {key: (v(world) if callable(v) else v) for key, v in rule.data.items()}
    data[field] = value
    return client.post(url, data=data)


@pytest.mark.parametrize("endpoint", POST_ENDPOINTS)
def test_post_routes_answer_hostile_values_with_a_4xx(endpoint, fuzz):
    fuzz.reset()
    app, world, errors = fuzz.app, fuzz.world, fuzz.errors
    rule = RULES[endpoint]
    roles = [role for role in ROLES if role in rule.allow] or [None]
    clients = {role: fuzz.client(role) for role in roles}
    url = _url(app, endpoint, rule, world)
    fields = _fields(clients[roles[-1]], app, endpoint, rule, world) or ["value"]
    value = (st.sampled_from(HOSTILE_JSON) | st.integers(min_value=-10**40, max_value=10**40)
             if rule.json is not None else
             st.sampled_from(HOSTILE_TEXT) | st.integers(-10**40, 10**40).map(str))
    body = st.none() | st.sampled_from(HOSTILE_BODIES) if rule.json is not None else st.none()

    # Fixed examples (derandomized, no shrinking) keep CI stable and the run short.
    @settings(max_examples=8, deadline=None, derandomize=True, database=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    @given(role=st.sampled_from(roles), field=st.sampled_from(fields), value=value, body=body)
    def hostile(role, field, value, body):
        before = _snapshot(app)
        response = _send(clients[role], url, rule, world, field, value, body)
        status = response.status_code
        if endpoint != "auth.logout":  # signing out is what that route is for
            assert "/login?next=" not in response.headers.get("Location", ""), \
                f"{role} was signed out by {endpoint}"
        shown = repr(value)[:80] if body is None else repr(body)[:80]
        assert status < 500, f"{endpoint} as {role}, {field}={shown}: {status}"
        assert not errors.records, f"{endpoint} as {role}, {field}={shown}: {_describe(errors)}"
        if 400 <= status < 500:
            assert _snapshot(app) == before, \
                f"{endpoint} as {role}, {field}={shown}: {status} but the database changed"

    hostile()
