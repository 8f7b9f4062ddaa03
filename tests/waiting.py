"""Waiting on a state, never on a time: poll a condition until it holds or a deadline passes."""

from __future__ import annotations

import time
from collections.abc import Callable

# Generous: a loaded machine (CI, eight builds on two cores) can be many times slower.
DEFAULT_SECONDS = 120.0


def wait_until(condition: Callable[[], object], what: str, seconds: float = DEFAULT_SECONDS,
               interval: float = 0.05) -> object:
    """The first truthy value of `condition()`; AssertionError naming `what` after `seconds`.

    The pause between checks only spaces the polling out; the test moves on as soon as the
    state is reached, however long that takes up to the deadline.
    """
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up after {seconds:g} s waiting for {what}")
        time.sleep(min(interval, max(0.0, deadline - time.monotonic())))
        interval = min(interval * 1.5, 1.0)


def downloaded_pdf(client, url: str, seconds: float = 300.0):
    """GET a PDF the way a browser following the preparing page does: the file at once when
    it is ready, else poll `<url>/status` until it is and ask again. Returns the response."""
    first = _buffered(client.get(url))
    if first.status_code != 202:
        return first

    def ready():
        status = client.get(f"{url}/status").get_json()
        assert status["state"] != "failed", status["message"]
        return status["state"] == "ready"

    wait_until(ready, f"the PDF at {url}", seconds=seconds)
    return _buffered(client.get(url))


def _buffered(response):
    """The response with its body read and its file closed (a sent file stays open until
    the response is closed)."""
    response.get_data()
    response.close()
    return response
