"""A person's own friends and family as the ones they take out, host or photograph ("takes
friends and family out on his boat", "photos of family and friends") is a family detail;
friends and family as a price, a round or a referral audience stay business. (Sentences
written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "On weekends he takes customers, friends and family out on his sailing dinghy.",
    "She started out taking portraits of friends and family.",
    "He hosts family and friends at the lake every July.",
    "I love cooking for friends and family.",
])
def test_friends_and_family_taken_out_are_personal(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "Members join forces with friends and family to log their workouts.",
    "Larkspur is taking friends and family pricing to more clinics.",
    "The seed came from a friends and family round in 2019.",
    "ShiftBoard hosts friends and family days for new clinic staff.",
])
def test_friends_and_family_as_a_business_are_not_personal(text):
    assert "personal_family" not in personal(text)
