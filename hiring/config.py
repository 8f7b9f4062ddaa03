"""Configuration defaults; deployments override them with environment variables."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from hiring.errors import ConfigurationError

ENV_PREFIX = "HIRING_"

DEFAULTS: dict[str, object] = {
    "HIRING_ENV": "development",
    "SQLALCHEMY_ENGINE_OPTIONS": {},
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_NAME": "hiring_session",
    "PERMANENT_SESSION_LIFETIME": timedelta(hours=12),
    "WTF_CSRF_TIME_LIMIT": None,
    "WTF_CSRF_HEADERS": ["X-CSRFToken", "X-CSRF-Token"],
    "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
    "INVITATION_TTL_DAYS": 14,
    "LOGIN_RATE_LIMIT": "10 per minute",
    # Applications through a job posting, per client address.
    "APPLY_RATE_LIMIT": "10 per hour",
    "STAFF_SESSION_HOURS": 12,
    "CANDIDATE_SESSION_HOURS": 24,
    "REDIS_URL": None,
    "MAIL_SERVER": None,
    "SQLITE_BUSY_TIMEOUT_MS": 5000,
    # Render processes for PDFs (HIRING_PDF_WORKERS); the background printer uses one more thread.
    "PDF_WORKERS": 2,
}

# Environment variables read without the HIRING_ prefix, as hosting platforms set them.
PLAIN_ENV = ("DATABASE_URL", "REDIS_URL", "SECRET_KEY")


def _coerce(value: str) -> object:
    lowered = value.lower()
    if lowered in {"true", "yes", "on"}:
        return True
    if lowered in {"false", "no", "off"}:
        return False
    if value.isdigit():
        return int(value)
    return value


def from_environment(environ: dict[str, str] | None = None) -> dict[str, object]:
    """Settings given by the environment: HIRING_* variables and the plain URLs."""
    environ = dict(os.environ if environ is None else environ)
    found: dict[str, object] = {}
    for key, value in environ.items():
        if key == "HIRING_ENV":
            found[key] = value
        elif key.startswith(ENV_PREFIX):
            found[key[len(ENV_PREFIX):]] = _coerce(value)
    for key in PLAIN_ENV:
        if environ.get(key):
            found[key] = environ[key]
    return found


def database_uri(config: dict, instance_path: str) -> str:
    """The SQLAlchemy URI: DATABASE_URL when given, else SQLite under instance/."""
    url = config.get("DATABASE_URL") or config.get("SQLALCHEMY_DATABASE_URI")
    if not url:
        return f"sqlite:///{Path(instance_path) / 'hiring.sqlite3'}"
    url = str(url)
    # Hosting platforms hand out postgres:// URLs; SQLAlchemy wants the driver named.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://"):]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def secret_key(config: dict, instance_path: str) -> str:
    """SECRET_KEY from the configuration, or a development key kept in instance/."""
    key = config.get("SECRET_KEY")
    if key:
        return str(key)
    if config.get("HIRING_ENV") == "production":
        raise ConfigurationError(
            "SECRET_KEY is not set. In production the portal needs a fixed secret key: "
            "set the SECRET_KEY environment variable to a long random value, e.g. the output of "
            "`python -c 'import secrets; print(secrets.token_hex(32))'`."
        )
    path = Path(instance_path) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # Created with owner-only permissions: the key signs every session cookie.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def engine_options(uri: str, given: dict) -> dict:
    """Engine settings: server databases check a pooled connection before handing it out,
    so the app carries on by itself after the database server restarts."""
    options = dict(given)
    if not uri.startswith("sqlite"):
        options.setdefault("pool_pre_ping", True)
        options.setdefault("pool_recycle", 1800)
        options.setdefault("connect_args", {"connect_timeout": 5})
    return options
