"""A writer's own age back then ("I was maybe 9 at the time") and the time they grew up are
personal details; a figure or a length of time in the same frame, and a company growing up, are
not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "I was maybe 9 at the time, and the store felt enormous.",
    "She was probably 14 back then when she sold her first raffle tickets.",
    "He was 17 at the time and already working the counter.",
    "When I was growing up, our kitchen table was the sales floor.",
    "When she was still growing up in the valley, the mill closed.",
])
def test_an_age_back_then_is_personal(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "Q3 was 12% up at the time, and the board was pleased.",
    "I was 10 minutes late at the time of the demo.",
    "Churn was maybe 9 at the time, counted in accounts per quarter.",
    "When our firm was growing up, Larkspur shipped ShiftBoard twice a year.",
    "When the market was growing, Larkspur hired twelve reps.",
])
def test_a_figure_back_then_is_not_an_age(text):
    assert "personal_age" not in personal(text)
