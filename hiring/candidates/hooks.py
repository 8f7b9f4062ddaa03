"""What candidates answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from hiring.candidates import invitations
from hiring.candidates.pipeline import Stage, reason_label
from hiring.steps import STEP_LABELS


def outbox_parts(message, config):
    """An invitation is sent with a link issued at sending time; other kinds are not ours."""
    if message.kind != "invitation":
        return None
    return invitations.fresh_invitation_parts(message, config)


def audit_labels():
    """Stage, step and screen-out reason labels for audit sentences."""
    return {"stage": _stage_label, "step": STEP_LABELS.get, "reason": reason_label}


def _stage_label(value) -> str | None:
    try:
        return Stage(value).label
    except ValueError:
        return None
