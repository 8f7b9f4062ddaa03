"""What offers answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from hiring.errors import HiringError
from hiring.offers.services import accepted_offer


def check_move(candidate, target: str) -> None:
    """Hired is reached by recording the acceptance of an offer."""
    if target == "hired" and accepted_offer(candidate) is None:
        raise HiringError(f"Record {candidate.name}'s acceptance of the offer; that moves "
                          "them to Hired.")
