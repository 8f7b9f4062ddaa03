"""The afterlife a person is said to be in or to have gone to is a detail of faith; heaven as a
figure of speech for a good match or a good place to shop, and a name with Heaven in it, are
not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Rest easy, and see you in heaven, Uncle Ray.",
    "Mom is in heaven now, but her recipes live on.",
    "He went home to heaven last spring.",
    "I know she is watching over us from heaven.",
    "We will meet again in heaven.",
])
def test_the_afterlife_said_of_a_person_is_religion(text):
    assert "personal_religion" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur and Harbor Hill are a match made in heaven.",
    "The new mall is a shopper's heaven.",
    "Our booth is next to Heaven Hill Distillery.",
    "Clinic managers say the new rota is heaven for them.",
    "The new scheduling app is heaven to use.",
    "Staff went to Heaven Gate Cafe for the offsite.",
])
def test_heaven_as_a_figure_of_speech_or_a_name_is_not(text):
    assert "personal_religion" not in personal(text)
