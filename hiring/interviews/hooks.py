"""What interviews answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from collections.abc import Sequence

from flask import url_for
from sqlalchemy import String, bindparam, literal, null, select

from hiring import blind
from hiring.candidates.models import Candidate
from hiring.candidates.steps import StepResult, viewer
from hiring.db import utcnow
from hiring.interviews import services
from hiring.interviews.models import (
    DECISIONS,
    RECOMMENDATIONS,
    PanelMember,
    Scorecard,
)
from hiring.timezones import local_text


def audit_labels():
    """Decision and recommendation labels for audit sentences."""
    return {"decision": DECISIONS.get, "recommendation": RECOMMENDATIONS.get}


def step_results(candidates: Sequence[Candidate], hidden: blind.Withheld
                 ) -> dict[int, list[StepResult]]:
    """The structured interview of each candidate, with the panel's combined score."""
    latest = services.latest_interviews(c.id for c in candidates)
    now = utcnow()
    results = {}
    for c in candidates:
        interview = latest.get((c.id, "interview"))
        if interview is None:
            results[c.id] = [StepResult("interview", "Structured interview", "Interview",
                                        "Not scheduled")]
            continue
        panel = len(interview.panel)
        submitted = sum(1 for card in interview.scorecards if card.submitted)
        result = short = None
        evidence = ("Interview kit", url_for("interviews.detail", interview_id=interview.id))
        if interview.scheduled_at > now:
            status = f"Scheduled for {local_text(interview.scheduled_at, viewer())}"
        elif submitted < panel:
            status = f"{submitted} of {panel} scorecards in"
        else:
            status = "All scorecards in"
        if interview.decision:
            status = f"Decided: {DECISIONS.get(interview.decision, interview.decision)}"
        if submitted:
            evidence = ("Open the debrief", url_for("interviews.debrief",
                                                    interview_id=interview.id))
        if submitted and submitted == panel:
            if hidden.hides_interview(interview.id):
                result = short = "Hidden until your own scorecard is in"
            else:
                mean = services.debrief(interview).weighted_mean
                if mean is not None:
                    result = f"{mean:.2f} of 5, the panel's combined score"
                    short = f"{mean:.2f} of 5"
        results[c.id] = [StepResult("interview", "Structured interview", "Interview", status,
                                    result, short, evidence, started=True)]
    return results


def still_to_score_parts() -> list:
    """The panels the user (`user_id`) has not handed in a scorecard for, and every scorecard
    of those interviews, as (field, id, candidate id, step) rows for `hiring.blind.withheld`."""
    user_id = bindparam("user_id")
    own_submitted = select(Scorecard.interview_id).where(
        Scorecard.interviewer_id == user_id, Scorecard.submitted_at.is_not(None))
    seats = (PanelMember.user_id == user_id, PanelMember.interview_id.not_in(own_submitted))
    no_step = null().cast(String)
    return [
        select(literal("interviews"), PanelMember.interview_id, PanelMember.candidate_id,
               no_step).where(*seats),
        select(literal("scorecards"), Scorecard.id, null(), no_step).where(
            Scorecard.interview_id.in_(select(PanelMember.interview_id).where(*seats))),
    ]
