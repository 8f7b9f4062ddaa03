"""What the candidate's own page shows: their open steps and what comes next."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from hiring.assessments import services as assessments
from hiring.assessments.models import Submission
from hiring.assessments.services import UNTIMED_MINUTES
from hiring.candidates.models import Candidate, Invitation
from hiring.db import db
from hiring.errors import HiringError
from hiring.interviews.models import Interview
from hiring.steps import INVITED_STEPS, STEPS
from hiring.suitability.models import PreferenceResponse


@dataclass(frozen=True)
class StepRow:
    """One step the candidate was invited to, with what they can do about it now."""

    step: str
    label: str
    state: str  # open | begun | handed_in | closed | not_ready
    time_limit_minutes: int | None  # None: untimed
    expires_at: datetime
    submission: Submission | None
    endpoint: str = "assessments.take"  # where Start, Continue and the receipt lead
    handed_in_at: datetime | None = None

    @property
    def action(self) -> str | None:
        return {"open": "Start", "begun": "Continue"}.get(self.state)

    @property
    def untimed_note(self) -> str | None:
        """What the page says of a step that has no clock at all (the questionnaire)."""
        if self.step == "preferences":
            return "No time limit: about 15 minutes, and your answers save as you go."
        return None


def step_rows(candidate: Candidate, opened_ids: Iterable[int], now: datetime) -> list[StepRow]:
    """The newest invitation per step that this browser opened, in the order of the steps."""
    opened = set(opened_ids)
    newest: dict[str, Invitation] = {}
    for invitation in db.session.scalars(select(Invitation).where(
            Invitation.candidate_id == candidate.id).order_by(Invitation.id)):
        newest[invitation.step] = invitation
    submissions = {s.step: s for s in db.session.scalars(
        select(Submission).where(Submission.candidate_id == candidate.id))}
    rows = []
    for step in INVITED_STEPS:
        invitation = newest.get(step)
        if invitation is None:
            continue
        if step not in STEPS:
            rows.append(_questionnaire_row(candidate, invitation,
                                           invitation.is_usable(now) and invitation.id in opened))
            continue
        submission = submissions.get(step)
        usable = invitation.is_usable(now) and invitation.id in opened
        if submission is not None and submission.is_submitted:
            state = "handed_in"
        elif not usable:
            state = "closed"
        elif submission is not None and submission.started_at is not None:
            state = "begun"
        else:
            state = "open"
        if submission is not None:
            limit = submission.time_limit_minutes if submission.timed else None
        else:
            ready, limit = _time_limit(candidate.position_id, step)
            if state == "open" and not ready:
                state = "not_ready"
        rows.append(StepRow(step, invitation.step_label, state, limit, invitation.expires_at,
                            submission, handed_in_at=submission.submitted_at
                            if submission is not None else None))
    return rows


def _questionnaire_row(candidate: Candidate, invitation: Invitation, usable: bool) -> StepRow:
    response = db.session.scalar(select(PreferenceResponse).where(
        PreferenceResponse.candidate_id == candidate.id))
    if response is not None and response.submitted_at is not None:
        state = "handed_in"
    elif not usable:
        state = "closed"
    elif response is not None and (response.answers or response.knockouts):
        state = "begun"
    else:
        state = "open"
    return StepRow(invitation.step, invitation.step_label, state, None, invitation.expires_at,
                   None, endpoint="suitability.take",
                   handed_in_at=response.submitted_at if response is not None else None)


def _time_limit(position_id: int, step: str) -> tuple[bool, int | None]:
    """Whether the step is set up, and the minutes it allows once begun (None: untimed)."""
    try:
        prompt, _ = assessments.setup_for(position_id, step)
    except HiringError:
        return False, None
    return True, (prompt.time_limit_minutes if assessments.is_timed(position_id, step)
                  else None)


def untimed_days() -> int:
    return UNTIMED_MINUTES // (24 * 60)


def upcoming_interviews(candidate: Candidate, now: datetime) -> list[Interview]:
    """The candidate's interviews that have not started yet, soonest first."""
    return list(db.session.scalars(select(Interview).where(
        Interview.candidate_id == candidate.id, Interview.scheduled_at >= now)
        .order_by(Interview.scheduled_at)))
