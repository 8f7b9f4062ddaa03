from tests.access import ADMINS, CANDIDATE, MANAGERS, PUBLIC, Rule


def _position(world):
    return world.position_id


# API routes take a bearer token, not a session: no signed-in role gets through without one.
NOBODY = frozenset()

RULES = {
    "reports.index": Rule(MANAGERS),
    "reports.dashboard": Rule(MANAGERS, kwargs={"position_id": _position}),
    "reports.chart": Rule(MANAGERS, kwargs={"position_id": _position, "name": "funnel"}),
    "reports.compare": Rule(MANAGERS, kwargs={"position_id": _position}),
    "reports.cost": Rule(MANAGERS, kwargs={"position_id": _position}),
    "reports.cost_save": Rule(MANAGERS, method="POST", kwargs={"position_id": _position},
                              data={"rate_without": "40", "rate_with": "15"}),
    "reports.cost_pdf": Rule(MANAGERS, kwargs={"position_id": _position}),
    "reports.cost_pdf_status": Rule(MANAGERS, kwargs={"position_id": _position}),
    "reports.impact": Rule(ADMINS, kwargs={"position_id": _position}),
    "reports.validity": Rule(MANAGERS, kwargs={"position_id": _position}),
    "reports.outcome_save": Rule(MANAGERS, method="POST", kwargs={"position_id": _position},
                                 data={"candidate_id": "1", "checkpoint_days": "90",
                                       "outcomes_met": "1", "outcomes_total": "1"}),
    "reports.tokens": Rule(ADMINS),
    "reports.token_create": Rule(ADMINS, method="POST", data={"name": "Matrix"}),
    "reports.token_revoke": Rule(ADMINS, method="POST",
                                 kwargs={"token_id": lambda w: w.extra["api_token_id"]}),
    "reports.self_identification": Rule(CANDIDATE),
    "reports.api.openapi": Rule(PUBLIC),
    "reports.api.stages": Rule(NOBODY),
    "reports.api.positions": Rule(NOBODY),
    "reports.api.position": Rule(NOBODY, kwargs={"position_id": _position}),
    "reports.api.position_candidates": Rule(NOBODY, kwargs={"position_id": _position}),
    "reports.api.candidate": Rule(NOBODY, kwargs={"candidate_id": lambda w: w.candidate_id}),
    "reports.api.candidate_scores": Rule(NOBODY,
                                         kwargs={"candidate_id": lambda w: w.candidate_id}),
    "reports.api.candidate_plans": Rule(NOBODY,
                                        kwargs={"candidate_id": lambda w: w.candidate_id}),
}


def seed(world):
    from hiring.auth.api_tokens import create_api_token
    from hiring.db import db

    token, _ = create_api_token("Matrix token", None)
    db.session.flush()
    world.extra["api_token_id"] = token.id
