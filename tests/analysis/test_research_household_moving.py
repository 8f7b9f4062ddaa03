"""A person's own household moving out or in ("two weeks before we move out", "the week I
moved in", "we're moving out of the flat") is a home detail; a project moving out of a phase,
a rep moving in on an account and a team leaving an office stay business. (Sentences written
here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "There is a month to go before we move out, and the boxes are everywhere.",
    "The week I moved in, the boiler broke.",
    "We're moving out of the flat in March.",
    "She finally moved out of her parents' house at twenty-six.",
    "They bought a sofa the day we moved in together.",
])
def test_a_household_moving_is_personal(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "Before we move out of the pilot phase, Larkspur wants two more clinics.",
    "Once we move in on the Harbor Hill Clinics account, ShiftBoard can expand.",
    "We moved out of the office in Leeds when the lease ended.",
    "As the clinics grow, we move into new regions every quarter.",
])
def test_a_project_or_a_team_moving_is_not_personal(text):
    assert "personal_home" not in personal(text)
