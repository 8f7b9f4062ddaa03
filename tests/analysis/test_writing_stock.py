"""Stock openers and closers, and guilt put on the reader for a silence. Every example is
written here."""

import pytest

from hiring.analysis.writing import analyse


def codes(text):
    return {f.code for f in analyse(text, is_email=True).findings}


def spans(text, code):
    result = analyse(text, is_email=True)
    return [text[f.start : f.end] for f in result.findings if f.code == code]


# The stock pleasantry that opens a pitch, and the stock lines of a meeting note ("It was a
# pleasure connecting", "Looking forward to next steps", "The reason I'm writing is") are worn
# phrases; wording about this reader's own business is not.
@pytest.mark.parametrize("line, code", [
    ("Hope you're well! Your Harbor site swaps shifts by phone.", "cliche"),
    ("I hope you are well. Your Harbor site swaps shifts by phone.", "cliche"),
    ("Hope all is well at your end. Your Harbor site swaps shifts by phone.", "cliche"),
    ("It was a pleasure connecting with you today.", "boilerplate"),
    ("The reason I'm writing is our new rota app.", "boilerplate"),
    ("Looking forward to next steps!", "boilerplate"),
    ("Looking forward to hearing your thoughts.", "boilerplate"),
])
def test_stock_openers_and_closers_are_marked(line, code):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert code in codes(email)
    assert analyse(email, is_email=True).measures["cliche_count"] == 1


@pytest.mark.parametrize("line", [
    "Hope your Harbor team is well staffed for winter.",
    "Looking forward to Thursday's walk-through of the rota.",
    "One reason your nurses swap shifts by phone is the old rota sheet.",
    "Connecting the rota to payroll saved Harbor Hill a day a week.",
])
def test_wording_about_the_readers_business_is_not_stock(line):
    email = f"Hi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"
    assert analyse(email, is_email=True).measures["cliche_count"] == 0
