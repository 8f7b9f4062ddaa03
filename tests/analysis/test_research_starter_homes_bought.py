"""A starter or forever home someone buys or saves for is a person's home; a starter kit, the
starter-home market and a lender's or builder's business are not. (Sentences written here, not
taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Two good quarters let me buy a starter home outside Tulsa.",
    "They spent years saving for a forever house near the coast.",
    "His first bonus went toward buying a small starter home.",
])
def test_a_starter_home_bought_is_home(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "Every rep gets a starter kit on day one.",
    "Buyers who purchase a starter home warranty save on repairs.",
    "The starter home market slowed in the third quarter.",
    "We bought a starter pack of samples for the booth.",
])
def test_starter_kits_and_the_market_are_not_home(text):
    assert "personal_home" not in personal(text)
