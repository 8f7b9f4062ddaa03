"""A person's own smoking ("he never smoked", "my dad's smoking", "she quit smoking in 2010")
is a health detail; smoking as a market, a policy or food stays business. (Sentences written
here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "He was one of the few reps of his day who never smoked.",
    "I hated my dad's smoking on the long drives.",
    "She quit smoking the year she joined Larkspur.",
    "He smoked a pack a day until his forties.",
])
def test_a_persons_smoking_is_personal(text):
    assert "personal_health" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur's smoking cessation programme runs in every clinic.",
    "ShiftBoard helps clinics serve adults who never smoked but need lung scans.",
    "Her smoking ban in the clinic car park cut complaints.",
    "He smoked salmon for the Harbor Hill Clinics holiday party.",
])
def test_smoking_as_a_market_or_a_policy_is_not_personal(text):
    assert "personal_health" not in personal(text)
