"""The age a life reached ("living to 88 years of age", "she lived to be 97", "he died at 81")
is a person's age; warranties, leases and times of day stay business. (Sentences written here,
not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Her grandfather kept selling seed, living to 93 years of age.",
    "She lived to be 97 and still asked about the shop.",
    "He died at 81, a week after his last sales call.",
    "The founder passed away aged 90.",
    "He lived to the ripe old age of 102.",
])
def test_the_age_a_life_reached_is_personal(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "ShiftBoard comes with a warranty good to 88 months.",
    "The old rota system lived to 10 years before Larkspur replaced it.",
    "The server died at 5 p.m. on launch day.",
    "Harbor Hill Clinics went live to 40 clinics in a month.",
    "The pilot lived to 12 months and then became a contract.",
])
def test_counts_that_are_not_a_life_are_not_personal(text):
    assert "personal_age" not in personal(text)
