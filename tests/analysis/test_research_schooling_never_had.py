"""Schooling a person never had ("he had not been formally educated", "she was never formally
schooled") is a school detail; educated buyers and staff stay business. (Sentences written
here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "He had not been formally educated, but he could price a load of timber at a glance.",
    "She was never formally schooled and learned sales on the market stall.",
    "I wasn't formally educated in finance before joining Larkspur.",
])
def test_schooling_never_had_is_personal(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "ShiftBoard sells best to educated buyers who compare rota tools.",
    "Harbor Hill Clinics keeps formally educated staff in every clinic.",
    "He says the clinic managers were not formally educated on the new rota rules.",
])
def test_educated_buyers_and_staff_are_not_personal(text):
    assert "personal_school" not in personal(text)
