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
    # The connection pool of each app process on PostgreSQL (HIRING_DB_POOL_SIZE, ...). A
    # sync gunicorn worker serves one request at a time and may run one background thread
    # (the PDF printer): two kept connections cover it; the overflow serves a threaded server
    # or a burst and is closed after use. README, "Running several instances", sizes it.
    "DB_POOL_SIZE": 2,
    "DB_MAX_OVERFLOW": 3,
    # Seconds a request waits for a free connection before failing (503), not the default 30.
    "DB_POOL_TIMEOUT": 10,
    # Connections are replaced after this many seconds (a server-side idle limit, a failover).
    "DB_POOL_RECYCLE": 1800,
    # A pooled connection left unused longer than this is checked with a round trip before a
    # request gets it (0: every time, SQLAlchemy's pool_pre_ping). One used moments ago is not:
    # if the server went away since, the request gets a 503 and the pool is renewed.
    "DB_PING_AFTER_IDLE_SECONDS": 10,
    # Render processes for PDFs (HIRING_PDF_WORKERS); the background printer uses one more thread.
    "PDF_WORKERS": 2,
    # Seconds an app process keeps the company's name, colour and logo flag for page headers.
    "COMPANY_MASTHEAD_SECONDS": 10,
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


def engine_options(uri: str, given: dict, config: dict | None = None) -> dict:
    """Engine settings for a server database: the pool sized by the DB_POOL_* settings, a
    connect timeout. Options given in SQLALCHEMY_ENGINE_OPTIONS win. A connection idle for a
    while is checked before use (hiring.db, DB_PING_AFTER_IDLE_SECONDS), so the app carries
    on by itself after the database server restarts."""
    options = dict(given)
    if uri.startswith("sqlite"):
        return options
    config = {**DEFAULTS, **(config or {})}
    options.setdefault("pool_size", _whole(config, "DB_POOL_SIZE", 1))
    options.setdefault("max_overflow", _whole(config, "DB_MAX_OVERFLOW", 0))
    options.setdefault("pool_timeout", _whole(config, "DB_POOL_TIMEOUT", 1))
    options.setdefault("pool_recycle", _whole(config, "DB_POOL_RECYCLE", 1))
    if _whole(config, "DB_PING_AFTER_IDLE_SECONDS", 0) == 0:
        options.setdefault("pool_pre_ping", True)
    options.setdefault("connect_args", {"connect_timeout": 5})
    return options


def _whole(config: dict, key: str, low: int) -> int:
    value = config[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ConfigurationError(
            f"{key} must be a whole number of at least {low} (HIRING_{key}), not {value!r}.")
    return value
