"""A person's or a family's move to a street, named without a number as a home is, is a home
detail; an office or a store moving to a street, and a move to a town whose name begins with
"St.", are not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "After the harvest we sold the farm and moved to Birch Dr in Dunmore.",
    "She moved to Elm Street the year the mill closed.",
    "I packed two suitcases and relocated to Harbor View Road.",
])
def test_a_move_to_a_street_is_home(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "In 2019 our office moved to Main St in Dunmore.",
    "When we grew, the store moved to Elm Street.",
    "Larkspur moved to Market Street to be near the clinics.",
])
def test_a_business_moving_to_a_street_is_not_home(text):
    assert "personal_home" not in personal(text)
