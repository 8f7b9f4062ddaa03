"""The writer's own childhood said as a time ("while I was a kid") is an age detail, as
"when I was a kid" already is; a child named in passing ("the kid at the counter", "kid's
names" noted in general) and a business while it was young are not. (Sentences written here,
not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "While I was a kid, my uncle let me run the till on Saturdays.",
    "She learned to haggle while she was a little girl at the flea market.",
    "While he was a teenager he sold knives door to door.",
    "When I was a kid, the shop smelled of sawdust.",
])
def test_a_childhood_as_a_time_is_an_age(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "The kid at the counter rang up the order while I was on the phone.",
    "Reps noted details like birthdays and kid's names in the CRM.",
    "While he was a young rep, Larkspur doubled its territory.",
    "While she was a manager at Larkspur, ShiftBoard shipped twice a year.",
    "While I was a consultant, the team closed twelve accounts.",
])
def test_a_kid_in_passing_or_a_young_career_is_not_an_age(text):
    assert "personal_age" not in personal(text)
