"""A household's move into a rented or bought dwelling ("we moved into a rent house in Dayton",
"they moved into a small apartment") is a home detail; moves into offices stay business.
(Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "After the flood we moved into a rent house in Dayton.",
    "They finally moved into a small two-bed apartment near the depot.",
    "She moved into a rented house across town after the sale.",
])
def test_moving_into_a_dwelling_is_personal(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "In 2021 we moved into a new office on Dock Street.",
    "Larkspur moved into a bigger building once ShiftBoard took off.",
    "They moved into a house office space shared with Harbor Hill Clinics.",
])
def test_moving_into_an_office_is_not_personal(text):
    assert "personal_home" not in personal(text)
