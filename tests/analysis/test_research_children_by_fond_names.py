"""A person's own children called by a fond name ("my precious ones", "our two little
gremlins, Ada and Bo") is a children detail; the same words for a nursery's children or a toy
range stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "I stopped for groceries so my precious ones could eat something green.",
    "Our two little gremlins, Ada and Bo, run the house.",
    "Her three little monsters wait at the door when she gets home.",
])
def test_children_by_a_fond_name_are_personal(text):
    assert "personal_children" in personal(text)


@pytest.mark.parametrize("text", [
    "Our little angels enjoy fresh meals at every Larkspur nursery.",
    "Her little monsters plush range sold out at Harbor Hill Clinics.",
    "Our two little monsters toy lines ship in March.",
    "The precious ones collection is Larkspur's best-selling jewellery line.",
])
def test_the_same_words_for_a_business_are_not_personal(text):
    assert "personal_children" not in personal(text)
