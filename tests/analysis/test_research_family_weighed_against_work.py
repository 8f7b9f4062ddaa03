"""A person's own family weighed against their work ("never put work over family", "balancing
her job and family") is a family detail; a product family ranked over another line stays
business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "For all his quota wins, he would not put work over family.",
    "She always chose family before her career, even in the busy season.",
    "He talks openly about balancing his job and family on the road.",
    "He never let work come before family, not even at quarter end.",
])
def test_family_weighed_against_work_is_personal(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur prioritized the product family over the legacy line.",
    "The team put work on the scheduling family before the billing suite.",
    "ShiftBoard ranks sales over family plans in its pricing page.",
    "The clinic chose the ShiftBoard family of tools over paper rosters.",
])
def test_a_product_family_ranked_over_another_is_not_personal(text):
    assert "personal_family" not in personal(text)
