"""What the research package answers when a lower package asks (see hiring.registry.hooks)."""

from __future__ import annotations

from hiring.research import services


def research_context():
    """The facts the research exercise is checked against (assessments' analysis asks)."""
    return services.research_context()


def research_analysis(text: str, context) -> dict:
    """The research exercise's analysis of a text (assessments' analysis asks)."""
    return services.research_analysis(text, context)
