"""Every checker that reads user text finishes the largest input the portal accepts in
bounded time, whatever that text is made of: a pattern or loop that is quadratic in a run of
one character takes tens of seconds there (a 60,000-character essay of digits took 14-22 s),
so the bounds are generous and still catch it. The time is the CPU time of the thread doing the
work, not the wall clock: other processes sharing a loaded machine do not stretch it."""

import time

import pytest

from hiring.analysis import outcomes, questions, research, writing
from hiring.assessments.services import MAX_TEXT
from hiring.interviews.services import MAX_QUESTION_CHARS
from hiring.positions.services import MAX_OUTCOME_CHARS
from tests.analysis.pathological import UNITS, largest_fact_sheet, run_of

pytestmark = pytest.mark.slow

# Seconds for one analysis of the largest accepted essay or research answer, and of the
# largest accepted outcome statement or interview question.
LONG_TEXT_BOUND = 10.0
SHORT_TEXT_BOUND = 2.0
# The research check costs (patterns in the fact sheet) x (length of the answer): these runs
# cover each kind of pattern failure without repeating every unit at that cost.
# "Aa-" and "capitals": a capitalised name is read once, not from every capital of a run.
RESEARCH_UNITS = ["digits", "letters", "capitals", "spaces", "full stops", "A. ", "a-", "Aa-",
                  "1 ", "a.com "]


def timed(check, text: str) -> float:
    start = time.thread_time()
    check(text)
    return time.thread_time() - start


@pytest.fixture(scope="module")
def sheet():
    sheet = largest_fact_sheet()
    research.check("Warm the caches.", sheet)
    return sheet


@pytest.mark.parametrize("unit", UNITS)
def test_writing_analysis_of_the_longest_essay(unit):
    writing.analyse("Warm the caches. 1")
    text = run_of(UNITS[unit], MAX_TEXT)
    assert timed(lambda t: writing.analyse(t, word_range=(150, 300), is_email=True,
                                           allowed_words=["Maria Okafor"]), text) \
        < LONG_TEXT_BOUND


@pytest.mark.parametrize("unit", RESEARCH_UNITS)
def test_research_check_of_the_longest_answer_against_the_largest_sheet(unit, sheet):
    text = run_of(UNITS[unit], MAX_TEXT)
    assert timed(lambda t: research.check(t, sheet, about_text=t[:20_000]), text) \
        < LONG_TEXT_BOUND


def test_research_check_of_an_answer_naming_everything_on_the_largest_sheet(sheet):
    mentions = " ".join(f"{e.name} is our {e.title}. {s} serves {c}. {f.text}"
                        for e, s, c, f in zip(sheet.executives, sheet.services,
                                              sheet.customers, sheet.facts, strict=False))
    text = run_of(mentions + "\n\n", MAX_TEXT)
    assert timed(lambda t: research.check(t, sheet), text) < LONG_TEXT_BOUND


@pytest.mark.parametrize("unit", UNITS)
def test_outcome_check_of_the_longest_statement(unit):
    outcomes.check("Sign 3 new distributors within 90 days of your start.")
    assert timed(outcomes.check, run_of(UNITS[unit], MAX_OUTCOME_CHARS)) < SHORT_TEXT_BOUND


@pytest.mark.parametrize("unit", UNITS)
def test_question_lint_of_the_longest_question(unit):
    questions.lint("Tell me about a time you lost a deal.")
    assert timed(questions.lint, run_of(UNITS[unit], MAX_QUESTION_CHARS)) < SHORT_TEXT_BOUND


@pytest.mark.parametrize("unit", ["digits", "letters", "A. ", "1 ", "a.com "])
def test_sentence_splitting_and_sections_of_a_long_text(unit):
    text = run_of(UNITS[unit], MAX_TEXT)
    assert timed(research.sentences, text) < SHORT_TEXT_BOUND
    assert timed(research.split_sections, text) < SHORT_TEXT_BOUND
