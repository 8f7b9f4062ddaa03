"""Two people said to have been, or become, a couple is a person's relationship; a couple of
weeks, of days behind, or of partners is a count. (Sentences written here, not taken from the
corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "They met at a trade fair and they've been a couple ever since.",
    "We became a couple that summer, long before Larkspur.",
    "They have been a couple for twenty years.",
])
def test_two_people_as_a_couple_is_dating(text):
    assert "personal_dating" in personal(text)


@pytest.mark.parametrize("text", [
    "It's been a couple of weeks since the ShiftBoard launch.",
    "We've been a couple weeks behind on the rota release.",
    "We became a couple of partners short after the spring hiring freeze.",
    "They have been a couple of steps ahead of the market.",
])
def test_a_couple_as_a_count_is_not_dating(text):
    assert "personal_dating" not in personal(text)
