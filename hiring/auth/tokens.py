"""Random tokens that are shown once and stored only as a hash."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token() -> str:
    """32 random bytes, URL-safe."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    """The hex SHA-256 kept in the database; the token itself is never stored."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
