"""Schooling a job asks for ("a high school diploma or equivalent is required", "reps rarely
need more than a high school education") is hiring, not anyone's schooling; a person's own
diploma stays a school detail. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "A high school diploma or equivalent is required for the clinic coordinator role.",
    "Larkspur's field reps need at least a high school education.",
    "Most openings require a high school diploma and a driving licence.",
    "High school diplomas are usually enough for the inside sales desk.",
])
def test_schooling_a_job_asks_for_is_not_personal(text):
    assert "personal_school" not in personal(text)


@pytest.mark.parametrize("text", [
    "He left Ohio with only a high school diploma and a used van.",
    "I needed a high school diploma to enlist, so I went back at night.",
    "She finished high school in Leeds before joining Larkspur.",
    "He earned a high school diploma at thirty while selling ShiftBoard.",
])
def test_a_persons_own_diploma_stays_personal(text):
    assert "personal_school" in personal(text)
