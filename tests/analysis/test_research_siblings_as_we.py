"""Siblings speaking of themselves as a group ("we three girls", "us two brothers") is a family
detail; founders, reps or teams counted the same way stay business. (Sentences written here,
not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "We three girls were not used to having him home on weekdays.",
    "The old van took us two brothers to every trade show in the state.",
    "We four kids shared one bedroom above the shop.",
])
def test_siblings_as_we_are_personal(text):
    assert "personal_family" in personal(text) or "personal_children" in personal(text)


@pytest.mark.parametrize("text", [
    "We three founders started Larkspur in a spare room.",
    "Us two reps cover every clinic north of Leeds.",
    "We three girls who founded the bakery still run its sales.",
])
def test_founders_or_reps_counted_are_not_personal(text):
    found = personal(text)
    assert "personal_family" not in found and "personal_children" not in found
