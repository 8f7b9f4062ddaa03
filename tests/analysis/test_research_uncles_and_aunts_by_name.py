"""An uncle or aunt named by the role and a first name, the way family speaks of them, is a family
detail; brands and figures called uncle or aunt are not. (Sentences written here, not taken from
the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    'She learned to close deals from her "Uncle Ray," who sold tractors.',
    "Every summer Aunt Linda drove us to the lake.",
    "He still keeps the ledger Uncle Walt gave him.",
])
def test_uncle_or_aunt_by_first_name_is_family(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "The campaign put Uncle Ben's rice on every end cap.",
    "Uncle Sam is the biggest buyer in that market.",
    "Aunt Jemima was rebranded in 2021.",
    "Uncle Ray's Chips signed a new distributor.",
    "Aunt Millie's Bakeries expanded into Ohio.",
])
def test_brands_called_uncle_or_aunt_are_not_family(text):
    assert "personal_family" not in personal(text)
