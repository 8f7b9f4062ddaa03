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
    routes pay for it: no other request touches the counts. While Redis cannot be reached,
    each process counts on its own rather than refusing to sign anyone in."""

    _KEY = "hiring_rate_limits"

    def init_app(self, app: Flask) -> None:
        uri = app.config.setdefault("RATELIMIT_STORAGE_URI",
                                    app.config.get("REDIS_URL") or "memory://")
        in_memory = MovingWindowRateLimiter(storage_from_string("memory://"))
        if uri.startswith("memory://"):
            app.extensions[self._KEY] = (in_memory, None)
            return
        # A Redis that does not answer within a second counts as down (the request goes on
        # with the process's own count), not as a sign-in that hangs.
        options = ({"socket_connect_timeout": 1, "socket_timeout": 1}
                   if uri.startswith(("redis://", "rediss://")) else {})
        shared = MovingWindowRateLimiter(storage_from_string(uri, **options))
        app.extensions[self._KEY] = (shared, in_memory)

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
        shared, in_memory = current_app.extensions[self._KEY]
        item = _limit_of(limit_text)
        key = (request.endpoint or "", request.remote_addr or "unknown")
        try:
            refused_until = _count(shared, item, key)
        except Exception as error:  # the shared store is down: count in this process
            if in_memory is None:
                raise
            current_app.logger.warning("rate limits: %s; counting in this process",
                                       error.__class__.__name__)
            refused_until = _count(in_memory, item, key)
        if refused_until is not None:
            raise TooManyAttempts(max(1, math.ceil(refused_until - time.time())))


def _count(counter: MovingWindowRateLimiter, item: RateLimitItem, key: tuple) -> float | None:
    """None when the request is within the limit; otherwise when the next one would count."""
    if counter.hit(item, *key):
        return None
    return counter.get_window_stats(item, *key).reset_time


limiter = RateLimits()


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    limiter.init_app(app)
    app.after_request(_set_headers)
