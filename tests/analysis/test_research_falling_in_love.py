"""A person falling in love ("after falling in love, she moved back north", "we fell in love
in college") is a partner detail; falling in love with a job, a product or a market stays
business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "After falling in love, he left the oil rigs for a desk job in Leeds.",
    "We fell in love the summer before I joined Larkspur.",
    "She fell in love with a nurse she met at a Harbor Hill clinic.",
    "They fell in love with each other on a sales kick-off trip.",
])
def test_falling_in_love_is_personal(text):
    assert "personal_partner" in personal(text) or "personal_dating" in personal(text)


@pytest.mark.parametrize("text", [
    "I fell in love with sales on my first day at Larkspur.",
    "Clinic managers fall in love with ShiftBoard after one demo.",
    "We fell in love with the product the moment we saw it.",
    "After falling in love with the scheduling problem, she built ShiftBoard.",
])
def test_falling_in_love_with_work_is_not_personal(text):
    found = personal(text)
    assert "personal_partner" not in found and "personal_dating" not in found
