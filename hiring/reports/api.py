"""Read-only JSON API at /api/v1/, authorised by admin-issued bearer tokens.

Candidates are served without self-identification (that table is never read here) and
without notes. Requests without a valid token get 403 with a JSON error, like any refusal.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import wraps

from flask import Blueprint, g, jsonify, request

from hiring.auth import api_tokens
from hiring.auth.access import Access
from hiring.candidates.models import STAGE_LABELS, STAGES, Candidate
from hiring.inputs import MAX_ID
from hiring.positions.models import Position
from hiring.reports import scores as score_data
from hiring.reports.services import api_reads as reads

api = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_PER_PAGE = 100
MAX_PAGE = 1_000_000


def _error(status: int, message: str):
    response = jsonify({"error": message})
    response.status_code = status
    return response


def token_required(scope: str):
    """A valid, unrevoked, unexpired API token holding `scope`, in
    `Authorization: Bearer ...`."""
    if scope not in api_tokens.API_SCOPES:
        raise ValueError(f"unknown API scope {scope!r}")

    def decorate(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            scheme, _, raw = header.partition(" ")
            token = api_tokens.token_for(raw.strip()) if scheme.lower() == "bearer" else None
            if token is None:
                return _error(403, "A valid API token is required (Authorization: Bearer "
                                   "<token>); it may have been revoked or have expired.")
            if not token.allows(scope):
                return _error(403, f"This token may not read this: it needs the scope "
                                   f"'{scope}'. Ask an admin for a token with it.")
            g.api_token = token
            return view(*args, **kwargs)

        wrapped.access = Access("api_token")
        wrapped.api_scope = scope
        return wrapped

    return decorate


def public_document(view):
    view.access = Access("public")
    return view


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _page_args():
    """(page, per_page, after) from the query string, or an error response."""
    try:
        page = int(request.args.get("page", 1))
        per_page = int(request.args.get("per_page", 50))
        after = request.args.get("after")
        after = int(after) if after is not None else None
    except ValueError:
        return None, _error(400, "page, per_page and after must be whole numbers.")
    if not 1 <= page <= MAX_PAGE or not 1 <= per_page <= MAX_PER_PAGE:
        return None, _error(
            400, f"page must be from 1 to {MAX_PAGE:,}; per_page from 1 to {MAX_PER_PAGE}.")
    if after is not None and not 0 <= after <= MAX_ID:
        return None, _error(400, f"after must be an id from 0 to {MAX_ID}.")
    return (page, per_page, after), None


def _page(read, serialise):
    """One page of `read(page, per_page, after)` -> (items, total, next_after) as JSON.
    `next_after` is the `after` of the next page (null on the last): following it reads
    only each page's rows, where a deep `page` makes the database step over all before it."""
    args, error = _page_args()
    if error is not None:
        return error
    page, per_page, after = args
    items, total, next_after = read(page, per_page, after)
    body = {"items": [serialise(i) for i in items], "per_page": per_page, "total": total,
            "next_after": next_after}
    if after is None:
        body["page"] = page
    else:
        body["after"] = after
    return jsonify(body)


def _position_json(p: Position) -> dict:
    return {
        "id": p.id,
        "title": p.title,
        "target_market": p.target_market,
        "status": p.status,
        "outcomes": [o.text for o in p.outcomes],
        "created_at": _iso(p.created_at),
    }


def _candidate_json(c: Candidate) -> dict:
    return {
        "id": c.id,
        "position_id": c.position_id,
        "name": c.name,
        "email": c.email,
        "stage": c.stage,
        "stage_label": STAGE_LABELS.get(c.stage, c.stage),
        "created_at": _iso(c.created_at),
        "last_activity_at": _iso(c.last_activity_at),
    }


@api.get("/openapi.json")
@public_document
def openapi():
    return jsonify(openapi_document())


@api.get("/stages")
@token_required("read:positions")
def stages():
    return jsonify({"items": [{"key": s, "label": STAGE_LABELS[s]} for s in STAGES]})


@api.get("/positions")
@token_required("read:positions")
def positions():
    return _page(reads.positions_page, _position_json)


@api.get("/positions/<int:position_id>")
@token_required("read:positions")
def position(position_id: int):
    found = reads.position_by_id(position_id)
    if found is None:
        return _error(404, "No such position.")
    return jsonify(_position_json(found))


