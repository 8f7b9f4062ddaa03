"""Which stage moves and screen-outs the pipeline allows."""

import pytest

from hiring.candidates.pipeline import (
    Stage,
    check_move,
    check_screen_out,
    gate_suggests_screen_out,
    next_stage,
    reason_label,
)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Stage.APPLIED, Stage.WRITING),
        (Stage.APPLIED, Stage.RESEARCH),
        (Stage.RESEARCH, Stage.WRITING),
        (Stage.INTERVIEW, Stage.DECISION),
        (Stage.DECISION, Stage.OFFER),
        (Stage.OFFER, Stage.HIRED),
        (Stage.OFFER, Stage.DECISION),
        (Stage.HIRED, Stage.ONBOARDING),
    ],
)
def test_allowed_moves(current, target):
    check_move(current, target)


@pytest.mark.parametrize(
    ("current", "target", "fragment"),
    [
        (Stage.WRITING, Stage.WRITING, "already"),
        (Stage.WRITING, Stage.SCREENED_OUT, "Screen out"),
        (Stage.SCREENED_OUT, Stage.APPLIED, "Reverse"),
        (Stage.INTERVIEW, Stage.HIRED, "Decision"),
        (Stage.DECISION, Stage.HIRED, "Make an offer"),
        (Stage.INTERVIEW, Stage.OFFER, "Decision before making an offer"),
        (Stage.DECISION, Stage.ONBOARDING, "hired"),
        (Stage.HIRED, Stage.WRITING, "cannot go back"),
    ],
)
def test_refused_moves_say_why(current, target, fragment):
    with pytest.raises(ValueError, match=fragment):
        check_move(current, target)


def test_screen_out_rules():
    check_screen_out(Stage.WRITING, "writing", "")
    with pytest.raises(ValueError, match="from the list"):
        check_screen_out(Stage.WRITING, "too old", "")
    with pytest.raises(ValueError, match="Explain"):
        check_screen_out(Stage.WRITING, "other", "  ")
    with pytest.raises(ValueError, match="already"):
        check_screen_out(Stage.SCREENED_OUT, "writing", "")
    with pytest.raises(ValueError, match="cannot be screened out"):
        check_screen_out(Stage.HIRED, "withdrew", "")


def test_next_stage_and_labels():
    assert next_stage(Stage.APPLIED) == Stage.WRITING
    assert next_stage(Stage.DECISION) == Stage.OFFER
    assert next_stage(Stage.OFFER) == Stage.HIRED
    assert next_stage(Stage.ONBOARDING) is None
    assert next_stage(Stage.SCREENED_OUT) is None
    assert Stage.RESEARCH.label == "Research exercise"
    assert reason_label("withdrew") == "Withdrew"
    assert reason_label("unknown-key") == "unknown-key"


def test_gate():
    assert gate_suggests_screen_out(2.4, 2.5)
    assert not gate_suggests_screen_out(2.5, 2.5)


def test_stages_match_the_candidate_model():
    from hiring.candidates.models import STAGE_LABELS, STAGES

    assert tuple(s.value for s in Stage) == STAGES
    assert {s.value: s.label for s in Stage} == STAGE_LABELS
