"""Faith put or placed in someone or something is trust, not a belief; faith in God, a person's
own faith and a faith named by its church are. (Sentences written here, not taken from the
corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Clinic managers put their faith in our software after the first rota.",
    "Buyers placed their faith in the new vendor and were let down.",
    "Too many teams put blind faith in a single spreadsheet.",
])
def test_faith_put_in_a_thing_is_not_religion(text):
    assert "personal_religion" not in personal(text)


@pytest.mark.parametrize("text", [
    "Her faith carried her through the hard years.",
    "They raised the children in their Catholic faith.",
    "She put her faith in God when the business nearly failed.",
    "He has always placed his faith in the Lord.",
])
def test_a_persons_faith_is_religion(text):
    assert "personal_religion" in personal(text)
