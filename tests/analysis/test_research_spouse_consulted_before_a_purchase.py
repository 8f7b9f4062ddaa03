"""A buyer's spouse consulted before a purchase ("has to ask his wife if he can buy a car"), the
sales objection said of any buyer, is not a person's own family; a person's own wife or husband
stays flagged. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "The old line was: what kind of buyer has to ask his wife if he can buy a van?",
    "Never mock a prospect who wants to check with her husband before she signs.",
    "Reps learn to ask, politely, whether you should talk to your spouse before you purchase.",
])
def test_a_buyers_spouse_consulted_on_a_purchase_is_not_family(text):
    assert "personal_family" not in personal(text)


@pytest.mark.parametrize("text", [
    "I have to ask my wife if I can buy the boat.",
    "He asked his wife Mary to run the books.",
    "My wife and I started Larkspur in a spare room.",
    "She had to ask her husband before the move to Leeds.",
])
def test_a_persons_own_spouse_is_family(text):
    assert "personal_family" in personal(text)
