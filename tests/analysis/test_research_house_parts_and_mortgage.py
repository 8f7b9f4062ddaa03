"""A person's own house told by its driveway, front yard or mortgage, or as a house on a block
or street, is a home detail; a mortgage business, a driveway service and a vendor on the block
are not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "The old van sat on our driveway every weekend.",
    "She finally paid off her mortgage last spring.",
    "His was the last house on our street with a red door.",
    "Theirs was the only house on the block without a fence.",
    "He mowed his front lawn before every sales trip.",
])
def test_a_house_told_by_its_parts_is_home(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur was the only vendor on the block with a clinic product.",
    "Our mortgage clients renewed early this year.",
    "Our driveway sealing service grew 20% in spring.",
    "ShiftBoard is the new kid on the block in scheduling.",
    "The company keeps a warehouse on the block near the port.",
])
def test_business_on_the_block_is_not_home(text):
    assert "personal_home" not in personal(text)
