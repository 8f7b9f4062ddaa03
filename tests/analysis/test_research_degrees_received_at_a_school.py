"""A degree a person received at a named school ("after receiving a Finance degree at
UW-Madison", "she earned her MBA at Leeds") is schooling; degrees a product helps others earn
and "to a degree" stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "After receiving a Hospitality and Tourism degree at UW-Stout, he joined Larkspur.",
    "She later earned her MBA at Leeds while selling part time.",
    "Upon completing a nursing diploma at the Royal College, she moved into sales.",
])
def test_a_degree_received_at_a_school_is_personal(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "ShiftBoard helps nurses earn a degree at Purdue while they work.",
    "Larkspur is, to a degree at least, a scheduling company.",
    "Drivers take a 90-degree turn at Main Street to reach Harbor Hill Clinics.",
])
def test_degrees_others_earn_and_to_a_degree_are_not_personal(text):
    assert "personal_school" not in personal(text)
