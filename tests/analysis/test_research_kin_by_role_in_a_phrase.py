"""A parent or grandparent named by the role alone as the one a sentence describes, the one
spoken to or with, or the owner of a family occasion is a family detail; businesses named after
one are not. (Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "Daddy was a tall man who never raised his voice.",
    "Late one evening I told the whole story to Mama.",
    "The old barn fell in with Papa still inside it.",
    "The cousins came home when we drove to Grandma's funeral.",
    "We gathered at Grandpa's bedside that weekend.",
    "Mama was always the first one up.",
])
def test_kin_named_by_role_in_a_phrase_is_family(text):
    assert "personal_family" in personal(text)


@pytest.mark.parametrize("text", [
    "The team ordered lunch from Mama Mia's pizza every Friday.",
    "We printed a coupon from Papa John's for the launch.",
    "The tasting was held at Grandma's Kitchen downtown.",
    "Big Daddy was a hit with the dealers last quarter.",
    "Papa's Pizza opened a second store.",
    "We sold the pallets to Mama-Bear Organics.",
])
def test_businesses_named_for_kin_are_not_family(text):
    assert "personal_family" not in personal(text)
