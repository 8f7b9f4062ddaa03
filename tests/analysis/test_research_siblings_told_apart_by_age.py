"""A sibling told apart by age ("his slightly older brother", "her much younger sister", "an
older brother") is family; older and younger products, versions and sister companies stay
business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "He and his slightly older brother sold papers on the corner.",
    "Her much younger sister still works the front desk.",
    "My two years older brother taught me to cold call.",
    "She grew up with an older brother who fixed bikes.",
    "As a younger sister, she learned to negotiate early.",
])
def test_a_sibling_told_apart_by_age_is_personal(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "ShiftBoard replaced an older version of the rota tool.",
    "Larkspur opened a younger sister brand for dental clinics.",
    "The clinic runs a slightly older model of the scanner.",
    "Harbor Hill Clinics bought an older sister site of the chain.",
    "Larkspur is the much younger sibling company of a payroll firm.",
])
def test_older_products_and_sister_companies_are_not_personal(text):
    assert "personal_family" not in personal(text)
