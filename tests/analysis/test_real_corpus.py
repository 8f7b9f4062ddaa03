"""The corpus of real published text (tests/data/real) stays whole, and the checkers' agreement
with its labels does not fall.

The floors below are the figures `make eval` printed when the corpus was added, rounded down to
the next lower whole percent. They are not goals (issue 14 asks for 90% and more): they only
stop a change from making the checkers agree with people less. The floors rise as the checkers
improve: when a change lifts a figure, raise its floor here in the same commit.
"""

import importlib.util
import tomllib
from pathlib import Path

import pytest

from hiring.analysis.research import FactSheet

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "real"
LABELS = {
    "outcomes": {"input", "measurable", "other"},
    "questions": {"backward", "forward", "other"},
    "emails": {"good", "bad"},
}
INPUT_KINDS = {"years", "experience", "industry", "track_record", "network", "degree", "trait"}
DETAIL_CATEGORIES = {"family", "partner", "children", "home", "school", "religion", "health",
                     "travel", "age"}


def cases(name: str) -> list[dict]:
    with open(CORPUS / f"{name}.toml", "rb") as f:
        return tomllib.load(f)["cases"]


def _has_source(case: dict) -> bool:
    source = case.get("source", "")
    return source.startswith(("github:", "http://", "https://")) and len(source) > 12


# ------------------------------------------------------------------ the corpus stays whole


@pytest.mark.parametrize("name", ["outcomes", "questions", "emails", "research"])
def test_every_case_has_an_id_a_text_and_a_source(name):
    found = cases(name)
    assert found
    ids = [c.get("id") for c in found]
    assert all(ids) and len(set(ids)) == len(ids)
    for case in found:
        assert case.get("text", "").strip(), case["id"]
        assert _has_source(case), case["id"]


@pytest.mark.parametrize("name", ["outcomes", "questions", "emails"])
def test_every_case_has_a_label(name):
    for case in cases(name):
        assert case.get("label") in LABELS[name], case["id"]


def test_every_input_says_which_kind():
    for case in cases("outcomes"):
        if case["label"] == "input":
            assert case.get("input_kind") in INPUT_KINDS, case["id"]
        else:
            assert "input_kind" not in case, case["id"]


def test_rewrites_point_at_a_bad_original_and_are_good():
    emails = {c["id"]: c for c in cases("emails")}
    rewrites = [c for c in emails.values() if "rewrite_of" in c]
    assert rewrites
    for case in rewrites:
        assert case["label"] == "good", case["id"]
        assert emails[case["rewrite_of"]]["label"] == "bad", case["id"]


def test_every_email_keeps_the_publishers_label():
    for case in cases("emails"):
        assert case.get("publisher_label", "").strip(), case["id"]


def test_research_cases_mark_their_details_and_carry_a_fact_sheet():
    for case in cases("research"):
        assert case.get("kind") in {"profile", "business"}, case["id"]
        FactSheet.from_dict(case["fact_sheet"])
        details = case.get("personal", [])
        assert bool(details) == (case["kind"] == "profile"), case["id"]
        for detail in details:
            assert detail["category"] in DETAIL_CATEGORIES, case["id"]
            assert detail["span"] in case["text"], (case["id"], detail["span"])
        for phrase in case.get("not_personal", []):
            assert phrase in case["text"], (case["id"], phrase)


def test_the_corpus_is_as_large_as_when_it_was_added():
    assert len(cases("outcomes")) >= 89
    assert len(cases("questions")) >= 80
    assert len(cases("emails")) >= 43
    profiles = [c for c in cases("research") if c["kind"] == "profile"]
    assert len(profiles) >= 10
    assert sum(len(c["personal"]) for c in profiles) >= 32


# -------------------------------------------------------------- the figures do not fall


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location("eval_checkers",
                                                  ROOT / "bench" / "eval_checkers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.measure()


def test_outcome_checker_does_not_fall(figures):
    o = figures["outcomes"]
    # Measured when the corpus was added: accuracy 78% (89 statements); input precision 92%,
    # recall 66%; measurable precision 100%, recall 14% (1 of 7); other precision 71%,
    # recall 96%; input kind named right on 21 of 23 inputs found.
    assert o["accuracy"] >= 0.76
    assert o["input"]["precision"] >= 0.91
    assert o["input"]["recall"] >= 0.65
    assert o["measurable"]["precision"] >= 0.99
    assert o["measurable"]["recall"] >= 0.13
    assert o["other"]["precision"] >= 0.70
    assert o["other"]["recall"] >= 0.94
    assert o["input_kind_right"][0] >= 21


def test_question_checker_does_not_fall(figures):
    q = figures["questions"]
    # Measured: accuracy 62% (80 questions); backward precision 100%, recall 48% (15 of 31);
    # forward precision 100%, recall 7% (1 of 15); other precision 53%, recall 100%.
    assert q["accuracy"] >= 0.61
    assert q["backward"]["precision"] >= 0.99
    assert q["backward"]["recall"] >= 0.47
    assert q["forward"]["precision"] >= 0.99
    assert q["forward"]["recall"] >= 0.05
    assert q["other"]["precision"] >= 0.52
    assert q["other"]["recall"] >= 0.99


def test_writing_score_does_not_fall(figures):
    # Measured: good beats bad in 40% of good x bad pairs without a prompt (149 of 372) and
    # in 39% under a cold-email prompt's word range (144 of 372); 2 of 6 published rewrites
    # score above their original either way. A coin would do 50%. Most of the emails the
    # publishers present as models are templates with {{First_Name}}; among the emails
    # without one, good beat bad in all 8 pairs.
    assert figures["writing"]["share_right"] >= 0.39
    assert figures["writing_prompt"]["share_right"] >= 0.38
    assert figures["writing"]["rewrites_above"] >= 2
    assert figures["writing_prompt"]["rewrites_above"] >= 2
    assert figures["writing"]["plain_pairs_right"] >= 8


def test_research_check_does_not_fall(figures):
    r = figures["research"]
    # Measured: 10 of 32 personal details flagged, all 10 under the right category; no
    # false flag on the 5 business-only texts or on the look-alike phrases.
    assert r["flagged"] >= 10
    assert r["right_category"] >= 10
    assert r["false_flags"] == []