@api.get("/positions/<int:position_id>/candidates")
@token_required("read:candidates")
def position_candidates(position_id: int):
    if reads.position_by_id(position_id) is None:
        return _error(404, "No such position.")
    return _page(lambda page, per_page, after: reads.candidates_page(
        position_id, page, per_page, after), _candidate_json)


@api.get("/candidates/<int:candidate_id>")
@token_required("read:candidates")
def candidate(candidate_id: int):
    found = reads.candidate_by_id(candidate_id)
    if found is None:
        return _error(404, "No such candidate.")
    return jsonify(_candidate_json(found))


@api.get("/candidates/<int:candidate_id>/scores")
@token_required("read:scores")
def candidate_scores(candidate_id: int):
    found = reads.candidate_by_id(candidate_id)
    if found is None:
        return _error(404, "No such candidate.")
    items = [
        {"step": step.step, "label": step.label, "score": step.scores[found.id],
         "unit": step.unit, "pass_threshold": step.threshold}
        # A panel's scores are served once every panelist has submitted: a token holder may
        # sit on that panel, and a half-scored interview is no result yet.
        for step in score_data.step_scores(found.position_id, found.id,
                                           completed_panels_only=True)
        if found.id in step.scores
    ]
    return jsonify({"candidate_id": found.id, "items": items})


@api.get("/candidates/<int:candidate_id>/plans")
@token_required("read:candidates")
def candidate_plans(candidate_id: int):
    found = reads.candidate_by_id(candidate_id)
    if found is None:
        return _error(404, "No such candidate.")
    return jsonify({"candidate_id": found.id, **_plans_of(found.id)})


def _plans_of(candidate_id: int) -> dict:
    plan, onboarding_plan = reads.plans_of(candidate_id)
    development = onboarding = None
    if plan is not None:
        development = {
            "start_date": _iso(plan.start_date),
            "milestones": [
                {"month": m.month, "title": m.title, "measure": m.measure}
                for m in plan.milestones
            ],
        }
    if onboarding_plan is not None:
        onboarding = {
            "start_date": _iso(onboarding_plan.start_date),
            "activities": [{"week": a.week, "text": a.text} for a in onboarding_plan.activities],
            "connections": [
                {"name": c.name, "role": c.role, "by_week": c.by_week}
                for c in onboarding_plan.connections
            ],
        }
    return {"development_plan": development, "onboarding_plan": onboarding}


# ----------------------------------------------------------------------------- OpenAPI


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _ok(schema: dict, description: str = "OK") -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_ERROR = _ok(_ref("Error"), "Error")
_REFUSED = {"403": {**_ERROR, "description": "No valid API token, or one without the scope"}}


def _id_param(name: str) -> dict:
    return {"name": name, "in": "path", "required": True,
            "schema": {"type": "integer", "minimum": 0, "maximum": MAX_ID}}


_PAGING = [
    {"name": "page", "in": "query", "required": False,
     "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": 1}},
    {"name": "per_page", "in": "query", "required": False,
     "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": 50}},
    {"name": "after", "in": "query", "required": False,
     "description": "The items whose id follows this one (the previous answer's "
                    "next_after); page is then ignored. As fast on the last page as on the "
                    "first.",
     "schema": {"type": "integer", "minimum": 0, "maximum": MAX_ID}},
]


def _paged(item: str) -> dict:
    return {"type": "object", "required": ["items", "per_page", "total", "next_after"],
            "properties": {"items": {"type": "array", "items": _ref(item)},
                           "page": {"type": "integer"}, "after": {"type": "integer"},
                           "per_page": {"type": "integer"}, "total": {"type": "integer"},
                           "next_after": {"type": "integer", "nullable": True}}}


