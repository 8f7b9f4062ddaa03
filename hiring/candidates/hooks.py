"""What candidates answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from hiring.candidates import invitations


def outbox_parts(message, config):
    """An invitation is sent with a link issued at sending time; other kinds are not ours."""
    if message.kind != "invitation":
        return None
    return invitations.fresh_invitation_parts(message, config)
