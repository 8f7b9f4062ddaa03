"""A person's own medicine ("he stopped taking his pills", "her heart medication") is a health
detail; medicine as what a company makes or a rep sells stays business. (Sentences written
here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "By spring he had cut back on his medications and was sleeping better.",
    "She forgot her blood pressure pills on the flight to Leeds.",
    "I keep my meds in the glovebox of the company car.",
    "He still carries his inhaler to every trade show.",
])
def test_a_persons_own_medicine_is_personal(text):
    assert "personal_health" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur hires medication sales reps for the clinic market.",
    "The pharmaceutical company's medications ship through ShiftBoard.",
    "She grew her medication sales territory by a third last year.",
    "His prescriptions business at Harbor Hill Clinics doubled in a year.",
    "Our medications are stocked in every clinic we serve.",
])
def test_medicine_as_a_business_is_not_personal(text):
    assert "personal_health" not in personal(text)
