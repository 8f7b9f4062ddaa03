"""Errors a user can act on, and the error pages."""

from __future__ import annotations

import re

from flask import Flask, render_template, request

_TERMINAL = re.compile(r"(?<![.])([.!?])\.$")


def sentence(text: str) -> str:
    """Text as one sentence: first letter capitalised, the rest as written, one full stop.

    Reasons from libraries often end with their own full stop ("It should have a period."),
    so appending one to them doubles it.
    """
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


class HiringError(Exception):
    """An expected problem whose message tells the user what to do."""

    def __init__(self, message: str):
        # A message composed of sentences ends with one full stop, not "..".
        message = _TERMINAL.sub(r"\1", message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotAllowed(HiringError):
    """The action is not allowed for this user or in this state."""


class ConfigurationError(Exception):
    """The portal cannot start with this configuration."""


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return request.is_json or best == "application/json"


def _is_disconnect(error) -> bool:
    """A lost or refused connection to a database server (not a bad query)."""
    from sqlalchemy.exc import OperationalError

    if getattr(error, "connection_invalidated", False):
        return True
    return isinstance(error, OperationalError) and \
        type(error.orig).__module__.startswith("psycopg")


def _wait_text(seconds: int) -> str:
    """'40 seconds', 'a minute', '12 minutes', 'an hour': how long until a limit lets go."""
    if seconds < 60:
        return f"{seconds} second{'' if seconds == 1 else 's'}"
    minutes = -(-seconds // 60)
    if minutes == 1:
        return "a minute"
    if minutes < 60:
        return f"{minutes} minutes"
    return "an hour" if minutes == 60 else f"{-(-minutes // 60)} hours"


def register_error_pages(app: Flask) -> None:
    """Plain pages (or JSON for API and fetch calls) for 400, 403, 404, 405, 413, 429 and 500."""
    from hiring.db import db

    messages = {
        400: "The request could not be understood. If you were filling in a form, go back, "
        "reload the page and try again.",
        403: "You do not have access to this page.",
        404: "There is nothing at this address.",
        405: "This address does not accept that kind of request.",
        409: "This was changed in the meantime. Reload the page to see its current state.",
        413: "What you sent is too large.",
        429: "Too many attempts. Wait a minute and try again.",
        500: "Something went wrong on our side. Nothing you saved has been lost; "
        "please try again in a moment.",
    }

    def handler(error):
        code = getattr(error, "code", 500) or 500
        if code == 500:
            db.session.rollback()
        message = messages.get(code, "The request failed.")
        description = getattr(error, "description", None)
        if code == 400 and description and "CSRF" in str(description):
            message = ("Your form expired or was sent from another page. Reload the page and send "
                       "it again; what you typed is still in the form if you go back.")
        headers = {}
        retry_after = getattr(error, "retry_after", None)
        if code == 429 and retry_after:
            headers["Retry-After"] = str(retry_after)
            message = f"Too many attempts. Try again in {_wait_text(retry_after)}."
        if _wants_json():
            return {"error": message, "status": code}, code, headers
        return render_template("errors/error.html", code=code, message=message), code, headers

    for code in messages:
        app.register_error_handler(code, handler)

    from sqlalchemy.exc import DBAPIError

    @app.errorhandler(DBAPIError)
    def database_unavailable(error):
        # A lost connection (server restarting, network blip): say so plainly, keep the
        # client's data where it is, and let the next request try a fresh connection.
        db.session.rollback()
        if not _is_disconnect(error):
            raise error
        app.logger.warning("database unavailable: %s", error.__class__.__name__)
        message = ("The database is not reachable right now. Nothing you already saved is "
                   "lost; anything unsaved stays in your browser. Try again in a moment.")
        if _wants_json():
            return {"error": message, "status": 503}, 503, {"Retry-After": "5"}
        return render_template("errors/error.html", code=503, message=message), 503, \
            {"Retry-After": "5"}
