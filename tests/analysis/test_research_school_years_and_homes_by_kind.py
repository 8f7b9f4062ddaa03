"""A year at school named as a time of life without a possessive, and a home named by its kind
with the person or their family as the subject, are personal details; students in a school year
as a market, and work a team "lived in", are not. (Sentences written here, not taken from the
corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize(("text", "code"), [
    ("I read that novel in sophomore year.", "personal_school"),
    ("During junior year we moved twice.", "personal_school"),
    ("By senior year he captained the chess team.", "personal_school"),
    ("We lived on a cul de sac near the park.", "personal_home"),
    ("I lived in a small flat above a bakery.", "personal_home"),
    ("She lived on a dairy farm as a girl.", "personal_home"),
    ("He once lived in a trailer outside Reno.", "personal_home"),
])
def test_a_school_year_and_a_home_by_its_kind_are_personal(text, code):
    assert code in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur tutors students in senior year.",
    "ShiftBoard schedules classes in junior year courses for clinics.",
    "Sign-ups doubled in freshman year enrollment season.",
    "We lived in a spreadsheet for months before ShiftBoard.",
    "We lived on the phones all quarter.",
    "We lived in the house of our customer's data for a week.",
])
def test_school_years_as_a_market_and_work_lived_in_are_not_personal(text):
    assert personal(text) == set()
