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
