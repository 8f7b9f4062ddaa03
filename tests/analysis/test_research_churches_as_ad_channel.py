"""Churches named as a place to advertise are a marketing channel, not a faith; a person's own
church stays a religion detail. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Dealers should advertise in local churches and at school fairs.",
    "Put flyers up at area churches before the spring sale.",
])
def test_churches_as_an_ad_channel_are_not_religion(text):
    assert "personal_religion" not in personal(text)


@pytest.mark.parametrize("text", [
    "She sings at her church every Sunday.",
    "He visits churches on every holiday he takes.",
])
def test_a_persons_church_is_religion(text):
    assert "personal_religion" in personal(text)
