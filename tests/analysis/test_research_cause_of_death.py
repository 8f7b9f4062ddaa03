"""What a person died of ("two of his uncles would die of drink", "she died from a stroke")
is a health detail; a deal, a product or a company that died of something stays business.
(Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Two of his brothers would die of drink before forty.",
    "Her grandfather's partner died from a stroke at the depot.",
    "The old owner succumbed to pneumonia the winter the shop was sold.",
])
def test_what_a_person_died_of_is_personal(text):
    assert "personal_health" in personal(text)


@pytest.mark.parametrize("text", [
    "The Harbor Hill deal died of neglect after the demo.",
    "Most clinic start-ups die from a lack of cash, not a lack of patients.",
    "The old rota product died of a thousand small cuts.",
    "ShiftBoard's rival succumbed to price pressure in 2021.",
])
def test_a_deal_or_a_product_that_died_is_not_personal(text):
    assert "personal_health" not in personal(text)
