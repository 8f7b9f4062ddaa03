"""A family gathering a person went to ("in Ohio for a family visit", "back from our annual
family reunion") is their family; a care home's family visit hours or programme and a venue's
reunion packages are not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "She was in Ohio for a family visit when the deal closed.",
    "He had just come back from our annual family reunion.",
    "I missed the kickoff call during a family gathering.",
])
def test_a_family_gathering_attended_is_family(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "Harbor Hill Clinics extended the hours for a family visit program on every ward.",
    "ShiftBoard blocks staff rotas during the family visit hours.",
    "The hotel sells rooms for a family reunion package each summer.",
])
def test_family_visits_as_a_service_are_not_family(text):
    assert "personal_family" not in personal(text)
