"""A person finishing a course of training after school ("she finished a Dental Assisting
program") is their schooling; a company's pilot or partner program is not. (Sentences written
here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "After high school Maria finished a Medical Coding program.",
    "He completed a nursing course before joining Larkspur.",
    "She then enrolled in a two-year paralegal program.",
])
def test_training_after_school_is_school(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "Last spring we finished a pilot program with three clinics.",
    "The team completed a Partner Program with the distributor.",
    "Harbor Hill completed a Pilot Program in March.",
    "Each rep completed a Sales Leadership program in the first year.",
])
def test_company_programs_are_not_school(text):
    assert "personal_school" not in personal(text)
