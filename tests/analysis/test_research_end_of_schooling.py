"""The end of a person's own schooling said as a time ("since school ended", "when high
school let out") is a school detail; a school year ending for a customer and a school ending a
contract are business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "She has been selling cars since school ended in June.",
    "When high school let out he drove a delivery van for his cousin.",
    "After college was over, I took the first sales job I was offered.",
    "He has worked the counter once law school finished.",
])
def test_the_end_of_schooling_as_a_time_is_personal(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "Since the school year ended, Larkspur's orders from districts have dropped.",
    "Since school ended its contract with us, ShiftBoard lost the region.",
    "After the school board meeting ended, Larkspur signed the district.",
    "Since the trial ended, ShiftBoard has doubled its pipeline.",
])
def test_a_customers_school_calendar_is_not_personal(text):
    assert "personal_school" not in personal(text)
