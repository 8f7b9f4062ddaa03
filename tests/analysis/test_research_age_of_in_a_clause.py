"""A person's own age back then, said as "around the age of N" in a clause about them ("we met
when we were kids, around the age of 9") is an age detail; the age of a product's users and a
plan's age stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "We were neighbours in 1990, around the age of 9.",
    "I was selling newspapers door to door at about the age of 11.",
    "She was already keeping the books for the shop by the age of 14.",
])
def test_a_persons_age_back_then_is_personal(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "We were looking for clinics that treat kids around the age of 9.",
    "I was told most patients around the age of 70 book online.",
    "He was clear that the plan pays out at the age of 65.",
])
def test_the_age_of_users_or_a_plan_is_not_personal(text):
    assert "personal_age" not in personal(text)
