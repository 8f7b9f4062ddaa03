"""A person's age said in the past next to another's, or by their initials, an age reached late
in life, and a person's life dates, born and died, are personal details; the same numbers for
revenue, orders, contracts, jobs or a company's years are not. (Sentences written here, not
taken from the corpus.)"""

import pytest

from tests.analysis.research_sheet import personal


@pytest.mark.parametrize("text", [
    "My aunt passed away in 1999. She was 58 and I was 12.",
    "He was 70 and she was 68 when they sold the farm.",
    "The funniest call came when J.R. was 81.",
    "She kept driving her route well into her early 80s.",
    "He was still in the office into his late seventies.",
    "Remembering Walter Okafor (March 1931 - May 2016).",
    "Our founder (Sept 4, 1928 – Jan 2011) opened the first store.",
    "In loving memory of Ada Reyes (1930 - 2015)",
])
def test_ages_late_in_life_and_life_dates_are_personal(text):
    assert "personal_age" in personal(text)


@pytest.mark.parametrize("text", [
    "Revenue was 63 million last year.",
    "The order was 63 units and the return was 4.",
    "He was 3 and 2 on deals this week.",
    "When the U.S. was 50 states strong, the firm opened.",
    "The brand is well into its 50s and still growing.",
    "Sales grew into the late 70s as the market boomed.",
    "She managed the Harbor Hill account (January 2019 - March 2021).",
    "The supply contract ran (2019 - 2021) and was renewed.",
    "Pan Am (1927 - 1991) was once the largest airline.",
    "Store hours (Monday - Friday) are posted online.",
])
def test_revenue_orders_contracts_and_company_years_are_not_an_age(text):
    assert "personal_age" not in personal(text)
