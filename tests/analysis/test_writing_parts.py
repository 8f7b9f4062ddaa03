"""The parts of an email: the greeting and the sign-off in forms the checks did not know.
Every example is written here."""

import pytest

from hiring.analysis.writing import analyse


def codes(text):
    return {f.code for f in analyse(text, is_email=True).findings}


# A field for the reader's name and a comma opening the email is its greeting; another field
# and a comma ("[Company], like many clinics, ...") or a word and a comma is not.
@pytest.mark.parametrize("first", ["[Name], clinics your size lose a day a week to swaps.",
                                   "{{firstName}}, congrats on opening the Harbor site.",
                                   "{{first_name}}: your rota still runs on paper."])
def test_a_name_field_and_a_comma_open_with_a_greeting(first):
    email = f"Subject: rota swaps\n\n{first}\n\nWorth a call on Thursday?\n\nSam"
    assert "missing_greeting" not in codes(email)


@pytest.mark.parametrize("first", ["[Company], like many clinics, loses a day a week to swaps.",
                                   "However, clinics your size lose a day a week to swaps."])
def test_another_field_or_a_word_and_a_comma_are_no_greeting(first):
    email = f"Subject: rota swaps\n\n{first}\n\nWorth a call on Thursday?\n\nSam"
    assert "missing_greeting" in codes(email)


# The writer's name above a line with their title or company signs off, and so does "With best
# wishes,"; a name above a sentence, or a title line with no name above it, does not.
@pytest.mark.parametrize("close", ["Sam Ortiz\nHead of Rotas, Harbor Tools Co.",
                                   "[Your Name]\nMarketing @ [Agency]",
                                   "With best wishes,\nSam"])
def test_a_name_above_a_title_line_signs_off(close):
    email = f"Hi Kate,\n\nYour rota runs on paper.\n\nWorth a call on Thursday?\n\n{close}"
    assert "missing_sign_off" not in codes(email)


@pytest.mark.parametrize("close", ["Harbor Hill\nWe halved their swaps in a month.",
                                   "Head of Rotas, Harbor Tools Co."])
def test_a_name_above_a_sentence_or_a_title_alone_does_not_sign_off(close):
    email = f"Hi Kate,\n\nYour rota runs on paper.\n\nWorth a call on Thursday?\n\n{close}"
    assert "missing_sign_off" in codes(email)


# Both forms of address written out ("Dear Madam, Sir", "Dear Sir or Madam", "Dear Sirs") and a
# web address greeted in place of a person ("Hi Harborbakes.com,") mark a mass mailing as
# "Dear Sir/Madam" does; a name that starts with one of those words does not.
@pytest.mark.parametrize("greeting", ["Dear Madam, Sir,", "Dear Sir or Madam:", "Dear Sirs,",
                                      "Hello Madam / Sir,", "Hi Harborbakes.com,",
                                      "Dear shop.harborbakes.co.uk,"])
def test_both_forms_of_address_or_a_web_address_greet_nobody_in_particular(greeting):
    email = f"{greeting}\n\nYour dock loses an hour a day.\n\nWorth a call?\n\n-- Sam"
    assert "generic_greeting" in codes(email)


@pytest.mark.parametrize("greeting", ["Dear Sir Elton,", "Hi Madam Secretary,", "Dear Dr. Webb,",
                                      "Hi St. Clair,", "Hello Sirsa,"])
def test_a_name_after_sir_or_madam_or_with_a_dot_is_not_generic(greeting):
    email = f"{greeting}\n\nYour dock loses an hour a day.\n\nWorth a call?\n\n-- Sam"
    assert "generic_greeting" not in codes(email)
