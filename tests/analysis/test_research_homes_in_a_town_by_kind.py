"""A person or a family moving to, or living in, a town named by its kind is a person's home; an
office's move, a move to a new tool and a town as a company's market are not. (Sentences
written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "We moved to a small rural town when the children were young.",
    "She later relocated to a quiet coastal village.",
    "They grew close while living in a small mining town.",
    "He lives in a tiny farming town two hours from the coast.",
])
def test_a_home_town_by_its_kind_is_home(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur sells to clinics in a small rural town market.",
    "Last spring we moved to a new CRM.",
    "Our office moved to a town centre building in 2021.",
    "We moved to a city plan with unlimited seats.",
    "Demand is strongest in a small rural town where clinics are short of staff.",
])
def test_a_town_as_a_market_or_a_move_of_work_is_not_home(text):
    assert "personal_home" not in personal(text)
