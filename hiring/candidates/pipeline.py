"""The hiring pipeline: stages, which moves are allowed, screen-out reasons. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hiring.inputs import SHORT_TEXT_MAX


class Stage(StrEnum):
    APPLIED = "applied"
    WRITING = "writing"
    RESEARCH = "research"
    INTERVIEW = "interview"
    DECISION = "decision"
    OFFER = "offer"
    HIRED = "hired"
    ONBOARDING = "onboarding"
    SCREENED_OUT = "screened_out"

    @property
    def label(self) -> str:
        return STAGE_LABELS[self]


STAGE_LABELS = {
    Stage.APPLIED: "Applied",
    Stage.WRITING: "Writing test",
    Stage.RESEARCH: "Research exercise",
    Stage.INTERVIEW: "Interview",
    Stage.DECISION: "Decision",
    Stage.OFFER: "Offer",
    Stage.HIRED: "Hired",
    Stage.ONBOARDING: "Onboarding",
    Stage.SCREENED_OUT: "Screened out",
}

# Board columns, left to right.
ACTIVE = (Stage.APPLIED, Stage.WRITING, Stage.RESEARCH, Stage.INTERVIEW, Stage.DECISION,
          Stage.OFFER)
# The article's rule: vetting happens before anyone spends time interviewing.
AFTER_SCREENING = (Stage.INTERVIEW, Stage.DECISION, Stage.OFFER, Stage.HIRED, Stage.ONBOARDING)


@dataclass(frozen=True, slots=True)
class Reason:
    key: str
    label: str


SCREEN_OUT_REASONS = (
    Reason("writing", "Writing test below the bar"),
    Reason("research", "Research exercise below the bar"),
    Reason("preferences", "Does not meet a knock-out the position requires"),
    Reason("outcomes", "Cannot commit to the position's outcomes"),
    Reason("incomplete", "Did not complete a step in time"),
    Reason("withdrew", "Withdrew"),
    Reason("other", "Other (explain)"),
)
_REASONS = {r.key: r for r in SCREEN_OUT_REASONS}


def reason_label(key: str) -> str:
    """Readable label of a screen-out reason key (the key itself when unknown)."""
    reason = _REASONS.get(key)
    return reason.label if reason else key


def check_move(current: Stage, target: Stage) -> None:
    """Raise ValueError, with the reason, when a candidate may not go from current to target."""
    if current == target:
        raise ValueError(f"The candidate is already in {current.label}.")
    if target == Stage.SCREENED_OUT:
        raise ValueError("Use 'Screen out' so that the stage and reason are recorded.")
    if current == Stage.SCREENED_OUT:
        raise ValueError("Reverse the screen-out first; the reversal is recorded.")
    if target == Stage.ONBOARDING and current != Stage.HIRED:
        raise ValueError("Only a hired candidate can start onboarding.")
    if target == Stage.OFFER and current != Stage.DECISION:
        raise ValueError("Move the candidate to Decision before making an offer.")
    if target == Stage.HIRED and current != Stage.OFFER:
        raise ValueError("Make an offer (Decision, then Offer) before hiring.")
    if current in (Stage.HIRED, Stage.ONBOARDING) and target in ACTIVE:
        raise ValueError(f"A candidate in {current.label} cannot go back to {target.label}.")


def check_screen_out(current: Stage, reason: str, details: str) -> None:
    """Raise ValueError when a screen-out from current with this reason cannot be recorded."""
    if current == Stage.SCREENED_OUT:
        raise ValueError("The candidate is already screened out.")
    if current in (Stage.HIRED, Stage.ONBOARDING):
        raise ValueError(f"A candidate in {current.label} cannot be screened out.")
    if reason not in _REASONS:
        raise ValueError("Choose a reason from the list.")
    if reason == "other" and not details.strip():
        raise ValueError("Explain the reason in a few words when choosing 'Other'.")
    if len(details) > SHORT_TEXT_MAX:
        raise ValueError(f"Keep the explanation under {SHORT_TEXT_MAX:,} characters.")


def next_stage(current: Stage) -> Stage | None:
    """The stage a candidate normally goes to next, or None at the end of the line."""
    order = (*ACTIVE, Stage.HIRED, Stage.ONBOARDING)
    if current not in order or current == order[-1]:
        return None
    return order[order.index(current) + 1]


def gate_suggests_screen_out(score: float, pass_threshold: float) -> bool:
    """A step's gate: a score under the rubric's pass threshold suggests a screen-out."""
    return score < pass_threshold
