"""A person called a graduate from a named school is a person's schooling; a graduate program, a
graduate from an intern pool and graduates of a company's course are not. (Sentences written
here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "He was a recent graduate from USF when he joined the sales team.",
    "Maya, a proud graduate from the University of Leeds, runs the northern region.",
    "She is a graduate from Ohio State.",
])
def test_a_graduate_from_a_named_school_is_school(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur runs a recent graduate program for new sellers.",
    "Every hire is a graduate from our intern pool.",
    "A graduate from the ShiftBoard course can build a rota alone.",
    "We hire graduates from clinics across the region.",
])
def test_graduate_programs_and_course_graduates_are_not_school(text):
    assert "personal_school" not in personal(text)
