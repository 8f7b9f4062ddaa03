"""A trip to a place people go to for leisure ("weekend trips to the lake", "a trip to the
local mountains") is a travel detail; a work trip, a delivery run and trips sold as a product
stay business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "He loved long weekend trips to the lake with his old van.",
    "Her favourite break is a camping trip to the local mountains.",
    "I plan regular trips to the beach once the quarter closes.",
])
def test_a_leisure_trip_is_personal(text):
    assert "personal_travel" in personal(text)


@pytest.mark.parametrize("text", [
    "The reps make sales trips to the coast every month.",
    "ShiftBoard schedules delivery trips to the lake stores.",
    "The agency sells trips to the beach to families on a budget.",
    "Larkspur cut trips to the coast clinics by routing visits better.",
])
def test_a_work_trip_or_a_product_is_not_personal(text):
    assert "personal_travel" not in personal(text)
