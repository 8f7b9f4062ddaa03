"""A person named by the field they study, in lower case and without the school ("she became
an art major"), is their schooling; a company called a major supplier, label or player is not.
(Sentences written here, not taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "He dropped chemistry and instead became an art major.",
    "She was a history major before she ever sold a thing.",
    "As a business major, I thought sales was beneath me.",
])
def test_a_major_by_field_is_school(text):
    assert "personal_school" in personal(text)


@pytest.mark.parametrize("text", [
    "Larkspur became a major supplier to rural clinics.",
    "The client is a music major label with four studios.",
    "Harbor Hill is a finance major player in the region.",
    "We became a major partner of the county in 2022.",
])
def test_a_company_called_major_is_not_school(text):
    assert "personal_school" not in personal(text)
