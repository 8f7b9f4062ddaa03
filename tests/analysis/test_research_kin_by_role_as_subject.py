"""A grandparent or parent named by the role alone, as the one a sentence is about or the one
given something, is a family detail; a business named after one, and a grandparent as a
product's imagined user, are not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Grandpa had just retired from the rail yard that spring.",
    "Mama spent her life sewing uniforms for the county.",
    "Daddy believed every raffle ticket was the winner.",
    "That winter we bought Grandma a new coat with our first commission.",
    "Granny had always kept the books by hand.",
])
def test_kin_named_by_role_as_subject_is_family(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "Grandma's Kitchen had a line out the door on launch day.",
    "Papa John's spent more on ads than any rival.",
    "ShiftBoard is so simple even grandma could use it.",
    "We bought Grandma's Kitchen a new oven for the demo.",
    "The Grandfather Clause had already expired by then.",
])
def test_a_business_named_for_kin_is_not_family(text):
    assert "personal_family" not in personal(text)
