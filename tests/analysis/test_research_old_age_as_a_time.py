"""A person's old age said as a time of life ("in his later years", "in her old age") is an
age detail; the later years of a contract, a company's later years and the last years of a
person's career stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "In his later years he kept a garden and wrote letters to old customers.",
    "She took up painting in her twilight years.",
    "In my old age I have come to like slow Sundays.",
    "He found real peace in his final years, after the shop was sold.",
])
def test_old_age_as_a_time_is_personal(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "The price rises in the later years of the contract.",
    "In its later years the brand lost ground to ShiftBoard.",
    "In his later years at the firm he ran the clinic accounts.",
    "In her final years as sales director, Larkspur doubled its revenue.",
    "In his last years of selling he covered Harbor Hill Clinics alone.",
])
def test_a_contract_or_a_career_in_its_later_years_is_not_personal(text):
    assert "personal_age" not in personal(text)
