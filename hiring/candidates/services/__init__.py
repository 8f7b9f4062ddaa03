"""Candidate services, one module per part of the work:

    intake      adding candidates, correcting them, importing a CSV file
    screening   stage moves, screen-outs and their reversal, gate suggestions, notes
    timeline    a candidate's history as sentences
    board       the position's board by stage, blind-review codes
    records     export, erasure, legal hold, retention purge
    lookup      candidates, invitations, suggestions and outbox messages found by id

Invitations are in `hiring.candidates.invitations`. The names below are importable from
here, as callers have always used them (`services.add_candidate(...)`).

Services check before they change anything, raise HiringError with a message a user can
act on, write the audit log, and leave the commit to the caller.
"""

from hiring.candidates.invitations import (
    deliver_invitation,
    invitation_message,
    invitation_variables,
    invite,
    resend_invitation,
    revoke_invitation,
)
from hiring.candidates.services.board import (
    SORTS,
    Column,
    blind_code,
    board,
    stage_counts,
)
from hiring.candidates.services.intake import (
    DuplicateCandidate,
    add_candidate,
    import_candidates,
    update_candidate,
)
from hiring.candidates.services.lookup import (
    candidate_by_id,
    invitation_by_id,
    outbox_message_by_id,
    suggestion_by_id,
)
from hiring.candidates.services.records import (
    SELF_IDENTIFICATION_NOTE,
    anonymous_scores,
    candidate_tables,
    due_for_purge,
    erase_candidate,
    export_candidate,
    purge,
    set_legal_hold,
)
from hiring.candidates.services.screening import (
    add_note,
    current_screen_out,
    move_candidate,
    open_suggestions,
    resolve_suggestion,
    reverse_screen_out,
    screen_out,
    screen_outs_of,
    step_progress,
    suggest_screen_out,
)
from hiring.candidates.services.timeline import (
    TimelineEntry,
    criterion_label,
    timeline,
)

__all__ = [
    "Column",
    "DuplicateCandidate",
    "SELF_IDENTIFICATION_NOTE",
    "SORTS",
    "TimelineEntry",
    "add_candidate",
    "add_note",
    "anonymous_scores",
    "blind_code",
    "board",
    "candidate_by_id",
    "candidate_tables",
    "criterion_label",
    "current_screen_out",
    "deliver_invitation",
    "due_for_purge",
    "erase_candidate",
    "export_candidate",
    "import_candidates",
    "invitation_message",
    "invitation_variables",
    "invitation_by_id",
    "invite",
    "move_candidate",
    "open_suggestions",
    "outbox_message_by_id",
    "purge",
    "resend_invitation",
    "resolve_suggestion",
    "suggestion_by_id",
    "reverse_screen_out",
    "revoke_invitation",
    "screen_out",
    "screen_outs_of",
    "set_legal_hold",
    "stage_counts",
    "step_progress",
    "suggest_screen_out",
    "timeline",
    "update_candidate",
]
