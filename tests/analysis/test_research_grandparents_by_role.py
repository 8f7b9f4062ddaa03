"""A grandparent named by the role alone, as family speaks of them, is a family detail; a
business named after a grandparent, and a grandparent as a product's imagined user, are not.
(Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "In memory of Grandma Rose, who ran the till for forty years.",
    "I still keep the sample case grandpa gave me.",
    "Selling came easy because grandma taught me to listen.",
    "Every summer Grandpa Eli took us to the county fair.",
])
def test_a_grandparent_named_by_role_is_family(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur caters for Grandma Rose's Bakery in Leeds.",
    "Harbor Hill Clinics buy from Grandpa Joe Candy Shop.",
    "ShiftBoard is so simple even grandma could use it.",
    "The Grandfather Clause lets older contracts stand.",
])
def test_a_business_named_for_a_grandparent_is_not_family(text):
    assert "personal_family" not in personal(text)
