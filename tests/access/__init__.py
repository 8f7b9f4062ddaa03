"""Hand-written access rules for every route, one module per blueprint.

Each module defines `RULES: dict[str, Rule]` keyed by endpoint and may define
`seed(world: World) -> None` to create the records its routes need (it runs inside an
app context, after the core world exists, and must flush or commit what it makes).
tests/test_access_matrix.py checks every route of the app against these rules for an
anonymous visitor, a candidate, an interviewer, a manager and an admin.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field

ROLES = ("anonymous", "candidate", "interviewer", "manager", "admin")
STAFF = frozenset({"interviewer", "manager", "admin"})


@dataclass(frozen=True)
class Rule:
    """Who may use a route: `allow` lists the roles that get through."""

    allow: frozenset[str]
    method: str = "GET"
    kwargs: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    json: dict | None = None

    def __init__(self, allow, method="GET", kwargs=None, data=None, json=None):
        object.__setattr__(self, "allow", frozenset(allow))
        object.__setattr__(self, "method", method)
        object.__setattr__(self, "kwargs", kwargs or {})
        object.__setattr__(self, "data", data or {})
        object.__setattr__(self, "json", json)


PUBLIC = frozenset(ROLES)
ANY_STAFF = STAFF
MANAGERS = frozenset({"manager", "admin"})
ADMINS = frozenset({"admin"})
CANDIDATE = frozenset({"candidate"})


@dataclass
class World:
    """Ids of the records every access check can rely on."""

    users: dict[str, int] = field(default_factory=dict)  # role -> user id
    position_id: int = 0
    candidate_id: int = 0
    other_candidate_id: int = 0
    invitation_ids: dict[str, int] = field(default_factory=dict)  # step -> id
    tokens: dict[str, str] = field(default_factory=dict)  # step -> raw token
    extra: dict = field(default_factory=dict)  # anything a module's seed wants to share


def modules():
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        yield importlib.import_module(f"{__name__}.{info.name}")


def all_rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for module in modules():
        for endpoint, rule in getattr(module, "RULES", {}).items():
            assert endpoint not in rules, f"{endpoint} has rules in two modules"
            rules[endpoint] = rule
    return rules
