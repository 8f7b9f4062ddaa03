"""A person's own illness said without naming it, and a person's body failing, are health
details; health problems a business solves, and a body of work, are not. (Sentences written
here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Her manager said she had been through some health problems last year.",
    "He went through a health scare before the merger.",
    "I faced serious health issues in my forties.",
    "Despite the best care, her body finally gave out.",
    "His body just wore out after years on the road.",
])
def test_an_illness_said_in_general_and_a_failing_body_are_health(text):
    assert "personal_health" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur solves health problems for clinics.",
    "The health issues our customers face are costly.",
    "He went through the health records with the clinic.",
    "His body of work failed to sell at first.",
    "The car body wore out long before the engine.",
])
def test_health_problems_a_business_solves_and_a_body_of_work_are_not(text):
    assert "personal_health" not in personal(text)
