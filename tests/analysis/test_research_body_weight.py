"""A person's own body weight given in pounds or kilos is a health detail; a shipment's or a
product's weight is not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "I doubt he ever weighed less than 230 pounds in his sales years.",
    "By spring she weighed about 60 kilos again.",
    "I weigh over 200 lbs and still run the route.",
])
def test_a_persons_weight_is_health(text):
    assert "personal_health" in personal(text)


@pytest.mark.parametrize("text", [
    "The shipment weighed 250 pounds on the dock scale.",
    "Each pallet weighs less than 900 pounds.",
    "It weighed 40 kilos, so we paid the freight surcharge.",
    "He weighed the offer for two weeks before signing.",
])
def test_a_shipments_weight_is_not_health(text):
    assert "personal_health" not in personal(text)
