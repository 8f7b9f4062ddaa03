"""A household's move to a state, said with "we" or "they" or with the mover left out ("we moved
back to Minnesota"), is a person's home; a company's move to a tool, its headquarters' move and
a company named after a state are not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "When the twins were small we moved back to Minnesota.",
    "They later moved to Massachusetts and opened a bakery.",
    "After moving to North Texas, she took a job in insurance.",
    "In 1990 we moved to New York City for good.",
])
def test_a_household_move_to_a_state_is_home(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "In 2020 we moved to Salesforce from spreadsheets.",
    "Our headquarters moved to Texas last year.",
    "We moved to Texas Instruments parts for the new board.",
    "They moved to Georgia Pacific paper for every mailer.",
])
def test_company_moves_are_not_home(text):
    assert "personal_home" not in personal(text)
