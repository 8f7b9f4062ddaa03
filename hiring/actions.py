"""One way for a view to carry out a service call: commit on success, flash on refusal.

Services check before they change anything and raise `HiringError` with a message a user can
act on; the view owns the transaction. `attempt` is that contract in one place, so views read

    if attempt(lambda: services.record_review(submission, user, ratings), "Saved."):
        return redirect(...)
    return render_template(...)   # the refusal was flashed; the form keeps what was typed

Two options cover the views whose refusals are shown another way:

- `categories` maps a kind of refusal to its flash category, or to None when the view shows
  it itself (problems listed beside the fields they belong to); `done.error` says which.
- `keep_on_refusal` commits even when refused, for an action whose earlier step stands on
  its own (answers saved on the way to a hand-in that is then refused).

A view that never flashes (a JSON endpoint) passes `flash_error=False` and reads `done.error`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
            flash_error: bool = True,
            categories: Mapping[type[HiringError], str | None] | None = None,
            keep_on_refusal: bool = False) -> Attempt:
    """Run `action`; commit and flash `success` when it returns, roll back and flash the
    message when it raises HiringError (a refusal normally changed nothing; the rollback
    makes sure a half-made change never reaches the next commit).

    `categories`: the flash category of a kind of refusal ("error" otherwise), None for
    one the view shows itself. `keep_on_refusal`: commit instead of rolling back."""
    try:
        value = action()
    except HiringError as error:
        if keep_on_refusal:
            db.session.commit()
        else:
            db.session.rollback()
        category = _category(error, categories or {})
        if flash_error and category is not None:
            flash(str(error), category)
        return Attempt(False, error=error)
    db.session.commit()
    if success:
        flash(success, "success")
    return Attempt(True, value)


def _category(error: HiringError, categories: Mapping[type[HiringError], str | None]):
    for kind, category in categories.items():
        if isinstance(error, kind):
            return category
    return "error"
