"""CSRF, rate limits, security headers and safe redirects."""

from __future__ import annotations

import functools
import math
import re
import time
from collections.abc import Callable, Collection
from urllib.parse import urlsplit

from flask import Flask, current_app, request
from flask_wtf.csrf import CSRFProtect
from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter
from werkzeug.exceptions import TooManyRequests

csrf = CSRFProtect()

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")


def is_safe_next(target: str | None) -> bool:
    """A path on this site only: no scheme, no host, no `//`, no backslash, no whitespace."""
    if not target or not target.startswith("/"):
        return False
    if _CONTROL_OR_SPACE.search(target) or "\\" in target:
        return False
    if target.startswith("//"):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


def _set_headers(response):
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if request.endpoint != "static":
        # Pages carry candidates' and staff's data: never keep them in a shared or browser cache.
        headers["Cache-Control"] = "no-store"
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


class TooManyAttempts(TooManyRequests):
    """A rate limit reached: `retry_after` is the number of seconds until the next attempt
    counts again."""

    def __init__(self, retry_after: int):
        super().__init__()
        self.retry_after = retry_after


@functools.lru_cache(maxsize=64)
def _limit_of(text: str) -> RateLimitItem:
    return parse(text)


class RateLimits:
    """Limits on the few routes anyone can send to (signing in, applying), counted per client
    address in a moving window kept in RATELIMIT_STORAGE_URI: Redis when REDIS_URL is set,
    so that every instance counts together, or the process's memory. Only the decorated
    routes pay for it: no other request touches the counts."""

    _KEY = "hiring_rate_limits"

    def init_app(self, app: Flask) -> None:
        uri = app.config.setdefault("RATELIMIT_STORAGE_URI",
                                    app.config.get("REDIS_URL") or "memory://")
        app.extensions[self._KEY] = MovingWindowRateLimiter(storage_from_string(uri))

    def limit(self, limit_text: Callable[[], str], methods: Collection[str] = ("POST",)):
        """At most `limit_text()` (such as "10 per minute") requests of `methods` to the
        decorated view from one address; the next get a 429 saying when to try again."""
        def decorate(view):
            @functools.wraps(view)
            def limited(*args, **kwargs):
                if request.method in methods:
                    self.hit(limit_text())
                return view(*args, **kwargs)
            return limited
        return decorate

    def hit(self, limit_text: str) -> None:
        """Count one request to this endpoint from this address, or raise TooManyAttempts."""
        counter = current_app.extensions[self._KEY]
        item = _limit_of(limit_text)
        key = (request.endpoint or "", request.remote_addr or "unknown")
        if not counter.hit(item, *key):
            reset_at = counter.get_window_stats(item, *key).reset_time
            raise TooManyAttempts(max(1, math.ceil(reset_at - time.time())))


limiter = RateLimits()


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    limiter.init_app(app)
    app.after_request(_set_headers)
