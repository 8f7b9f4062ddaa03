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
