"""A time of a person's life dated by their age, the number said in words or figures, a
person's age now, and the place they were born, are personal details; the same words counting
minutes, sales or finalists, or said of a company, are not. (Sentences written here, not taken
from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize(("text", "code"), [
    ("When I was twelve my uncle opened a bakery.", "personal_age"),
    ("In the year that I was six, we left Perth.", "personal_age"),
    ("We stayed there until shortly before I reached nine.", "personal_age"),
    ("By the time she turned ten, she was selling lemonade.", "personal_age"),
    ("When he was seventy-two he sold the shop.", "personal_age"),
    ("It all began when I was five years old and my aunt taught me to sew.", "personal_age"),
    ("I am about 16 with a summer job.", "personal_age"),
    ("She's nearly ten, and loves football.", "personal_age"),
    ("He moved back to Galway, the city of his birth.", "personal_home"),
    ("She returned to Cork, the village of her birth.", "personal_home"),
])
def test_an_age_said_in_words_and_a_birthplace_are_personal(text, code):
    assert code in personal(text)


@pytest.mark.parametrize("text", [
    "When I was twelve minutes late, the client left.",
    "Before he reached five sales, the quarter ended.",
    "When she was one of three finalists, Larkspur called.",
    "I am about 15 minutes away from the clinic.",
    "He's 3 for 3 on demos this week.",
    "Since he was ten deals short, he stayed late.",
    "I'm about 20 percent done with the rollout.",
    "When I was two weeks in, I closed a deal.",
    "After I turned ten accounts around, I got promoted.",
    "Larkspur went back to Austin, the city of its birth.",
    "Our film covers the birth of the city.",
])
def test_numbers_that_count_work_and_a_companys_birthplace_are_not_personal(text):
    assert personal(text) == set()
