"""The home of a person's own family ("a wake at the family home", "she kept the family
house") is a home detail; the family home as a market or a product stays business. (Sentences
written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Friends gathered at the family home on Sunday to remember him.",
    "She still runs her territory from the family house in Harrogate.",
    "After the funeral, he sold the family's farmhouse to a neighbour.",
])
def test_the_home_of_a_persons_family_is_personal(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur targets the family home market in the suburbs.",
    "A family home builder in Leeds signed up for ShiftBoard.",
    "The family of home products sells well at Harbor Hill Clinics.",
    "They sell the family home insurance plan through clinics.",
])
def test_the_family_home_as_a_market_is_not_personal(text):
    assert "personal_home" not in personal(text)
