"""A person's childhood told by what filled it ("I grew up surrounded by the car business") is
their age; a company that grew up around a port or among competitors is not. (Sentences
written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "I grew up surrounded by the print trade.",
    "She grew up watching her aunt run a bakery.",
    "He grew up on the shop floor of a tool maker.",
])
def test_a_childhood_told_by_what_filled_it_is_age(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "Our company grew up around the port of Leith.",
    "We grew up surrounded by bigger competitors.",
    "ShiftBoard grew up around the needs of night-shift nurses.",
    "The business grew up watching its margins closely.",
])
def test_a_business_that_grew_up_is_not_age(text):
    assert "personal_age" not in personal(text)
