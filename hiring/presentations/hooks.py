"""What presentations answers when a lower package asks (see `hiring.registry.hooks`)."""

from __future__ import annotations

from collections.abc import Sequence

from flask import url_for

from hiring import blind
from hiring.candidates.models import Candidate
from hiring.candidates.steps import StepResult, candidate_urls, viewer
from hiring.presentations import services as presentations
from hiring.timezones import local_text

# Stages from which a final presentation can still be scheduled.
_PRESENTABLE = {"applied", "writing", "research", "interview", "decision"}

def step_results(candidates: Sequence[Candidate], hidden: blind.Withheld
                 ) -> dict[int, list[StepResult]]:
    """The final presentation of each candidate."""
    results = {}
    latest = presentations.presentations_of(c.id for c in candidates)
    schedule = candidate_urls("presentations.schedule")
    for c in candidates:
        found = latest.get(c.id)
        if found is None:
            evidence = (("Schedule the final presentation", schedule(c.id))
                        if c.stage in _PRESENTABLE else None)
            results[c.id] = [StepResult("presentation", "Final presentation", "Presentation",
                                        "Not scheduled", evidence=evidence)]
            continue
        outcome = presentations.result_for(found, None, hidden=hidden)
        result = short = None
        evidence = ("Open the presentation kit", url_for("interviews.detail",
                                                        interview_id=found.id))
        if not outcome.happened:
            status = (f"Scheduled for {local_text(found.scheduled_at, viewer())} "
                      f"({outcome.panel} panelists)")
        elif outcome.submitted == 0:
            status = f"Presented {found.scheduled_at:%d %b %Y}; no scorecard in yet"
        else:
            status = f"{outcome.submitted} of {outcome.panel} scorecards in"
            evidence = ("Open the presentation debrief",
                        url_for("interviews.debrief", interview_id=found.id))
            if outcome.blocked:
                result = short = "Hidden until your own scorecard is in"
            elif outcome.score is not None:
                result = short = f"{outcome.score:.0f} of 100"
                if outcome.pass_threshold is not None:
                    result += (f", {'at or above' if outcome.passed else 'below'} the pass "
                               f"mark of {outcome.pass_threshold:g}")
                    short += ", passes" if outcome.passed else ", below the mark"
                if outcome.flagged:
                    result += (f"; {outcome.flagged} disagreement"
                               f"{'' if outcome.flagged == 1 else 's'} flagged")
        results[c.id] = [StepResult("presentation", "Final presentation", "Presentation",
                                    status, result, short, evidence, started=True)]
    return results
