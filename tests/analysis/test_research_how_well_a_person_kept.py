"""How well a person kept ("good health up until the very end", "she was in poor health",
"blessed with good health") is a health detail; accounts, businesses and products in good
health stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Her mentor kept selling with fairly good health right up until the very end.",
    "He was in poor health for most of his last year at the firm.",
    "She was blessed with remarkably good health into her nineties.",
    "He enjoyed good health until his retirement.",
])
def test_how_well_a_person_kept_is_personal(text):
    assert "personal_health" in personal(text)


@pytest.mark.parametrize("text", [
    "The Harbor Hill Clinics account is in good health after the renewal.",
    "The business kept good health until the end of the quarter.",
    "ShiftBoard is blessed with good health ratings from clinic managers.",
    "Larkspur stays in good health into the new year, with cash for two more years.",
])
def test_accounts_and_businesses_in_good_health_are_not_personal(text):
    assert "personal_health" not in personal(text)
