"""A child's birth used to date a time ("the year I was born", "the week our son was born") is a
person's children; the year a company or an idea was born is not. (Sentences written here,
not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Dad started selling policies the year I was born.",
    "We signed the first clinic the week our son was born.",
    "She had already left the bank before her daughter was born.",
])
def test_a_birth_dating_a_time_is_children(text):
    assert "personal_children" in personal(text)


@pytest.mark.parametrize("text", [
    "The year Larkspur was born, clinics still used paper rotas.",
    "The week the idea was born, we called ten clinics.",
    "Since the company was born in 2015 it has doubled every year.",
])
def test_a_company_born_is_not_children(text):
    assert "personal_children" not in personal(text)
