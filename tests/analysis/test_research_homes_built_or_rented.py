"""A house a person or a family built for themselves, or rents to live in, is a person's home;
a house built for a client, rented equipment and the rental market are not. (Sentences
written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "A year before the move we had built a house on the edge of town.",
    "In 1994 she built her own home outside the city.",
    "For the first winter they lived in a rented flat.",
    "We settled into a rented house near the school.",
])
def test_a_home_built_or_rented_is_home(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "Last year we built a house for the client in under six months.",
    "The crew returned the rented equipment on Friday.",
    "Larkspur's growth is not a house of cards; we built a business on repeat clinics.",
    "Demand for the rented house market rose in the spring.",
    "They built a home page that converts visitors into trials.",
])
def test_houses_built_for_others_and_rented_things_are_not_home(text):
    assert "personal_home" not in personal(text)
