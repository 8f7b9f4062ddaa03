"""The saying that people grow like their parents ("we all become our parents", "you turn into
your parents") names no one's own parents; a person's own parents stay family. (Sentences
written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Sooner or later we all become our parents, and managers are no different.",
    "You turn into your parents the day you start checking the thermostat.",
    "Most reps slowly become their own parents when they coach new hires.",
])
def test_the_saying_is_not_personal(text):
    assert "personal_family" not in personal(text)


@pytest.mark.parametrize("text", [
    "After the layoff we moved back in with our parents for a year.",
    "At nineteen she became her parents' carer.",
    "He turned into our parents' favourite dinner guest.",
    "My parents ran a bakery in Leeds.",
])
def test_a_persons_own_parents_stay_personal(text):
    assert "personal_family" in personal(text)
