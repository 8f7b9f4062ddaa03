"""The partner of a passer-by or a customer said in general, and children listed among the
guests who may come along, are no one's personal details; the same words said of the writer or
the profile's person still are. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Some guy stopped at the stall to buy tulips for his wife or girlfriend.",
    "A customer came in shopping for her husband's anniversary gift.",
    "Every buyer wants a good deal for his spouse.",
    "Another shopper asked whether the card suits his partner.",
    "Some random woman picked a scarf for her boyfriend.",
    "Qualifying reps may bring children or other guests at their own cost.",
    "Costs for children or other guests are billed in advance.",
    "Kids and other visitors pay a small entry fee.",
    "Larkspur lets children and additional guests join the gala.",
])
def test_others_relations_and_children_as_guests_are_not_personal(text):
    assert personal(text) == set()


@pytest.mark.parametrize(("text", "code"), [
    ("He bought tulips for his wife.", "personal_family"),
    ("Some guy called, and then I rang my wife.", "personal_family"),
    ("Some guy called and he asked about his wife.", "personal_family"),
    ("I'm a guy who adores his wife.", "personal_family"),
    ("She took her husband to the trade show.", "personal_family"),
    ("His girlfriend runs a bakery.", "personal_dating"),
    ("I travel with my kids and other guests.", "personal_children"),
    ("She brought her two children or other guests.", "personal_children"),
    ("He has two children and other guests came too.", "personal_children"),
])
def test_the_writers_and_the_persons_own_relations_stay_personal(text, code):
    assert code in personal(text)
