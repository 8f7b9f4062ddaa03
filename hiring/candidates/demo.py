"""Demo data: each demo candidate's history, so timelines and screen-outs have something to show."""

from hiring.candidates.history import record_stage
from hiring.candidates.models import Note, ScreenOut
from hiring.db import db

ORDER = 30


def seed(demo) -> None:
    """Audit entries for how each candidate arrived, screen-out records and one note."""
    manager = demo.users["manager@demo.test"]
    for candidate in demo.candidates:
        record_stage(manager, "candidate.created", "candidate", candidate.id, candidate,
                     before=None, after={"position_id": candidate.position_id,
                                         "stage": "applied", "via": "form"})
        if candidate.stage == "screened_out":
            entry = ScreenOut(candidate_id=candidate.id, stage="writing", reason="writing",
                              details="The letter never asked the reader for anything.",
                              by_id=manager.id, at=candidate.last_activity_at)
            db.session.add(entry)
            db.session.flush()
            record_stage(manager, "candidate.screened_out", "screen_out", entry.id, candidate,
                         before="writing", after={"stage": "screened_out", "reason": "writing"})
    if demo.candidates:
        db.session.add(Note(candidate_id=demo.candidates[0].id, author_id=manager.id,
                            text="Referred by the Rotterdam account team; prefers mornings."))
