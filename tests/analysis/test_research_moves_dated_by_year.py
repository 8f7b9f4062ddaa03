"""The place a person's move took them, dated by its year ("Leeds, where he moved in 1998",
"she moved there in 2009") is a home detail; a company's move, accounts moved and a promotion
stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "He covered Yorkshire and later Leeds, where he moved in 1998.",
    "She moved there in 2009 and never left.",
    "Harrogate, where I settled in March 2015, is an hour from the office.",
])
def test_a_move_dated_by_year_is_personal(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur runs its support desk from Austin, where we moved in 2019.",
    "That is the region where he moved his accounts in 2019.",
    "It was at Harbor Hill Clinics where she moved up to director in 2015.",
    "ShiftBoard moved there in 2020 to be near its clinics.",
])
def test_a_company_or_a_career_move_is_not_personal(text):
    assert "personal_home" not in personal(text)
