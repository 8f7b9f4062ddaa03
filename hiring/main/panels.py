"""Dashboard panels contributed by the domain packages.

A package that has something to show on the start page provides a module
`hiring/<package>/dashboard.py` with `panel(user) -> Panel | list[Panel] | None`; the
registry (`hiring.registry`) finds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hiring import registry


@dataclass(frozen=True)
class Panel:
    title: str
    items: list[tuple[str, str]] = field(default_factory=list)  # (label, url)
    empty_text: str = "Nothing here yet."
    order: int = 50
    action: tuple[str, str] | None = None  # (label, url) of the panel's main link


def _providers() -> tuple:
    return tuple(module.panel for module in registry.modules("dashboard"))


def dashboard_panels(user) -> list[Panel]:
    """Every provider's panel (or list of panels) for this user, in order."""
    panels: list[Panel] = []
    for provider in _providers():
        found = provider(user)
        if isinstance(found, list):
            panels.extend(found)
        elif found is not None:
            panels.append(found)
    return sorted(panels, key=lambda p: (p.order, p.title))