_NULLABLE_TEXT = {"type": "string", "nullable": True}
SCHEMAS = {
    "Error": {"type": "object", "required": ["error"],
              "properties": {"error": {"type": "string"}}},
    "Stage": {"type": "object", "required": ["key", "label"],
              "properties": {"key": {"type": "string", "enum": list(STAGES)},
                             "label": {"type": "string"}}},
    "Position": {
        "type": "object",
        "required": ["id", "title", "target_market", "status", "outcomes", "created_at"],
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"},
                       "target_market": {"type": "string"}, "status": {"type": "string"},
                       "outcomes": {"type": "array", "items": {"type": "string"}},
                       "created_at": {"type": "string", "format": "date-time"}},
    },
    "Candidate": {
        "type": "object",
        "description": "A candidate; self-identification is never part of it.",
        "required": ["id", "position_id", "name", "email", "stage", "stage_label"],
        "properties": {"id": {"type": "integer"}, "position_id": {"type": "integer"},
                       "name": {"type": "string"}, "email": {"type": "string"},
                       "stage": {"type": "string", "enum": list(STAGES)},
                       "stage_label": {"type": "string"},
                       "created_at": {"type": "string", "format": "date-time"},
                       "last_activity_at": {"type": "string", "format": "date-time"}},
    },
    "Scores": {
        "type": "object", "required": ["candidate_id", "items"],
        "properties": {
            "candidate_id": {"type": "integer"},
            "items": {"type": "array", "items": {
                "type": "object", "required": ["step", "label", "score", "unit"],
                "properties": {"step": {"type": "string"}, "label": {"type": "string"},
                               "score": {"type": "number"}, "unit": {"type": "string"},
                               "pass_threshold": {"type": "number", "nullable": True}}}},
        },
    },
    "Plans": {
        "type": "object", "required": ["candidate_id", "development_plan", "onboarding_plan"],
        "properties": {
            "candidate_id": {"type": "integer"},
            "development_plan": {"type": "object", "nullable": True, "properties": {
                "start_date": _NULLABLE_TEXT,
                "milestones": {"type": "array", "items": {"type": "object", "properties": {
                    "month": {"type": "integer"}, "title": {"type": "string"},
                    "measure": {"type": "string"}}}}}},
            "onboarding_plan": {"type": "object", "nullable": True, "properties": {
                "start_date": _NULLABLE_TEXT,
                "activities": {"type": "array", "items": {"type": "object"}},
                "connections": {"type": "array", "items": {"type": "object"}}}},
        },
    },
}


def openapi_document() -> dict:
    """The OpenAPI 3.0 description of this API."""
    not_found = {"404": {**_ERROR, "description": "Not found"}}
    bad_paging = {"400": {**_ERROR, "description": "Bad paging arguments"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Hiring portal read-only API", "version": "1.0.0",
                 "description": "Positions, candidates (without self-identification), stages, "
                                "scores and plans. Every request needs a read-only API token "
                                "an admin created, holding the scope the path names "
                                "(read:positions, read:candidates or read:scores): "
                                "`Authorization: Bearer <token>`. Interview scores come "
                                "only from panels whose every member has submitted."},
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearerAuth": []}],
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": SCHEMAS,
        },
        "paths": {
            "/stages": {"get": {"operationId": "listStages", "responses": {
                "200": _ok({"type": "object", "required": ["items"], "properties": {
                    "items": {"type": "array", "items": _ref("Stage")}}}), **_REFUSED}}},
            "/positions": {"get": {"operationId": "listPositions", "parameters": _PAGING,
                                   "responses": {"200": _ok(_paged("Position")),
                                                 **bad_paging, **_REFUSED}}},
            "/positions/{position_id}": {"get": {
                "operationId": "getPosition", "parameters": [_id_param("position_id")],
                "responses": {"200": _ok(_ref("Position")), **not_found, **_REFUSED}}},
            "/positions/{position_id}/candidates": {"get": {
                "operationId": "listPositionCandidates",
                "parameters": [_id_param("position_id"), *_PAGING],
                "responses": {"200": _ok(_paged("Candidate")), **bad_paging, **not_found,
                              **_REFUSED}}},
            "/candidates/{candidate_id}": {"get": {
                "operationId": "getCandidate", "parameters": [_id_param("candidate_id")],
                "responses": {"200": _ok(_ref("Candidate")), **not_found, **_REFUSED}}},
            "/candidates/{candidate_id}/scores": {"get": {
                "operationId": "getCandidateScores", "parameters": [_id_param("candidate_id")],
                "responses": {"200": _ok(_ref("Scores")), **not_found, **_REFUSED}}},
            "/candidates/{candidate_id}/plans": {"get": {
                "operationId": "getCandidatePlans", "parameters": [_id_param("candidate_id")],
                "responses": {"200": _ok(_ref("Plans")), **not_found, **_REFUSED}}},
        },
    }
