"""Words that are not misspellings: the words of a template field, and clipped business words.
Every example is written here."""

import pytest

from hiring.analysis.writing import analyse


def misspelt(text):
    result = analyse(text, is_email=True)
    return [text[f.start : f.end] for f in result.findings if f.code == "misspelling"]


# A template field names what goes in it for the sender, so its words are not spell-checked;
# the same slip in the prose around it still is.
@pytest.mark.parametrize("text", [
    "{{sl_time_of_day}} {{first_name}},\n\nYour rota swaps run by phone.\n\nWorth a call?\n\nSam",
    "Hi Kate,\n\nYour [rota swaps bi fone] run late.\n\nWorth a call?\n\nSam",
    "Hi Kate,\n\nWe cut swaps at {{prspct_clinc}} by half.\n\nWorth a call?\n\nSam",
])
def test_the_words_of_a_template_field_are_not_spell_checked(text):
    assert misspelt(text) == []


def test_a_slip_beside_a_template_field_is_still_a_misspelling():
    text = "Hi {{first_name}},\n\nYour rota swaps run by fone.\n\nWorth a call?\n\nSam"
    assert misspelt(text) == ["fone"]


# Clipped and newer business words ("admin", "dev", "tech", "app", "ebook", "onsite", "rebrand",
# a "multi-" compound) are not misspellings; a slip one letter off them still is.
@pytest.mark.parametrize("line", [
    "Your nurses lose an hour of admin a day to rota swaps.",
    "Your dev team and tech leads swap shifts in an app.",
    "We wrote an ebook on onsite rotas after our rebrand.",
    "Your multi-site rota runs on paper.",
])
def test_clipped_business_words_are_not_misspellings(line):
    assert misspelt(f"Hi Kate,\n\n{line}\n\nWorth a call?\n\nSam") == []


def test_a_slip_next_to_a_clipped_word_is_still_a_misspelling():
    text = "Hi Kate,\n\nYour nurses lose an hour of admn a day.\n\nWorth a call?\n\nSam"
    assert misspelt(text) == ["admn"]


# "Cofounder" is written closed up as often as with a hyphen; a slip in it is still one.
def test_a_cofounder_written_closed_up_is_no_misspelling():
    body = "I am a cofounder of Rota; its cofounders cofounded it in 2019, as my co-founder says."
    assert misspelt(f"Hi Kate,\n\n{body}\n\nWorth a call?\n\nSam") == []
    assert misspelt("Hi Kate,\n\nI am the cofoundr of Rota.\n\nWorth a call?\n\nSam") == \
        ["cofoundr"]


def _lowercase_names(text):
    result = analyse(text, is_email=True)
    return ([text[f.start : f.end] for f in result.findings if f.code == "lowercase_name"],
            result.measures["mechanics_count"])


_BODY = "\n\nYour rota swaps run by phone.\n\nWorth a call on Tuesday?\n\nSam"


# The reader's name in lowercase after the greeting is a slip a reader notices at once.
@pytest.mark.parametrize("greeting, name", [
    ("Hello kate,", "kate"), ("Hi priya!", "priya"), ("Dear o'brien,", "o'brien"),
    ("  hey tom,", "tom"),
])
def test_a_name_in_lowercase_after_the_greeting_is_a_slip(greeting, name):
    assert _lowercase_names(greeting + _BODY) == ([name], 1)


@pytest.mark.parametrize("greeting", [
    "Hello Kate,", "Hi there,", "Hello team,", "Dear sir,", "Hi all!", "Hi everyone,",
    "Hi [first name],", "Hi {{first_name}},", "Hi again,", "Hello kate and the Leeds team",
])
def test_a_capitalised_name_or_no_name_is_not_marked(greeting):
    assert _lowercase_names(greeting + _BODY) == ([], 0)
