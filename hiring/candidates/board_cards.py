"""The board's columns as plain values for templates/candidates/board.html.

A board page shows about ninety cards. Each card's links, steps and notes are worked out here,
in a few passes over the page, so that the template only writes them out: one `url_for` per
kind of link rather than one per card, the steps a card shows already chosen and worded, and
what higher packages add to a card (the questionnaire's state, say) asked for once per page
through the `card_notes` hook.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hiring import registry
from hiring.candidates.pipeline import Stage, next_stage
from hiring.candidates.services import Column
from hiring.candidates.steps import StepResult, candidate_urls


@dataclass(frozen=True, slots=True)
class CardView:
    id: int
    name: str
    url: str  # the candidate's page
    steps: list[str]  # the steps begun, as "Writing: 81.82, passes"
    notes: list[str]  # from higher packages, as "Work preferences: begun"
    move_url: str  # where the "Move to <next stage>" form posts


@dataclass(frozen=True, slots=True)
class ColumnView:
    stage: Stage
    label: str  # the stage's
    count: int
    # Where the column's "Move to" buttons send a candidate: the stage's value and label
    # (read once here, not once per card: an enum's properties are slow to read).
    next_value: str | None
    next_label: str | None
    candidates: list[CardView]


def card_notes(candidates: Sequence) -> dict[int, list[str]]:
    """What higher packages add to the cards: {candidate id: [line, ...]}."""
    notes: dict[int, list[str]] = {}
    for notes_of in registry.hooks("card_notes"):
        for candidate_id, lines in notes_of(candidates).items():
            notes.setdefault(candidate_id, []).extend(lines)
    return notes


def board_columns(columns: Sequence[Column],
                  steps: dict[int, list[StepResult]]) -> list[ColumnView]:
    """Each column with its cards ready to write out."""
    detail = candidate_urls("candidates.detail")
    move = candidate_urls("candidates.move")
    notes = card_notes([c for column in columns for c in column.candidates])
    return [ColumnView(column.stage, column.stage.label, column.count,
                       *_next(column.stage), [
        CardView(c.id, c.name, detail(c.id),
                 [f"{step.short_label}: {step.short_result or step.status}"
                  for step in steps.get(c.id, ()) if step.started],
                 notes.get(c.id, []), move(c.id))
        for c in column.candidates]) for column in columns]


def _next(stage: Stage) -> tuple[str | None, str | None]:
    to = next_stage(stage)
    return (to.value, to.label) if to else (None, None)
