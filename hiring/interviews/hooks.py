"""What interviews answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from hiring.interviews.models import DECISIONS, RECOMMENDATIONS


def audit_labels():
    """Decision and recommendation labels for audit sentences."""
    return {"decision": DECISIONS.get, "recommendation": RECOMMENDATIONS.get}
