"""The API token a report page starts from, found by id: None when there is no such token
(the view turns that into a 404)."""

from __future__ import annotations

from hiring.auth.api_tokens import ApiToken
from hiring.db import db


def token_by_id(token_id: int) -> ApiToken | None:
    return db.session.get(ApiToken, token_id)
