"""A market, or the goods sold to it, named by a faith is a salesperson's customers, not
anyone's belief; a person named as born on a day of a year in a place is their home, a company
started on a day is not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "She sold maths workbooks to the Catholic schools of Ohio.",
    "He was good at selling hymnals to Lutheran churches.",
    "Our rep pitched ShiftBoard to Catholic hospitals in May.",
    "Later she moved on to selling church supplies in Leeds.",
    "For years he sold Church goods across the county.",
])
def test_a_market_named_by_a_faith_is_not_a_religion(text):
    assert "personal_religion" not in personal(text)


@pytest.mark.parametrize("text", [
    "I went to a Catholic school in Leeds.",
    "She sells cars and is a devout Catholic.",
    "He sold his house to the Catholic church next door and joined the parish.",
    "We go to church every Sunday.",
    "She sold raffle tickets at her church.",
])
def test_a_faith_of_a_person_stays_flagged(text):
    assert "personal_religion" in personal(text)


@pytest.mark.parametrize("text", [
    "Ada was born May 2, 1941 in Tulsa, OK.",
    "Tom was born on June 19, 1962, in Galway.",
])
def test_a_named_person_born_on_a_day_in_a_place_is_their_home(text):
    assert "personal_home" in personal(text)


@pytest.mark.parametrize("text", [
    "ShiftBoard was founded May 2, 2019 in Leeds.",
    "Larkspur was launched on June 19, 2020, in Austin.",
    "The idea was born May 2, 2019 in a garage.",
])
def test_a_company_started_on_a_day_is_not_a_home(text):
    assert "personal_home" not in personal(text)


@pytest.mark.parametrize("text", [
    "He was still knocking on doors even at the age of 88.",
    "She swims every day, even at age 90.",
    "Despite her 70+ years, she works every Saturday.",
    "When I was a child, my uncle ran a shop.",
    "When she was a little girl she sold lemonade.",
    "When we were young, we lived near the sea.",
])
def test_a_great_age_and_a_childhood_are_an_age(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "The plan still pays out at age 65 for every member.",
    "Despite her 30 years in sales, she took the course.",
    "Despite his 60 years of experience, he asked for a demo.",
    "When I was a young rep, Larkspur trained me.",
    "When we were a young company, we sold to clinics.",
    "When we were young as a team, we missed quotas.",
])
def test_a_career_and_a_young_company_are_not_an_age(text):
    assert "personal_age" not in personal(text)


@pytest.mark.parametrize("text", [
    "After graduating from Elmira High in 1980, she sold cars.",
    "Upon graduating from high school, I joined the navy.",
    "Soon after graduating from Calder College he moved to Leeds.",
])
def test_schooling_finished_said_with_the_gerund_is_school(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "After graduating from Y Combinator, Larkspur raised a seed round.",
    "Customers graduating from the free plan get a call.",
    "After graduating from Harbor High Growth, we hired two reps.",
])
def test_a_company_graduating_from_a_programme_is_not_school(text):
    assert "personal_school" not in personal(text)
