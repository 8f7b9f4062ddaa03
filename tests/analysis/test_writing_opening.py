"""An email that opens about the writer: the sender or the sender's product introduced before
anything about the reader. Every example is written here."""

import pytest

from hiring.analysis.writing import analyse


def email(line):
    return f"Subject: Harbor rota\n\nHi Kate,\n\n{line}\n\nWorth a call on Thursday?\n\nSam"


def opening(line):
    return analyse(email(line), is_email=True)


@pytest.mark.parametrize("line, marked", [
    ("I'm Sam from RotaKit. Your nurses swap shifts by phone.", "I'm Sam from"),
    ("I am the founder of RotaKit, a rota app for wards.", "I am the founder of"),
    ("We're building a rota app for night shifts.", "We're building"),
    ("We have a solution for shift swaps on wards.", "We have a solution"),
    ("We built an app that swaps shifts by text.", "We built an app"),
    ("Our company provides rota software to hospitals.", "Our company provides"),
])
def test_an_opening_about_the_writer_makes_the_email_writer_focused(line, marked):
    result = opening(line)
    assert [email(line)[f.start : f.end] for f in result.findings
            if f.code == "writer_opening"] == [marked]
    assert result.measures["reader_focus_ratio"] < 0.4


@pytest.mark.parametrize("line", [
    "We helped Harbor Hill cut shift swaps by half in March.",
    "Your nurses swap shifts by phone. We're building a rota app that does it by text.",
    "I'm sure your Harbor wards swap shifts by phone.",
    "Our team's rota audit of Harbor Hill found 40 swaps a week.",
    "My name is Sam, and I run a blog on ward rotas.",
    "I'm writing with a question about your Harbor rota.",
])
def test_a_result_the_readers_situation_or_a_later_introduction_is_not(line):
    result = opening(line)
    assert "writer_opening" not in {f.code for f in result.findings}
    assert result.measures["writer_opening_count"] == 0


# A long email that speaks for the writer's side and never once addresses the reader is about
# the writer throughout; a short one without "you", or a long one that addresses the reader
# once, is not put down for it.
_CLIENT = ("Our client Ana Ruiz, a nurse of twenty years, has built a rota app for night wards. "
           "Harbor Hill adopted it in March and cut swap calls from forty a week to six. Ana "
           "will speak at the Portland staffing fair on June 3 and has a new survey of 400 "
           "nurses on night cover, with figures by ward size and region. She trained at St "
           "Mary's and ran the night ward at Harbor Hill for eight years before she founded "
           "the company with two engineers from the hospital's own IT team, who still run "
           "it today.")


def test_a_long_email_that_never_addresses_the_reader_is_writer_focused():
    m = analyse(f"Hi Kate,\n\n{_CLIENT}\n\nSam", is_email=True).measures
    assert m["word_count"] >= 100 and m["reader_focus_ratio"] < 0.4


@pytest.mark.parametrize("text", [
    f"Hi Kate,\n\n{_CLIENT} Would your readers want her survey?\n\nSam",
    "Hi Kate,\n\nOur client Ana Ruiz cut swap calls at Harbor Hill from forty a week to six."
    "\n\nSam",
])
def test_an_email_that_addresses_the_reader_or_a_short_one_is_not(text):
    assert analyse(text, is_email=True).measures["reader_focus_ratio"] >= 0.4
