"""One way for a view to carry out a service call: commit on success, flash on refusal.

Services check before they change anything and raise `HiringError` with a message a user can
act on; the view owns the transaction. `attempt` is that contract in one place, so views read

    if attempt(lambda: services.record_review(submission, user, ratings), "Saved."):
        return redirect(...)
    return render_template(...)   # the refusal was flashed; the form keeps what was typed
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import flash

from hiring.db import db
from hiring.errors import HiringError


@dataclass(frozen=True)
class Attempt:
    """What came of a service call: truthy when it worked, with its value or the refusal."""

    ok: bool
    value: Any = None
    error: HiringError | None = None

    def __bool__(self) -> bool:
        return self.ok


def attempt(action: Callable[[], Any], success: str | None = None, *,
            flash_error: bool = True) -> Attempt:
    """Run `action`; commit and flash `success` when it returns, roll back and flash the
    message when it raises HiringError (a refusal normally changed nothing; the rollback
    makes sure a half-made change never reaches the next commit)."""
    try:
        value = action()
    except HiringError as error:
        db.session.rollback()
        if flash_error:
            flash(str(error), "error")
        return Attempt(False, error=error)
    db.session.commit()
    if success:
        flash(success, "success")
    return Attempt(True, value)
