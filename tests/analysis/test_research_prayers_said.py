"""Prayer said or made by people ("we said a few prayers", "they met to pray together", "he
prayed every morning") is a religion detail; prayer as a product's market and a bare sales
saying stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "We said a few prayers before the long drive home.",
    "Every Sunday they met at her house to pray and sing together.",
    "He prayed every morning before his first sales call.",
    "Her mother always said grace before supper.",
])
def test_prayer_said_by_people_is_personal(text):
    assert "personal_religion" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur added a prayer-room booking feature for hospital chaplaincies.",
    "The prayer times app market is crowded.",
    "Don't wait on a prayer: follow up with Harbor Hill Clinics this week.",
    "ShiftBoard offers a grace period of thirty days on renewals.",
])
def test_prayer_as_a_market_or_a_saying_is_not_personal(text):
    assert "personal_religion" not in personal(text)
