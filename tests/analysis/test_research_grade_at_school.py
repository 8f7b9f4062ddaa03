"""A person's own year at school named by its grade ("the bike I got in the 4th grade", "my
second grade teacher's rule") is a school detail; a grade as a market or a product stays
business. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "I sold my first lemonade in the 4th grade, on our street corner.",
    "In the second grade he ran a sticker trade at recess.",
    "By my 10th grade, I knew I wanted to sell.",
])
def test_a_persons_grade_at_school_is_personal(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur sells lesson planners to teachers in the third grade.",
    "The pilot covers students in the 5th grade across four districts.",
    "ShiftBoard now schedules tutors in the first grade classrooms of the district.",
    "The clinic's food-grade gloves come in the second grade of thickness.",
])
def test_a_grade_as_a_market_or_a_product_is_not_personal(text):
    assert "personal_school" not in personal(text)
