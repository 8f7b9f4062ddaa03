"""The one list of the portal's domain packages, and how each plugs into the app.

A package contributes by having a module of a known name; the app finds it here and nowhere
else:

    models      tables (imported before create_all, Alembic and the first query)
    views       `bp`, its blueprint
    cli         `groups`, its click command groups
    demo        `seed(demo)`, its demo data (`ORDER` sorts the seeds; 50 when absent)
    dashboard   `panel(user)`, its dashboard panel(s)
    privacy     `anonymous_scores(candidate)` (kept without the person on erasure) and
                `forget(candidate)` (files to delete)
    hooks       functions named after a hook point, called by a lower package that must not
                import a higher one (see `hooks` below)

`PACKAGES` lists the packages lowest layer first: a package imports only packages listed
before it, never one after it. A lower package that needs something only a higher one knows
(the candidate page listing each step's result, say) asks `hooks(name)` for it.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache
from types import ModuleType

PACKAGES = (
    "analysis",
    "pdf",
    "audit",
    "auth",
    "company",
    "main",
    "timezones",
    "mail",
    "positions",
    "candidates",
    "assessments",
    "research",
    "suitability",
    "interviews",
    "presentations",
    "offers",
    "plans",
    "reports",
    "portal",
    "jobs",
    "admin",
)


@cache
def modules(kind: str) -> tuple[ModuleType, ...]:
    """hiring.<package>.<kind> for every listed package that has one, lowest layer first."""
    found = []
    for package in PACKAGES:
        name = f"hiring.{package}.{kind}"
        if importlib.util.find_spec(f"hiring.{package}") is None:
            continue
        if importlib.util.find_spec(name) is not None:
            found.append(importlib.import_module(name))
    return tuple(found)


def hooks(name: str) -> list:
    """Every package's `hooks.<name>` function, lowest layer first."""
    return [getattr(module, name) for module in modules("hooks") if hasattr(module, name)]
