"""Demo data: each demo candidate's history, so timelines and screen-outs have something to show."""

from hiring.candidates.history import record_stage
from hiring.candidates.models import STAGES, Note, ScreenOut
from hiring.db import db

ORDER = 30
# The stages a candidate passes through, in order (a screen-out leaves this path).
PATH = tuple(stage for stage in STAGES if stage != "screened_out")


def seed(demo) -> None:
    """Each candidate's history: arriving, then every stage up to the one they are in (a
    screened-out candidate up to the writing test), spread between their arrival and their
    last activity so the funnel and the times in stage read as a real pipeline's would;
    screen-out records and one note."""
    manager = demo.users["manager@demo.test"]
    for candidate in demo.candidates:
        record_stage(manager, "candidate.created", "candidate", candidate.id, candidate,
                     before=None, after={"position_id": candidate.position_id,
                                         "stage": "applied", "via": "form"},
                     at=candidate.created_at)
        _moves(manager, candidate)
        if candidate.stage == "screened_out":
            entry = ScreenOut(candidate_id=candidate.id, stage="writing", reason="writing",
                              details="The letter never asked the reader for anything.",
                              by_id=manager.id, at=candidate.last_activity_at)
            db.session.add(entry)
            db.session.flush()
            record_stage(manager, "candidate.screened_out", "screen_out", entry.id, candidate,
                         before="writing", after={"stage": "screened_out", "reason": "writing"},
                         at=candidate.last_activity_at)
    if demo.candidates:
        db.session.add(Note(candidate_id=demo.candidates[0].id, author_id=manager.id,
                            text="Referred by the Rotterdam account team; prefers mornings."))


def _moves(manager, candidate) -> None:
    """The stage moves from Applied to the candidate's stage, evenly spaced in time."""
    reached = "writing" if candidate.stage == "screened_out" else candidate.stage
    path = PATH[:PATH.index(reached) + 1]
    start, end = candidate.created_at, candidate.last_activity_at
    for step, (before, stage) in enumerate(zip(path, path[1:], strict=False), start=1):
        at = start + (end - start) * step / len(path)
        record_stage(manager, "candidate.stage_changed", "candidate", candidate.id, candidate,
                     before=before, after={"stage": stage}, at=at)
