"""Kinds of details a seller notes about customers, listed in general, name no one's children;
the same list with a possessive is someone's own. (Sentences written here, not taken from the
corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "She kept a card for each buyer with details like birthdays, kid's names and hobbies.",
    "Our CRM stores info such as anniversaries and children's names.",
])
def test_kinds_of_details_noted_about_customers_are_not_children(text):
    assert "personal_children" not in personal(text)


@pytest.mark.parametrize("text", [
    "He asked about details like my kids' names.",
    "She shared details like birthdays, her children's names and more.",
    "I noted the kid's name before the Harbor Hill call.",
])
def test_a_possessive_or_a_single_child_stays_children(text):
    assert "personal_children" in personal(text)
