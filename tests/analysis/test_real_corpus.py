"""The corpus of real published text (tests/data/real) stays whole, and the checkers' agreement
with its labels does not fall.

The floors below are the figures `make eval` printed, less one point, for the whole corpus, its
tuning part and its held-out part (the cases no change to the checkers was tuned on: a third of
each file's first batch, and the whole of the batch named by HELD_OUT_BATCH once it comes in; the
second to thirty-eighth batches were each held out whole for one round, measured once, and are
tuning data since). They are not goals
(issue 14 asks for 90% and more): they only stop a change from making the checkers agree with
people less. The floors rise as the checkers improve: when a change lifts a figure, raise its
floor here in the same commit.
"""

import hashlib
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


def held_out_ids(name: str) -> set[str]:
    """The first batch's cases held out from tuning: within each label (each kind, for research),
    the third whose sha256("<file>:<id>") sorts first. A rewrite and its original go together,
    keyed by the original's id, so that a held-out pair stays whole."""
    found = [c for c in cases(name) if c.get("batch", 1) == 1]
    strata: dict[str, dict[str, list[str]]] = {}
    chosen: set[str] = set()
    for case in found:
        key = case.get("rewrite_of", case["id"]) if name == "emails" else case["id"]
        stratum = "" if name == "emails" else case.get("label", case.get("kind"))
        strata.setdefault(stratum, {}).setdefault(key, []).append(case["id"])
    for groups in strata.values():
        total, taken = sum(len(ids) for ids in groups.values()), 0
        for key in sorted(groups, key=lambda k: hashlib.sha256(f"{name}:{k}".encode()).hexdigest()):
            if taken >= round(total / 3):
                break
            chosen.update(groups[key])
            taken += len(groups[key])
    return chosen


# A case is held out when it says `held_out = true`. In the first batch those are the third the
# hash chose. The second to thirty-eighth batches were each held out whole until the next came in,
# and are tuning data since.
@pytest.mark.parametrize("name", ["outcomes", "questions", "emails", "research"])
def test_the_first_batch_holds_out_the_third_the_hash_chose(name):
    marked = {c["id"] for c in cases(name) if c.get("held_out", False) and c.get("batch", 1) == 1}
    assert marked == held_out_ids(name)


# Each later batch comes in held out whole, is measured once, and becomes tuning data when the
# next comes in. HELD_OUT_BATCH is the one held out now: every batch before it is tuning data,
# and it is held out whole (while it is being collected it may have no case yet). When the next
# batch comes in, raise this by one.
HELD_OUT_BATCH = 39
# Batches that found no case for one corpus (batch 23's, 24's, 25's, 26's, 29's, 31's, 32's,
# 33's, 34's and 35's searches found no email).
EMPTY_BATCHES = {("emails", 23), ("emails", 24), ("emails", 25), ("emails", 26),
                 ("emails", 29), ("emails", 31), ("emails", 32), ("emails", 33), ("emails", 34),
                 ("emails", 35)}


@pytest.mark.parametrize("name", ["outcomes", "questions", "emails", "research"])
@pytest.mark.parametrize("batch", range(2, HELD_OUT_BATCH + 1))
def test_only_the_held_out_batch_is_held_out_whole(name, batch):
    found = [c for c in cases(name) if c.get("batch", 1) == batch]
    assert found or batch == HELD_OUT_BATCH or (name, batch) in EMPTY_BATCHES
    for case in found:
        assert case.get("held_out", False) == (batch == HELD_OUT_BATCH), case["id"]


@pytest.mark.parametrize("name", ["outcomes", "questions", "emails", "research"])
def test_no_batch_is_newer_than_the_held_out_one(name):
    assert all(c.get("batch", 1) <= HELD_OUT_BATCH for c in cases(name))


def test_the_corpus_is_as_large_as_when_it_was_added():
    assert len(cases("outcomes")) >= 366
    assert len(cases("questions")) >= 329
    assert len(cases("emails")) >= 165
    profiles = [c for c in cases("research") if c["kind"] == "profile"]
    assert len(profiles) >= 37
    assert sum(len(c["personal"]) for c in profiles) >= 137
    assert sum(c["kind"] == "business" for c in cases("research")) >= 22


# -------------------------------------------------------------- the figures do not fall


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location("eval_checkers",
                                                  ROOT / "bench" / "eval_checkers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.measure()


@pytest.fixture(scope="module", params=["all", "tuning", "held-out"])
def part(request, figures):
    return request.param, figures[request.param]


# Floors per part of the corpus: the figures `bench/eval_checkers.py` printed, less one point.
# "held-out" is the part of the corpus that no change to the checkers was tuned on.
FLOORS = {
    # Measured on the whole corpus (1,750 statements, 1,024 questions, 1,248 personal details, 99
    # business-only texts, 364 emails: 31,275 good x bad pairs, 37 rewrites) once batch 39 came in,
    # measured once, after the changes made for the tuning part's disagreements in the round before:
    # outcomes 94% (93.83%; input precision 98% (98.1%), recall 97% (97.3%), measurable recall 69%
    # (68.8%), other recall 98% (97.9%), input kind right on 427 of 462); questions 99% (98.73%;
    # backward recall 99% (98.8%), precision 99% (99.1%), forward recall 99% (99.3%)); 1,140 of
    # 1,248 details flagged, 1,098 under the right category, 12 false flags (3 in batch 39, 3 in
    # batch 35, 1 each in batches 26 to 29, 32 and 34); good beats bad in 87% of pairs (87.17%; 86%
    # under the prompt, 86.46%), 33 of 37 rewrites above their original (34 under the prompt). (Once
    # batch 38 came in, before those changes, on 1,709 statements, 1,018 questions, 1,208 details
    # and 358 emails: outcomes 94% (93.80%; input precision 97% (97.4%), recall 98% (98.4%),
    # measurable recall 69% (68.8%), other recall 97% (97.5%), input kind right on 405 of 440);
    # questions 99% (98.62%; backward recall 99% (98.6%), precision 99% (99.1%), forward recall 99%
    # (99.3%)); 1,104 of 1,208 details flagged, 1,063 under the right category, 10 false flags (1 in
    # batch 38, 3 in batch 35, 1 each in batches 26 to 29, 32 and 34); good beats bad in 87% of
    # pairs (87.00%; 86% under the prompt, 86.17%), 33 of 37 rewrites above their original (34 under
    # the prompt). Once batch 37 came in, before those changes, on 1,665 statements, 1,005
    # questions, 1,171 details and 348 emails: outcomes 93% (93.33%; input precision 97% (97.2%),
    # recall 97% (97.4%), measurable recall 68% (68.4%), other recall 97% (97.4%), input kind right
    # on 380 of 414); questions 99% (99.00%; backward recall 100% (99.5%), precision 99% (99.1%),
    # forward recall 99% (99.3%)); 1,064 of 1,171 details flagged, 1,026 under the right category,
    # 11 false flags (2 in batch 37, 3 in batch 35, 1 each in batches 26 to 29, 32 and 34); good
    # beats bad in 87% of pairs (86.79%; 86% under the prompt, 85.82%), 33 of 37 rewrites above
    # their original (34 under the prompt). Once batch 36 came in, before those changes, on 1,622
    # statements, 977 questions, 1,131 details and 340 emails: outcomes 93% (93.46%; input precision
    # 97% (97.4%), recall 98% (97.8%), measurable recall 68% (68.1%), other recall 98% (97.5%),
    # input kind right on 374 of 407); questions 99% (98.67%; backward recall 99% (99.3%), precision
    # 99% (98.8%), forward recall 99% (98.6%)); 1,011 of 1,131 details flagged, 973 under the right
    # category, 10 false flags (1 in batch 36, 3 in batch 35, 1 each in batches 26 to 29, 32 and
    # 34); good beats bad in 87% of pairs (86.91%; 86% under the prompt, 85.88%), 33 of 37 rewrites
    # above their original (34 under the prompt). Once batch 35 came in, before those changes, on
    # 1,577 statements, 960 questions, 1,103 details and 333 emails: outcomes 93% (93.15%; input
    # precision 97% (97.5%), recall 97.0%, measurable recall 68% (68.0%), other recall 98% (97.6%),
    # input kind right on 356 of 388); questions 99% (98.85%; backward recall 99% (99.3%), precision
    # 99% (99.0%), forward recall 99% (99.3%)); 979 of 1,103 details flagged, 943 under the right
    # category, 9 false flags (3 in batch 35, 1 each in batches 26 to 29, 32 and 34); good beats bad
    # in 87% of pairs (87.23%; 86% under the prompt, 86.27%), 33 of 37 rewrites above their original
    # (34 under the prompt). Once batch 34 came in, before those changes, on 1,535 statements, 944
    # questions, 1,071 details and 333 emails: outcomes 93% (92.64%; input precision 97% (97.4%),
    # recall 96.9%, measurable recall 67% (66.8%), other recall 97% (97.2%), input kind right on 348
    # of 380); questions 98% (98.41%; backward recall 98% (98.3%), precision 99% (99.0%), forward
    # recall 99% (99.3%)); 949 of 1,071 details flagged, 913 under the right category, 7 false flags
    # (2 in batch 34, 1 each in batches 26 to 29 and 32); good beats bad in 87% of pairs (87.12%;
    # 86% under the prompt, 86.14%), 33 of 37 rewrites above their original. Once batch 33 came in,
    # before those changes, on 1,490 statements, 931 questions, 1,035 details and 333 emails:
    # outcomes 93% (92.89%; input precision 97% (97.4%), recall 97.4%, measurable recall 67%
    # (66.8%), other recall 97% (97.4%), input kind right on 341 of 372); questions 99% (98.50%;
    # backward recall 99% (98.7%), precision 99% (98.7%), forward recall 99% (99.3%)); 919 of 1,035
    # details flagged, 884 under the right category, 6 false flags (1 in batch 33, 1 each in batches
    # 26 to 29 and 32); good beats bad in 87% of pairs (87.06%; 86% under the prompt, 86.04%), 33 of
    # 37 rewrites above their original. Once batch 32 came in, before those changes, on 1,453
    # statements, 916 questions, 1,006 details and 333 emails: outcomes 93% (92.98%; input precision
    # 98% (97.6%), recall 97.1%, measurable recall 66% (66.4%), other recall 98% (97.7%), input kind
    # right on 339 of 369); questions 98% (98.36%; backward recall 99% (98.7%), precision 99%
    # (98.7%), forward recall 99% (99.3%)); 893 of 1,006 details flagged, 860 under the right
    # category, 7 false flags (3 in batch 32, 1 each in batches 26 to 29); good beats bad in 87% of
    # pairs (86.95%; 86% under the prompt, 85.85%), 33 of 37 rewrites above their original. Once
    # batch 31 came in, before those changes, on 1,415 statements, 897 questions, 957 details and
    # 333 emails: outcomes 93% (92.86%; input precision 98% (97.6%), recall 96.3%, measurable recall
    # 67% (67.2%), other recall 98% (97.6%), input kind right on 334 of 363); questions 98% (98.33%;
    # backward recall 99% (99.2%), precision 98% (97.9%), forward recall 99% (99.3%)); 859 of 957
    # details flagged, 828 under the right category, 8 false flags (4 in batch 31, 1 each in batches
    # 26 to 29); good beats bad in 87% of pairs (86.68%; 86% under the prompt, 85.50%), 33 of 37
    # rewrites above their original. Once batch 30 came in, before those changes, on 1,372
    # statements, 884 questions, 912 details and 333 emails: outcomes 92% (92.42%; input precision
    # 97% (97.3%), recall 96.2%, measurable recall 64% (64.3%), other recall 98% (97.6%), input kind
    # right on 329 of 357); questions 98% (97.96%; backward recall 99% (99.2%), precision 98%
    # (97.7%), forward recall 99% (98.6%)); 822 of 912 details flagged, 791 under the right
    # category, 5 false flags (1 each in batches 26 to 30); good beats bad in 86% of pairs (86.39%;
    # 85% under the prompt, 85.21%), 33 of 37 rewrites above their original. Once batch 29 came in,
    # before those changes, on 1,329 statements, 871 questions, 874 details and 330 emails: outcomes
    # 92% (92.10%; input precision 98% (97.5%), recall 96.5%, measurable recall 61% (61.1%), other
    # recall 98% (97.7%), input kind right on 324 of 354); questions 97% (97.47%; backward recall
    # 98% (98.4%), precision 97% (97.4%), forward recall 99% (98.6%)); 785 of 874 details flagged,
    # 758 under the right category, 4 false flags (1 each in batches 26 to 29). Emails as before:
    # batch 29 has none. Before batch 29, on 1,289 statements, 860 questions, 847 details and 330
    # emails, after the changes made for batch 28's disagreements: outcomes 92% (92.32%; input
    # precision 97% (97.5%), recall 96.9%, measurable recall 61% (61.1%), other recall 98% (97.6%),
    # input kind right on 320 of 349); questions 98% (98.02%; backward recall 99% (99.2%), precision
    # 98% (97.6%), forward recall 99% (99.3%)); 770 of 847 details flagged, 743 under the right
    # category, 2 false flags (1 in batch 27, 1 in batch 26). Emails as once batch 28 came in: good
    # beats bad in 86% of pairs (85.90%; 85% under the prompt, 84.64%), 33 of 37 rewrites above
    # their original. (Once batch 28 came in, before those changes: outcomes 92% (92.09%; input
    # precision 97% (97.5%), recall 96.1%, measurable recall 61% (61.1%), other recall 98% (97.6%),
    # input kind right on 316 of 346); questions 98% (97.91%; backward recall 99% (98.9%), precision
    # 98% (97.6%), forward recall 99% (99.3%)); 768 of 847 details flagged, 741 under the right
    # category, 5 false flags (3 in batch 28, 1 in batch 27, 1 in batch 26). Emails: good beats bad
    # in 86% of pairs (85.90%; 85% under the prompt, 84.64%), 33 of 37 rewrites above their
    # original. Before batch 28, on 1,255 statements, 840 questions, 808 details and 328 emails,
    # after the changes made for batch 27's disagreements: outcomes 92% (92.43%; input precision 97%
    # (97.4%), recall 97.1%, measurable recall 61% (61.1%), other recall 98% (97.9%), input kind
    # right on 311 of 340); questions 98% (98.10%; backward recall 99% (99.4%), precision 98%
    # (97.5%), forward recall 99% (99.3%)); 740 of 808 details flagged, 717 under the right
    # category, 2 false flags (1 in batch 27, 1 in batch 26). Emails as once batch 27 came in: good
    # beats bad in 86% of pairs (85.80%; 84% under the prompt, 84.48%), 33 of 37 rewrites above
    # their original. (Once batch 27 came in, before those changes: outcomes 92% (92.19%), input
    # precision 97.40%, recall 96.3%, input kind right on 308 of 337; questions 98% (97.98%),
    # backward recall 99.2%; 738 of 808 details, 715 under the right category, 3 false flags (2 in
    # batch 27, 1 in batch 26). Before batch 27, on 1,215 statements, 814 questions, 783 details and
    # 325 emails, after the changes made for batch 26's disagreements: outcomes 93% (92.59%; input
    # precision 97% (97.3%), recall 97.3%, measurable recall 61% (61.1%), other recall 98% (98.2%),
    # input kind right on 297 of 324); questions 98% (98.16%; backward recall 99% (99.4%), precision
    # 98% (97.8%), forward recall 99% (99.2%)); 720 of 783 details flagged, 698 under the right
    # category, 1 false flag (in batch 26). Emails as before batch 26, which has none: good beats
    # bad in 87% of pairs (86.56%; 85% under the prompt, 85.24%), 33 of 37 rewrites above their
    # original. (Once batch 26 came in, before those changes: outcomes 92% (92.26%), input precision
    # 97.26%, recall 96.1%, input kind right on 293 of 320; 713 of 783 details, 691 under the right
    # category, 1 false flag (in batch 26). Before batch 26, on 1,178 statements, 802 questions, 723
    # details and 325 emails, after the changes made for batch 25's disagreements: outcomes 93%
    # (93.21%; input precision 97% (97.2%), recall 97.8%, measurable recall 64% (63.6%), other
    # recall 98% (98.1%), input kind right on 289 of 315); questions 98% (98.25%; backward recall
    # 99% (99.43%), precision 98% (97.8%), forward recall 99% (99.2%)); 673 of 723 details flagged,
    # 653 under the right category, no false flag. Emails, after the changes made to the writing
    # score for the tuning part's disagreements (the round after batch 25): good beats bad in 87% of
    # pairs (86.56%; 85% under the prompt, 85.24%), 33 of 37 rewrites above their original (before
    # them: 82.77%, 81.74% under the prompt, 28 of 37). (Once batch 25 came in, before those
    # changes: outcomes 93% (92.70%), input recall 96.6%, measurable recall 62.4%, input kind right
    # on 287 of 311; questions 98% (97.88%), backward recall 98.6%, other precision 98.1%; 668 of
    # 723 details, 648 under the right category, no false flag. Before batch 25, on 1,139
    # statements, 779 questions, 695 details and 325 emails, after the changes made for batch 24's
    # disagreements: outcomes 93% (93.06%; input precision 97% (97.2%), recall 97.5%, measurable
    # recall 63% (62.6%), other recall 98% (98.1%), input kind right on 284 of 307); questions 98%
    # (98.07%; backward recall 99% (99.12%), precision 98% (97.7%), forward recall 99% (99.19%));
    # 646 of 695 details flagged, 628 under the right category, no false flag. Emails: good beats
    # bad in 83% of pairs (82.77%; 82% under the prompt, 81.74%), 28 of 37 rewrites above their
    # original. (Once batch 24 came in, before those changes: outcomes 93% (92.80%), input precision
    # 96.8%, recall 96.8%, input kind right on 282 of 305; questions 98% (97.69%), backward recall
    # 98.2%, forward precision 96.9%; 639 of 695 details, 621 under the right category, 5 false
    # flags (all in batch 24). Before batch 24, on 1,107 statements, 759 questions, 680 details and
    # 325 emails, after the changes made for batch 23's disagreements: outcomes 93% (93.04%; input
    # precision 97%, recall 97.4%, measurable recall 62% (62.5%), other recall 98%, input kind right
    # on 282 of 304); questions 98% (98.02%; backward recall 99%, precision 98% (97.6%), forward
    # recall 99% (99.19%)); 632 of 680 details flagged, 616 under the right category, no false flag.
    # Emails: good beats bad in 83% of pairs (82.77%; 82% under the prompt, 81.74%), 28 of 37
    # rewrites above their original. (Once batch 23 came in, before those changes: outcomes 93%
    # (92.95%), input recall 97.1%, input kind right on 281 of 303; questions 98% (97.89%), forward
    # precision 96.8%; 628 of 680 details, 612 under the right category, 1 false flag (in batch 23).
    # Before batch 23, on 1,071 statements, 736 questions, 653 details and 325 emails, after the
    # changes made for batch 22's disagreements: outcomes 93% (92.81%; input precision 97%, recall
    # 97.4%, measurable recall 62% (62.3%), other recall 98%, input kind right on 276 of 298);
    # questions 98% (98.23%; backward recall 99%, precision 98%, forward recall 99% (99.18%)); 606
    # of 653 details flagged, 591 under the right category, no false flag. Emails: good beats bad in
    # 83% of pairs (82.77%; 82% under the prompt, 81.74%), 28 of 37 rewrites above their original.
    # (Once batch 22 came in, before those changes: outcomes 93% (92.53%), input recall 97.1%,
    # measurable recall 60.9%, input kind right on 275 of 297; questions 98% (97.83%), forward
    # recall 98%; 604 of 653 details, 589 under the right category, 2 false flags (both in batch
    # 22). Before batch 22, on 1,037 statements, 718 questions, 627 details and 323 emails, after
    # the changes made for batch 21's disagreements: outcomes 93% (92.86%; input precision 97%,
    # recall 98.0%, measurable recall 62% (61.6%), other recall 98%, input kind right on 273 of
    # 295); questions 98% (98.47%; backward recall 99%, precision 99% (98.75%), forward recall 99%
    # (99.16%)); 590 of 627 details flagged, 576 under the right category, no false flag. Emails:
    # good beats bad in 83% of pairs (82.85%; 82% under the prompt, 81.90%), 28 of 37 rewrites above
    # their original. (Once batch 21 came in, before those changes: outcomes 93% (92.67%),
    # measurable recall 60.3%; questions 98% (97.91%), precision 98%, forward recall 98%; 578 of 627
    # details, 564 under the right category, 4 false flags (all in batch 21). Before batch 21, on
    # 1,000 statements, 689 questions, 587 details and 318 emails, after the changes made for batch
    # 20's disagreements: outcomes 93% (93.10%; input precision 97%, recall 98.0%, measurable recall
    # 61% (61.2%), other recall 98%, input kind right on 266 of 288); questions 99% (98.55%;
    # backward recall 99%, precision 99%, forward recall 98%); 555 of 587 details flagged, 541 under
    # the right category, no false flag. Emails: good beats bad in 83% of pairs (82.57%; 82% under
    # the prompt, 81.76%), 28 of 37 rewrites above their original. (Once batch 20 came in, before
    # those changes: outcomes 92% (92.50%), input recall 96.6%, measurable recall 59.7%, input kind
    # right on 262 of 284; 545 of 587 details, 531 under the right category, no false flag. Before
    # batch 20, on 969 statements, 665 questions, 566 details and 315 emails, after the changes made
    # for batch 19's disagreements: outcomes 93% (93.29%; input precision 97%, recall 97.9%,
    # measurable recall 61%, other recall 98%, input kind right on 259 of 279); questions 99%
    # (98.95%; backward recall 100%, precision 99%, forward recall 99%); 534 of 566 details flagged,
    # 521 under the right category, no false flag. Emails: good beats bad in 82% of pairs (82.17%;
    # 81% under the prompt, 81.34%), 28 of 37 rewrites above their original. (Once batch 19 came in,
    # before those changes: outcomes 93% (92.98%), input recall 97.2%, measurable recall 60%, input
    # kind right on 257 of 277; questions 98.65%, forward recall 98%; 526 of 566 details, 513 under
    # the right category, no false flag; emails 82% of pairs, 81% under the prompt, 28 of 37
    # rewrites. Before batch 19, on 942 statements, 643 questions, 545 details and 314 emails, after
    # the changes made for batch 18's disagreements: outcomes 93% (93.2%; input precision 97%,
    # recall 98%, measurable recall 61%, other recall 98%, input kind right on 254 of 274);
    # questions 99% (98.9%; backward recall 100%, precision 99%, forward recall 99%); 510 of 545
    # details flagged, 497 under the right category, no false flag. Emails: good beats bad in 82% of
    # pairs (82.13%; 81% under the prompt, 81.30%), 28 of 37 rewrites above their original. (Once
    # batch 18 came in, before those changes: outcomes 93% (92.8%), input recall 96%, input kind
    # right on 250 of 270; questions 98.8%; 506 of 545 details, 493 under the right category, 3
    # false flags (all in batch 18); emails 82% of pairs, 81% under the prompt, 28 of 37 rewrites.
    # Before batch 18, on 908 statements, 618 questions, 522 details and 308 emails, after the
    # changes made for batch 17's disagreements: outcomes 94% (93.6%; input precision 97%, recall
    # 98%, measurable recall 63%, other recall 98%, input kind right on 244 of 263); questions 99%
    # (99.0%; backward recall 100%, precision 99%, forward recall 100%); 489 of 522 details flagged,
    # 477 under the right category, no false flag. Emails: good beats bad in 82% of pairs (82.02%;
    # 81% under the prompt, 81.22%), 28 of 37 rewrites above their original. (Once batch 17 came in,
    # before those changes: outcomes 93% (93.4%), input recall 97%, measurable recall 62%, input
    # kind right on 243 of 262; 486 of 522 details, 474 under the right category; emails 82% of
    # pairs (82.02%), 81% under the prompt (81.20%), 28 of 37 rewrites. Before batch 17, on 865
    # statements, 584 questions, 495 details and 296 emails, after the changes made for batch 16's
    # disagreements: outcomes 95% (94.8%; input precision 98%, recall 98%, measurable recall 67%,
    # other recall 98%, input kind right on 236 of 254); questions 99% (99.0%; backward recall 100%,
    # precision 99%, forward recall 100%); 468 of 495 details flagged, 457 under the right category,
    # no false flag. Emails: good beats bad in 83% of pairs (82.7%; 82% under the prompt, 81.7%), 27
    # of 35 rewrites above their original. (Once batch 16 came in, before those changes: outcomes
    # 94% (94.1%), measurable recall 61%; questions 99% (98.8%), forward recall 99%; 458 of 495
    # details, 447 under the right category, one false flag; emails 82% of pairs (82.1%), 81% under
    # the prompt, 27 of 35 rewrites. Before batch 16, on 785 statements, 554 questions, 442 details
    # and 283 emails, after the changes made for batch 15's disagreements: outcomes 97% (97.5%;
    # input precision 98%, recall 98%, measurable recall 86%, other recall 98%, input kind right on
    # 236 of 254); questions 99% (98.9%; backward recall 100%, precision 99%, forward recall 100%);
    # 427 of 442 details flagged, 419 under the right category, no false flag. Emails: good beats
    # bad in 83% of pairs (83.2%; 83% under the prompt, 82.6%), 27 of 35 rewrites above their
    # original. (Once batch 15 came in, before those changes: outcomes 97% (97.1%), input recall
    # 97%, input kind right on 233 of 251; questions 99% (98.6%), backward recall 99%; 423 of 442
    # details, 415 under the right category, no false flag; emails 83% of pairs (82.8%), 82% under
    # the prompt, 27 of 35 rewrites. Before batch 15, on 731 statements, 531 questions, 424 details
    # and 274 emails, after the changes made for batch 14's disagreements: outcomes 97% (97.4%;
    # input precision 98%, recall 98%, measurable recall 86%, other recall 98%, input kind right on
    # 217 of 234); questions 99% (backward recall 100%, precision 99%, forward recall 100%); 410 of
    # 424 details flagged, 403 under the right category, no false flag. Emails: good beats bad in
    # 83% of pairs (82.7%; 82% under the prompt), 27 of 35 rewrites above their original. (Once
    # batch 14 came in, before those changes: outcomes 97% (97.0%), input recall 97%, input kind
    # right on 214 of 231; questions 98%, forward recall 99%; 388 of 424 details, 381 under the
    # right category, no false flag; emails 82% of pairs (82.4%), 82% under the prompt, 27 of 35
    # rewrites. Before batch 14, on 684 statements, 498 questions, 356 details and 262 emails, after
    # the changes made for batch 13's disagreements: outcomes 97%, input recall 98%; questions 99%;
    # 344 of 356 details, 337 under the right category, no false flag; emails 81% of pairs (81.5%),
    # 26 of 34 rewrites. Once batch 13 came in, before those changes: outcomes 96%, input recall
    # 95%; questions 98%, backward and forward recall 99%; 322 of 356 details, 315 under the right
    # category, no false flag; emails 81% of pairs (81.4%), 26 of 34 rewrites. Before batch 13, on
    # 635 statements, 485 questions, 292 details and 244 emails, after the changes made for batch
    # 12's disagreements: outcomes 97% (input precision 98%, recall 98%, measurable recall 87%,
    # other recall 98%, input kind right on 182 of 198); questions 99% (backward recall 100%,
    # precision 99%, forward recall 100%); 288 of 292 details flagged, 283 under the right category,
    # no false flag; emails 82% of pairs (81.8%), 25 of 32 rewrites. Once batch 12 came in, before
    # those changes: outcomes 97%, input recall 97%; questions 98%, forward recall 98%; 276 of 292
    # details, one false flag; emails 82% of pairs (81.7%), 25 of 32 rewrites. Before batch 12, on
    # 577 statements, 448 questions, 244 details and 221 emails, after the changes made for batch
    # 11's disagreements: outcomes 97%, measurable recall 86%; questions 99%; 244 of 244 details, no
    # false flag; emails 85% of pairs, 21 of 25 rewrites. Once batch 11 came in, before those
    # changes: outcomes 97%, measurable recall 82%; questions 98%, forward recall 97%; 237 of 244
    # details, no false flag; emails 84% of pairs. Before batch 11, after the changes made for batch
    # 10's disagreements, on 509 statements, 417 questions, 219 details and 214 emails: outcomes
    # 97%, questions 98%, 219 of 219 details, no false flag, emails 84% of pairs, 21 of 25 rewrites.
    # Once batch 10 came in, before those changes: outcomes 94%, questions 98%, 206 of 219 details,
    # no false flag, emails 83% of pairs.))))))))))))))))
    "all": {
        "outcomes": {"accuracy": 0.93, "input_precision": 0.97, "input_recall": 0.96,
                     "measurable_recall": 0.68, "other_recall": 0.97, "kinds_right": 426},
        "questions": {"accuracy": 0.98, "backward_recall": 0.98, "forward_recall": 0.98,
                      "backward_precision": 0.98},
        "writing": {"share_right": 0.86, "prompt_share_right": 0.85, "rewrites_above": 32},
        # Among the 12 false flags: "God" in "the Assemblies of God", named as a pastor's
        # denomination in a profile, is still flagged, since the same words say a member's own
        # faith.
        "research": {"flagged": 1139, "right_category": 1097, "false_flags_max": 12},
    },
    # The tuning part: batch 1's other two thirds and batches 2 to 38 (1,679 statements, 992
    # questions, 1,200 personal details, 95 business-only texts, 344 emails: 27,903 good x bad
    # pairs, 35 rewrites), after the changes made for its disagreements in the round batch 38 became
    # tuning data: outcomes 94% (94.04%; input precision 98% (97.95%), recall 99% (98.85%),
    # measurable recall 69% (68.53%), other recall 98% (97.83%), input kind right on 396 of 430);
    # questions 99% (98.89%; backward recall 99% (99.29%), precision 99% (99.05%), forward recall
    # 99% (99.32%)); 1,102 of 1,200 details, 1,061 under the right category, 9 false flags (batch
    # 38's 'our parents' in a saying about becoming one's parents no longer flagged); emails: good
    # beats bad in 88% of pairs (87.51%; 87% under the prompt, 86.92%; batch 38 1 of its 9 pairs, 2
    # under the prompt), 31 of 35 rewrites above their original (32 under the prompt). (When batch
    # 38 became tuning data, before those changes: outcomes 94% (93.75%; input precision 97%
    # (97.28%), recall 99% (98.62%), measurable recall 69% (68.53%), other recall 97% (97.43%),
    # input kind right on 395 of 429); questions 99% (98.59%; backward recall 99% (98.58%),
    # precision 99% (99.05%), forward recall 99% (99.32%)); 1,096 of 1,200 details, 1,055 under the
    # right category, 10 false flags (batch 38's 'our parents' in a phrase marked not personal
    # joining batches 26 to 35's); emails: good beats bad in 87% of pairs (87.25%; 86% under the
    # prompt, 86.47%; batch 38 none of its 9 pairs), 31 of 35 rewrites above their original (32
    # under the prompt). On batches 1 to 37 after the changes made for its disagreements in the
    # round batch 37 became tuning data: outcomes 94% (93.76%; input precision 97% (97.37%), recall
    # 99% (98.79%), measurable recall 69% (68.53%), other recall 98% (97.58%), input kind right on
    # 375 of 408); questions 99% (98.98%; backward recall 100% (99.52%), precision 99% (99.04%),
    # forward recall 99% (99.32%); no change made, batch 37 brought no disagreement); 1,070 of 1,163
    # details, 1,032 under the right category, 9 false flags (batch 37's 'faith' put in leaders and
    # money and a buyer's 'wife' asked before a purchase no longer flagged); emails: good beats bad
    # in 87% of pairs (87.16%; 86% under the prompt, 86.29%; batch 37 3 of its 12 pairs, also under
    # the prompt), 31 of 35 rewrites above their original (32 under the prompt). When batch 37
    # became tuning data, before those changes: outcomes 93% (93.27%; input precision 97% (97.11%),
    # recall 98% (97.58%), measurable recall 68% (68.10%), other recall 97% (97.37%), input kind
    # right on 370 of 403); questions 99% (98.98%; backward recall 100% (99.52%), precision 99%
    # (99.04%), forward recall 99% (99.32%)); 1,056 of 1,163 details, 1,018 under the right
    # category, 11 false flags (batch 37's two, 'faith' in people putting their faith in leaders and
    # money, and a quoted car dealer's 'wife' of a customer, marked not personal, joining batches 26
    # to 35's); emails: good beats bad in 87% of pairs (87.06%; 86% under the prompt, 86.14%; batch
    # 37 2 of its 12 pairs, none under the prompt), 31 of 35 rewrites above their original (32 under
    # the prompt). On batches 1 to 36 after the changes made for its disagreements in the round
    # batch 36 became tuning data: outcomes 94% (93.66%; input precision 97% (97.32%), recall 99%
    # (99.01%), measurable recall 68% (67.84%), other recall 98% (97.50%), input kind right on 368
    # of 400); questions 99% (98.95%; backward recall 100% (99.51%), precision 99% (99.02%), forward
    # recall 99% (99.30%)); 1,025 of 1,123 details, 988 under the right category, 9 false flags
    # (batch 36's 'high school' of a job's requirement no longer flagged); emails: good beats bad in
    # 88% of pairs (87.57%; 87% under the prompt, 86.60%; batch 36 6 of its 10 pairs, 5 under the
    # prompt), 31 of 35 rewrites above their original (32 under the prompt). When batch 36 became
    # tuning data, before those changes: outcomes 93% (93.40%; input precision 97% (97.30%), recall
    # 98% (98.02%), measurable recall 68% (67.84%), other recall 98% (97.50%), input kind right on
    # 364 of 396); questions 99% (98.63%; backward recall 99% (99.26%), precision 99% (98.78%),
    # forward recall 99% (98.60%)); 1,005 of 1,123 details, 967 under the right category, 10 false
    # flags (batch 36's 'high school' in a career site's text on external sales, marked not
    # personal, joining batches 26 to 35's); emails: good beats bad in 87% of pairs (87.20%; 86%
    # under the prompt, 86.22%; batch 36's two good emails above its five bad ones in 5 of its 10
    # pairs), 31 of 35 rewrites above their original (32 under the prompt). On batches 1 to 35 after
    # the changes made for its disagreements in the round batch 35 became tuning data: outcomes 93%
    # (93.47%; input precision 97% (97.46%), recall 99% (98.71%), measurable recall 68% (67.70%),
    # other recall 98% (97.53%), input kind right on 352 of 383); questions 99% (98.82%; backward
    # recall 99% (99.26%), precision 99% (99.01%), forward recall 99% (99.28%)); 982 of 1,095
    # details, 946 under the right category (980 and 944 before the last two changes, a writer's
    # childhood said with 'while' and the end of a person's schooling), 9 false flags; emails: good
    # beats bad in 88% of pairs (87.57%; 87% under the prompt, 86.65%), 31 of 35 rewrites above
    # their original (32 under the prompt). When batch 35 became tuning data, before those changes:
    # outcomes 93% (93.08%; input precision 97% (97.42%), recall 97% (97.16%), measurable recall 68%
    # (67.70%), other recall 98% (97.53%), input kind right on 346 of 377); questions 99% (98.82%;
    # backward recall 99% (99.26%), precision 99% (99.01%), forward recall 99% (99.28%)); 971 of
    # 1,095 details, 935 under the right category, 9 false flags (batch 35's three, a prospect's
    # family in a salesman's pitch and a book's 'husband' quoted in a retirement post, marked not
    # personal, joining batches 26 to 34's); emails as before: batch 35 has none. On batches 1 to 34
    # after the changes made for its disagreements in the round batch 34 became tuning data:
    # outcomes 93% (93.02%; input precision 97% (97.38%), recall 98% (97.63%), measurable recall 67%
    # (67.41%), other recall 97% (97.45%), input kind right on 340 of 371); questions 99% (98.80%;
    # backward recall 99% (99.25%), precision 99% (99.00%), forward recall 99% (99.27%)); 949 of
    # 1,063 details, 913 under the right category, 6 false flags (batch 34's 'churches' as a place
    # to advertise no longer flagged); emails: good beats bad in 88% of pairs (87.57%; 87% under the
    # prompt, 86.65%), 31 of 35 rewrites above their original (32 under the prompt). When batch 34
    # became tuning data, before those changes: outcomes 93% (92.56%; input precision 97% (97.36%),
    # recall 97% (97.11%), measurable recall 67% (66.52%), other recall 97% (97.11%), input kind
    # right on 338 of 369); questions 98% (98.37%; backward recall 98% (98.25%), precision 99%
    # (98.99%), forward recall 99% (99.27%)); 941 of 1,063 details, 905 under the right category, 7
    # false flags (batch 34's 'during college' in a newspaper group's recruiting post and 'churches'
    # in a shelving maker's dealer page, marked not personal, joining batches 26 to 32's); emails as
    # before: batch 34 has none. On batches 1 to 33 after the changes made for its disagreements in
    # the round batch 33 became tuning data: outcomes 93% (92.95%; input precision 98% (97.57%),
    # recall 98% (97.57%), measurable recall 67% (66.97%), other recall 97% (97.48%), input kind
    # right on 331 of 361); questions 99% (98.78%; backward recall 99% (99.23%), precision 99%
    # (98.97%), forward recall 99% (99.27%)); 920 of 1,027 details, 885 under the right category, 5
    # false flags (batch 33's 'kid' no longer flagged); emails: good beats bad in 88% of pairs
    # (87.50%; 87% under the prompt, 86.58%), 31 of 35 rewrites above their original. When batch 33
    # became tuning data, before those changes: outcomes 93% (92.81%; input precision 97% (97.30%),
    # recall 98% (97.57%), measurable recall 67% (66.51%), other recall 97% (97.36%), input kind
    # right on 331 of 361); questions 98% (98.45%; backward recall 99% (98.71%), precision 99%
    # (98.71%), forward recall 99% (99.27%)); 911 of 1,027 details, 876 under the right category, 6
    # false flags (batch 33's 'kid' among the customers' children a salesman wrote down, marked not
    # personal, joining batches 26 to 32's); emails as before: batch 33 has none. On batches 1 to 32
    # after the changes made for its disagreements in the round batch 32 became tuning data:
    # outcomes 93% (93.11%; input precision 98% (97.55%), recall 98% (97.55%), measurable recall 67%
    # (66.99%), other recall 98% (97.64%), input kind right on 329 of 359); questions 99% (98.65%;
    # backward recall 99% (99.22%), precision 99% (98.71%), forward recall 99% (99.26%)); 891 of 998
    # details, 857 under the right category, 5 false flags (batch 32's Catholic schools and Church
    # goods no longer flagged); emails: good beats bad in 87% of pairs (87.44%; 86% under the
    # prompt, 86.47%), 31 of 35 rewrites above their original. When batch 32 became tuning data,
    # before those changes: outcomes 93% (92.90%; input precision 98% (97.55%), recall 97% (97.28%),
    # measurable recall 66% (66.03%), other recall 98% (97.64%), input kind right on 329 of 358);
    # questions 98% (98.31%; backward recall 99% (98.71%), precision 99% (98.71%), forward recall
    # 99% (99.26%)); 885 of 998 details, 852 under the right category, 7 false flags (batch 32's
    # three, a salesman's trips and the Catholic schools and Church goods he sold to, marked not
    # personal, joining batches 26 to 29's); emails as before: batch 32 has none. On batches 1 to 31
    # after the changes made for its disagreements in the round batch 31 became tuning data:
    # outcomes 93% (93.21%; input precision 98% (97.54%), recall 98% (97.81%), measurable recall 67%
    # (67.33%), other recall 98% (97.56%), input kind right on 329 of 357); questions 99% (98.62%;
    # backward recall 99% (99.20%), precision 99% (98.67%), forward recall 99% (99.26%)); 858 of 949
    # details, 827 under the right category, 4 false flags (batch 31's four no longer flagged);
    # emails: good beats bad in 87% of pairs (87.31%; 86% under the prompt, 86.27%), 31 of 35
    # rewrites above their original. When batch 31 became tuning data, before those changes:
    # outcomes 93% (92.78%; input precision 98% (97.51%), recall 96% (96.44%), measurable recall 67%
    # (66.83%), other recall 98% (97.56%), input kind right on 324 of 352); questions 98% (98.28%;
    # backward recall 99% (99.20%), precision 98% (97.89%), forward recall 99% (99.26%)); 851 of 949
    # details, 820 under the right category, 8 false flags (batch 31's 'wife' and 'girlfriend' of a
    # passing customer and 'children' twice in a business text's travel rules, marked not personal,
    # joining batches 26 to 29's); emails as before: batch 31 has none. On batches 1 to 30 after the
    # changes made for its disagreements in the round batch 30 became tuning data: outcomes 93%
    # (92.92%; input precision 97% (97.49%), recall 97% (97.21%), measurable recall 67% (66.50%),
    # other recall 98% (97.58%), input kind right on 322 of 349); questions 98% (98.25%; backward
    # recall 99% (99.19%), precision 98% (97.88%), forward recall 99% (99.26%)); 820 of 904 details,
    # 790 under the right category, 4 false flags (batch 30's 'High School' no longer flagged);
    # emails: good beats bad in 87% of pairs (87.02%; 86% under the prompt, 85.88%), 31 of 35
    # rewrites above their original. When batch 30 became tuning data, before those changes:
    # outcomes 92% (92.32%; input precision 97% (97.19%), recall 96% (96.38%), measurable recall 64%
    # (63.96%), other recall 98% (97.58%), input kind right on 319 of 346); questions 98% (97.90%;
    # backward recall 99% (99.19%), precision 98% (97.62%), forward recall 99% (98.52%)); 814 of 904
    # details, 783 under the right category, 5 false flags (batch 30's 'High School' of a school
    # that called car dealers, marked not personal, joining batches 26 to 29's); emails: good beats
    # bad in 87% of pairs (86.70%; 86% under the prompt, 85.57%), 31 of 35 rewrites above their
    # original. On batches 1 to 29 after the changes made for its disagreements in the round batch
    # 29 became tuning data: outcomes 93% (92.92%; input precision 98% (97.73%), recall 97%
    # (96.90%), measurable recall 65% (65.43%), other recall 98% (97.88%), input kind right on 317
    # of 344); questions 98% (98.22%; backward recall 99% (99.46%), precision 98% (97.86%), forward
    # recall 99% (99.25%)); 788 of 866 details, 764 under the right category, 4 false flags (as
    # before); emails: good beats bad in 87% of pairs (86.72%; 86% under the prompt, 85.55%), 31 of
    # 35 rewrites above their original. When batch 29 became tuning data, before those changes:
    # outcomes 92% (91.99%; input precision 97% (97.44%), recall 97% (96.62%), measurable recall 61%
    # (60.64%), other recall 98% (97.62%), input kind right on 314 of 343); questions 97% (97.40%;
    # backward recall 98% (98.37%), precision 97% (97.30%), forward recall 98% (98.50%)); 777 of 866
    # details, 750 under the right category, 4 false flags (batch 29's 'Our house' of a house full
    # of stock to sell, marked not personal, batch 28's 'God' in a denomination's name, batch 27's
    # 'another member of our family' and batch 26's 'Dad'); emails as before: batch 29 has none. On
    # batches 1 to 28 after the changes made for batch 28's disagreements: outcomes 92% (92.22%;
    # input precision 97% (97.41%), recall 97% (97.13%), measurable recall 61% (60.67%), other
    # recall 98% (97.54%), input kind right on 310 of 338); questions 98% (97.96%; backward recall
    # 99% (99.17%), precision 98% (97.55%), forward recall 99% (99.24%)); 762 of 839 details, 735
    # under the right category, 2 false flags (batch 27's 'another member of our family' and batch
    # 26's 'Dad'); emails as when batch 28 became tuning data: good beats bad in 86% of pairs
    # (86.20%; 85% under the prompt, 84.98%), 31 of 35 rewrites above their original. When batch 28
    # became tuning data, before those changes: outcomes 92% (91.98%; input precision 97% (97.38%),
    # recall 96% (96.26%), measurable recall 61% (60.67%), other recall 98% (97.54%), input kind
    # right on 306 of 335); questions 98% (97.84%; backward recall 99% (98.89%), precision 98%
    # (97.54%), forward recall 99% (99.24%)); 760 of 839 details, 733 under the right category, 5
    # false flags (3 in batch 28, a deacon's and a pastor's church roles and 'God' in their
    # denomination's name, marked not personal, and batch 27's 'another member of our family' and
    # batch 26's 'Dad'); emails: good beats bad in 86% of pairs (86.20%; 85% under the prompt,
    # 84.98%; batch 28's two bad emails have no pair of their own), 31 of 35 rewrites above their
    # original. On batches 1 to 27 after the changes made for batch 27's disagreements: outcomes 92%
    # (92.33%; input precision 97% (97.34%), recall 97% (97.34%), measurable recall 61% (60.67%),
    # other recall 98% (97.88%), input kind right on 301 of 329); questions 98% (98.03%; backward
    # recall 99% (99.43%), precision 97% (97.48%), forward recall 99% (99.23%)); 732 of 800 details,
    # 709 under the right category, 2 false flags (in batch 27, 'another member of our family' in a
    # business text about its suppliers, and batch 26's 'Dad'); emails as when batch 27 became
    # tuning data: good beats bad in 86% of pairs (86.10%; 85% under the prompt, 84.83%; batch 27's
    # two good emails, a one-line follow-up and a last try, both below its bad one), 31 of 35
    # rewrites above their original. When batch 27 became tuning data, before those changes:
    # outcomes 92% (92.08%), input precision 97.31%, recall 96.45%, input kind right on 298 of 326;
    # questions 98% (97.91%), backward recall 99.14%, precision 97.47%; 730 of 800 details, 707
    # under the right category, 3 false flags (2 in batch 27, 'our family' in a business text about
    # its suppliers, and batch 26's 'Dad'). On batches 1 to 26 after the changes made for batch 26's
    # disagreements: outcomes 92% (92.49%; input precision 97% (97.20%), recall 98% (97.51%),
    # measurable recall 61% (60.69%), other recall 98% (98.12%), input kind right on 287 of 313);
    # questions 98% (98.10%; backward recall 99% (99.42%), precision 98% (97.70%), forward recall
    # 99% (99.19%)); 712 of 775 details, 690 under the right category, 1 false flag (in batch 26,
    # 'Dad' in a child's account of their father's career); emails as before, batch 26 has none:
    # good beats bad in 87% of pairs (86.91%; 86% under the prompt, 85.64%), 31 of 35 rewrites above
    # their original. When batch 26 became tuning data, before those changes: outcomes 92% (92.15%),
    # input precision 97.17%, recall 96.26%, input kind right on 283 of 309; 705 of 775 details, 683
    # under the right category, the same false flag. On batches 1 to 25 after the changes made for
    # batch 25's disagreements: outcomes 93% (93.12%; input precision 97% (97.12%), recall 98%
    # (98.06%), measurable recall 63% (63.19%), other recall 98% (98.07%), input kind right on 279
    # of 304); questions 98% (98.20%; backward recall 99% (99.41%), precision 98% (97.69%), forward
    # recall 99% (99.17%)); 665 of 715 details, 645 under the right category, no false flag; emails,
    # after the changes made to the writing score for the tuning part's disagreements (the round
    # after batch 25): good beats bad in 87% of pairs (86.91%; 86% under the prompt, 85.64%; batch
    # 25 has no email), 31 of 35 rewrites above their original (before them: 82.98%, 82.00% under
    # the prompt, 26 of 35). When batch 25 became tuning data, before those changes: outcomes 93%
    # (92.60%), input recall 96.8%, measurable recall 61.96%, input kind right on 277 of 300;
    # questions 98% (97.81%), backward recall 98.53%, other precision 98.06%; 660 of 715 details,
    # 640 under the right category, no false flag. On batches 1 to 24 after the changes made for
    # batch 24's disagreements: outcomes 93% (92.97%; input precision 97% (97.05%), recall 98%
    # (97.7%), measurable recall 62% (62.1%), other recall 98%, input kind right on 274 of 296);
    # questions 98% (98.01%; backward recall 99% (99.09%), precision 98% (97.62%), forward recall
    # 99% (99.16%)); 638 of 687 details, 620 under the right category, no false flag; emails: good
    # beats bad in 83% of pairs (82.98%; 82% under the prompt, 82.00%; batch 24 has no email), 26 of
    # 35 rewrites above their original. When batch 24 became tuning data, before those changes:
    # outcomes 93% (92.70%), input precision 96.7%, recall 97.0%, input kind right on 272 of 294;
    # questions 98% (97.61%), backward recall 98.19%, forward precision 96.7%; 631 of 687 details,
    # 613 under the right category, 5 false flags (all in batch 24, three on a memo's form fields).
    # On batches 1 to 23 after the changes made for batch 23's disagreements: outcomes 93% (92.94%;
    # input precision 97%, recall 97.7%, measurable recall 62%, other recall 98%, input kind right
    # on 272 of 293); questions 98% (97.95%; backward recall 99%, precision 98% (97.51%), forward
    # recall 99% (99.15%)); 624 of 672 details, 608 under the right category, no false flag; emails:
    # good beats bad in 83% of pairs (82.98%; 82% under the prompt, 82.00%; batch 23 has no email),
    # 26 of 35 rewrites above their original. When batch 23 became tuning data, before those
    # changes: outcomes 93% (92.85%), input recall 97.3%, input kind right on 271 of 292; questions
    # 98% (97.82%), forward precision 96.7%; 620 of 672 details, 604 under the right category, 1
    # false flag (in batch 23). On batches 1 to 22 after the changes made for batch 22's
    # disagreements: outcomes 93% (92.70%; input precision 97%, recall 97.6%, measurable recall 62%
    # (61.7%), other recall 98%, input kind right on 266 of 287); questions 98% (98.17%; backward
    # recall 99%, precision 98%, forward recall 99% (99.15%)); 598 of 645 details, 583 under the
    # right category, no false flag; emails: good beats bad in 83% of pairs (82.98%; 82% under the
    # prompt, 82.00%; batch 22's two emails, one good and one bad, make one pair of their own,
    # ranked right), 26 of 35 rewrites above their original. When batch 22 became tuning data,
    # before those changes: outcomes 92% (92.41%), input recall 97.3%, measurable recall 60.4%,
    # input kind right on 265 of 286; questions 98% (97.75%), forward precision 95.8%; 596 of 645
    # details, 581 under the right category, 2 false flags (both in batch 22). On batches 1 to 21
    # after the changes made for batch 21's disagreements: outcomes 93% (92.75%; input precision
    # 97%, recall 98.3%, measurable recall 61% (61.1%), other recall 98%, input kind right on 263 of
    # 284); questions 98% (98.41%; backward recall 99%, precision 99% (98.71%), forward recall 99%
    # (99.12%)); 582 of 619 details, 568 under the right category, no false flag; emails: good beats
    # bad in 83% of pairs (83.08%; 82% under the prompt, 82.18%; batch 21's five emails, all good,
    # have no pair of their own), 26 of 35 rewrites above their original. When batch 21 became
    # tuning data, before those changes: outcomes 93% (92.55%), measurable recall 59.7%; questions
    # 98% (97.83%), precision 98%, forward recall 98%; 570 of 619 details, 556 under the right
    # category, 4 false flags (all in batch 21). On batches 1 to 20 after the changes made for batch
    # 20's disagreements: outcomes 93% (92.99%; input precision 97%, recall 98.2%, measurable recall
    # 61% (60.6%), other recall 98%, input kind right on 256 of 277); questions 98% (98.49%;
    # backward recall 99%, precision 99%, forward recall 98%); 547 of 579 details, 533 under the
    # right category, no false flag; emails: good beats bad in 83% of pairs (82.75%; 82% under the
    # prompt, 82.01%; batch 20's three emails, all bad, have no pair of their own), 26 of 35
    # rewrites above their original. When batch 20 became tuning data, before those changes:
    # outcomes 92% (92.37%), input recall 96.8%, measurable recall 59.1%, input kind right on 252 of
    # 273; 537 of 579 details, 523 under the right category, no false flag. On batches 1 to 19 after
    # the changes made for batch 19's disagreements: outcomes 93% (93.18%; input precision 97%,
    # recall 98.2%, measurable recall 61%, other recall 98%, input kind right on 249 of 268);
    # questions 99% (98.90%; backward recall 100%, precision 99%, forward recall 99%); 526 of 558
    # details, 513 under the right category, no false flag; emails: good beats bad in 82% of pairs
    # (82.34%; 82% under the prompt, 81.58%; batch 19's one email, bad, has no pair of its own), 26
    # of 35 rewrites above their original. When batch 19 became tuning data, before those changes:
    # outcomes 93% (92.86%), input recall 97.4%, measurable recall 59.8%, input kind right on 247 of
    # 266; questions 98.59%, forward recall 98.1%; 518 of 558 details, 505 under the right category,
    # no false flag. On batches 1 to 18 after the changes made for batch 18's disagreements:
    # outcomes 93% (93.09%; input precision 97%, recall 98.1%, measurable recall 60%, other recall
    # 98%, input kind right on 244 of 263); questions 99% (98.87%; backward recall 100%, precision
    # 99%, forward recall 99%); 502 of 537 details, 489 under the right category, no false flag;
    # emails: good beats bad in 82% of pairs (82.32%; 82% under the prompt, 81.55%; batch 18 all 8
    # of its pairs), 26 of 35 rewrites above their original. When batch 18 became tuning data,
    # before those changes: outcomes 93% (92.65%), input recall 96.6%, input kind right on 240 of
    # 259; questions 98.70%, backward recall 99.6%; 498 of 537 details, 485 under the right
    # category, 3 false flags (all in batch 18). On batches 1 to 17 after the changes made for batch
    # 17's disagreements: outcomes 94% (93.5%; input precision 97%, recall 98%, measurable recall
    # 63%, other recall 98%, input kind right on 234 of 252); questions 99% (98.99%; backward recall
    # 100%, precision 99%, forward recall 100%); 481 of 514 details, 469 under the right category,
    # no false flag; emails: good beats bad in 82% of pairs (82.18%; 81% under the prompt, 81.45%;
    # batch 17 63% of its 27 pairs, 78% under the prompt), 26 of 35 rewrites above their original.
    # When batch 17 became tuning data, before those changes: outcomes 93% (93.3%), measurable
    # recall 61%, input recall 97.7%, input kind right on 233 of 251; 478 of 514 details, 466 under
    # the right category; emails 82% of pairs (82.18%), 81% under the prompt (81.43%; batch 17 63%
    # of its 27 pairs, 74% under the prompt), 26 of 35 rewrites. On batches 1 to 16 after the
    # changes made for batch 16's disagreements: outcomes 95% (94.7%; input precision 98%, recall
    # 99%, measurable recall 67%, other recall 98%, input kind right on 226 of 243); questions 99%
    # (98.92%; backward recall 100%, precision 99%, forward recall 100%); 460 of 487 details, 449
    # under the right category, no false flag; emails: good beats bad in 83% of pairs (82.90%; 82%
    # under the prompt, 81.93%; batch 16 81% of its 36 pairs, 67% under the prompt), 25 of 33
    # rewrites above their original. When batch 16 became tuning data, before those changes:
    # outcomes 94% (94.0%), measurable recall 61%, input kind right on 226 of 243; questions 99%
    # (98.75%), forward recall 99%; 450 of 487 details, 439 under the right category, one false flag
    # (a wellness blogger's 'cancer'); emails 82% of pairs (82.27%), 81% under the prompt (81.32%;
    # batch 16 61% of its 36 pairs, 50% under the prompt), 25 of 33 rewrites. On batches 1 to 15
    # after the changes made for batch 15's disagreements: outcomes 97% (97.5%), input precision
    # 98%, recall 99%, measurable recall 86%, input kind right on 226 of 243; questions 99% (98.9%),
    # backward and forward recall 100%; 419 of 434 details, 411 under the right category, no false
    # flag; emails 83% of pairs (83.34%), 83% under the prompt (82.87%), 25 of 33 rewrites. When
    # batch 15 became tuning data, before those changes: outcomes 97% (97.1%), input recall 98%
    # (97.6%), input kind right on 223 of 240; questions 98% (98.5%), backward recall 99%; 415 of
    # 434 details, 407 under the right category, no false flag; emails 83% of pairs (82.96%), 83%
    # under the prompt (82.52%), 25 of 33 rewrites. On batches 1 to 14 after the changes made for
    # batch 14's disagreements: outcomes 97% (97.4%), input precision 98%, recall 99%, input kind
    # right on 207 of 223; questions 99%, backward and forward recall 100%; 402 of 416 details, 395
    # under the right category, no false flag; emails 83% of pairs (82.78%), 83% under the prompt,
    # 25 of 33 rewrites. When batch 14 became tuning data, before those changes: outcomes 97%
    # (97.0%), input recall 97%, input kind right on 204 of 220; questions 98%, backward precision
    # 98%, forward recall 99%; 380 of 416 details, 373 under the right category, no false flag;
    # emails 82% of pairs (82.47%), 82% under the prompt (batch 14 95%), 25 of 33 rewrites. On
    # batches 1 to 13 after the changes made for batch 13's disagreements: outcomes 97%, input
    # precision 98%, recall 99%, input kind right on 188 of 204; questions 99%, backward and forward
    # recall 100%; 336 of 348 details, 329 under the right category, no false flag; emails 81% of
    # pairs (81.42%), 81% under the prompt, 24 of 32 rewrites. When batch 13 became tuning data,
    # before those changes: outcomes 96% (96.2%), input recall 95%; questions 98%, backward and
    # forward recall 99%; 314 of 348 details, no false flag; emails 81% of pairs (81.36%). On
    # batches 1 to 12 after the changes made for batch 12's disagreements: outcomes 97%, input
    # precision and recall 98%; questions 99%; 280 of 284 details, no false flag; emails 82% of
    # pairs (81.75%), 23 of 30 rewrites. When batch 12 became tuning data, before those changes:
    # outcomes 97% (96.5%); questions 98%; 268 of 284 details, one false flag; emails 82% of pairs
    # (81.65%). On batches 1 to 11 after the changes made for batch 11's disagreements: outcomes
    # 97%, measurable recall 86%; questions 99%; 236 of 236 details, no false flag; emails 85% of
    # pairs (84.8%), 19 of 23 rewrites.)
    "tuning": {
        "outcomes": {"accuracy": 0.93, "input_precision": 0.97, "input_recall": 0.98,
                     "measurable_recall": 0.67, "other_recall": 0.97, "kinds_right": 395},
        "questions": {"accuracy": 0.98, "backward_recall": 0.98, "forward_recall": 0.98,
                      "backward_precision": 0.98},
        "writing": {"share_right": 0.87, "prompt_share_right": 0.86, "rewrites_above": 30},
        # As in "all": "God" in "the Assemblies of God" is still flagged (9 false flags).
        "research": {"flagged": 1101, "right_category": 1060, "false_flags_max": 9},
    },
    # The held-out part: batch 1's hash-chosen third (30 statements, 26 questions, 8 details, 2
    # business-only texts; 14 emails, 45 pairs, 2 rewrites) and the whole of batch 39 (41
    # statements, no measurable one and 28 inputs; 6 questions, 2 backward and 1 forward; 40 details
    # in 4 profiles, 2 business-only texts; 6 emails, 3 good and 3 bad, no rewrite), measured once
    # when batch 39 came in: outcomes 89% (input precision 100%, recall 80%, measurable recall 2 of
    # 2, other recall 100%, input kind right on 31 of 32); questions 94% (backward recall 83%,
    # precision 100%, forward recall 6 of 6); 38 of 48 details flagged, 37 under the right category,
    # 3 false flags (all in batch 39); emails: good beats bad in 88% of 96 pairs (83% under the
    # prompt), 2 of 2 rewrites above their original; batch 39's three good emails above its three
    # bad ones in 8 of 9 pairs, also under the prompt, a freelance writer's memo that won her a
    # column (51.5) below a link-exchange pitch (60.6). (Batch 1's third alone: outcomes 97% (input
    # precision 100%, recall 92%, measurable 2 of 2, other recall 100%, input kind right on 10 of
    # 11); questions 100%; 8 of 8 details, no false flag; emails: good beats bad in 96% of pairs
    # (95.56%; 91% under the prompt, 91.11%; 91% and 87% before the writing score's changes on the
    # tuning part), 2 of 2 rewrites above their original. With the whole of batch 38 (44 statements,
    # no measurable one and 22 inputs; 13 questions, 7 backward and none forward; 37 details in 5
    # profiles, 2 business-only texts; 10 emails, 1 good and 9 bad, no rewrite), measured once when
    # it came in: outcomes 95% (input precision 97%, recall 94%, measurable recall 2 of 2, precision
    # 2 of 3, other recall 95%, input kind right on 30 of 32); questions 90% (backward recall 76%,
    # precision 100%, forward recall 5 of 5); 34 of 45 details flagged, 31 under the right category,
    # 1 false flag (in batch 38); emails: good beats bad in 89% of 140 pairs (87% under the prompt),
    # 2 of 2 rewrites above their original; batch 38's one good email, a freelance writer's letter
    # of introduction to editors that speaks of the writer throughout and leaves the magazine's name
    # as 'XXX' (15.2), below all nine of its bad ones, mostly freelancers' offers of services and
    # podcast-guest pitches. With the whole of batch 37 (43 statements, 5 measurable and 9 inputs;
    # 28 questions, 8 backward and 4 forward; 40 details in 5 profiles, 2 business-only texts; 8
    # emails, 2 good and 6 bad, no rewrite), measured once when it came in: outcomes 86% (input
    # precision 93%, recall 67%, measurable recall 6 of 7, other recall 96%, input kind right on 12
    # of 14); questions 100% (backward recall 100%, precision 100%, forward recall 9 of 9); 39 of 48
    # details flagged, 38 under the right category, 2 false flags (both in batch 37); emails: good
    # beats bad in 82% of 121 pairs (79% under the prompt), 2 of 2 rewrites above their original;
    # batch 37's two good emails, an article pitch and a founder's email to an investor, both cut
    # short in their stored pages before their ask and sign-off, scored 30.3 and 51.5, above its six
    # bad ones in 2 of 12 pairs (none under the prompt). With the whole of batch 36 (45 statements,
    # 1 measurable and 16 inputs; 17 questions, 3 backward and 4 forward; 28 details in 5 profiles,
    # 2 business-only texts; 7 emails, 2 good and 5 bad, no rewrite), measured once when it came in:
    # outcomes 93% (input precision 96%, recall 86%, measurable recall 3 of 3, other recall 98%,
    # input kind right on 22 of 24); questions 95% (backward recall 100%, precision 93%, forward
    # recall 8 of 9); 31 of 36 details flagged, 29 under the right category, 1 false flag (in batch
    # 36); emails: good beats bad in 85% of 110 pairs (84% under the prompt), 2 of 2 rewrites above
    # their original; batch 36's podcast invitation (72.7) above four of its five bad emails, below
    # a guest-post pitch (81.8), and its freelance query letter, cut off at its ask (42.4), above
    # only one; most of batch 36's emails are guest-post and article pitches, the only published
    # verdicts on sales emails found at new publishers. With the whole of batch 35 (42 statements, 2
    # measurable and 8 inputs; 16 questions, 5 backward and 2 forward; 32 details in 5 profiles, 2
    # business-only texts; no email), measured once when it came in: outcomes 96% (input precision
    # 100%, recall 85%, measurable recall 4 of 4, other recall 100%, input kind right on 16 of 17);
    # questions 100% (backward recall 100%, precision 100%, forward recall 7 of 7); 30 of 40 details
    # flagged, 30 under the right category, 3 false flags (all in batch 35); emails as batch 1's
    # third alone. With the whole of batch 34 (45 statements, 6 measurable and 10 inputs; 13
    # questions, 10 backward and none forward; 36 details in 5 profiles, 2 business-only texts; no
    # email), measured once when it came in: outcomes 87% (input precision 95%, recall 86%,
    # measurable recall 5 of 8, other recall 91%, input kind right on 17 of 19); questions 90%
    # (backward recall 80%, precision 100%, forward recall 5 of 5); 29 of 44 details flagged, 28
    # under the right category, 2 false flags (both in batch 34); emails as batch 1's third alone.
    # With the whole of batch 33 (37 statements, 9 measurable and 2 inputs; 15 questions, 2 backward
    # and 1 forward; 29 details in 5 profiles, 2 business-only texts; no email), measured once when
    # it came in: outcomes 88% (input precision 93%, recall 93%, measurable recall 7 of 11, other
    # recall 93%, input kind right on 12 of 13); questions 95% (backward recall 83%, precision 100%,
    # forward recall 6 of 6); 28 of 37 details flagged, 27 under the right category, 1 false flag
    # (in batch 33); emails as batch 1's third alone. With the whole of batch 32 (38 statements, 7
    # measurable and 3 inputs; 19 questions, 13 backward and 1 forward; 49 details in 5 profiles, 2
    # business-only texts; no email), measured once when it came in: outcomes 88% (input precision
    # 100%, recall 80%, measurable recall 4 of 9, other recall 100%, input kind right on 10 of 12);
    # questions 93% (backward recall 91%, precision 100%, forward recall 6 of 6); 35 of 57 details
    # flagged, 33 under the right category, 3 false flags (all in batch 32); emails as batch 1's
    # third alone. With the whole of batch 31 (43 statements, 5 measurable and 6 inputs; 13
    # questions, 2 backward and none forward; 45 details in 5 profiles, 2 business-only texts; no
    # email), measured once when it came in: outcomes 92% (input precision 100%, recall 78%,
    # measurable recall 6 of 7, other recall 98%, input kind right on 12 of 14); questions 100%; 39
    # of 53 details flagged, 38 under the right category, 4 false flags (all in batch 31); emails as
    # batch 1's third alone. With the whole of batch 30 (43 statements, 9 measurable and 4 inputs;
    # 13 questions, 5 backward and 2 forward; 38 details in 5 profiles, 2 business-only texts; 3
    # emails, 1 good and 2 bad, no rewrite), measured once when it came in: outcomes 84% (input
    # precision 87%, recall 81%, measurable recall 5 of 11, other recall 93%, input kind right on 12
    # of 13); questions 92% (backward recall 93%, precision 93%, forward recall 6 of 7); 34 of 46
    # details flagged, 27 under the right category, 1 false flag (in batch 30); emails: good beats
    # bad in 91% of 70 pairs (89% under the prompt), 2 of 2 rewrites above their original, batch
    # 30's good email above its two bad ones and its bad ones below each of batch 1's held-out good
    # ones. With the whole of batch 29 (40 statements, 10 measurable and 7 inputs; 11 questions, 6
    # backward and 1 forward; 27 details in 5 profiles, 2 business-only texts; no email), measured
    # once when it came in: outcomes 90% (input precision 100%, recall 84%, measurable recall 8 of
    # 12, other recall 100%, input kind right on 14 of 16); questions 86% (backward recall 81%,
    # precision 93%, forward recall 5 of 6); 23 of 35 details flagged, 23 under the right category,
    # 1 false flag (in batch 29); emails as batch 1's third alone. With the whole of batch 28 (34
    # statements, no measurable one and 10 inputs; 20 questions, 11 backward and 2 forward; 39
    # details in 5 profiles, 2 business-only texts; 2 emails, both bad), measured once when it came
    # in: outcomes 88% (input precision 100%, recall 77%, measurable recall 2 of 2, precision 2 of
    # 5, other recall 93%, input kind right on 15 of 17); questions 96% (backward recall 90%,
    # precision 100%, forward recall 7 of 7); 36 of 47 details flagged, 32 under the right category,
    # 3 false flags (all in batch 28); emails: good beats bad in 97% of 63 pairs (94% under the
    # prompt), 2 of 2 rewrites above their original, batch 28's two bad emails below each of batch
    # 1's held-out good ones. With the whole of batch 27 (40 statements, 5 measurable and 17 inputs;
    # 26 questions, 8 backward and 7 forward; 25 details in 5 profiles, 2 business-only texts; 3
    # emails, 2 good and 1 bad, no rewrite), measured once when it came in: outcomes 87% (input
    # precision 100%, recall 83%, measurable recall 5 of 7, precision 5 of 7, other recall 94%,
    # input kind right on 21 of 24); questions 96% (backward recall 94%, precision 94%, forward
    # recall 12 of 12); 26 of 33 details flagged, 25 under the right category, 2 false flags (both
    # in batch 27); emails: good beats bad in 79% of 66 pairs (76% under the prompt), 2 of 2
    # rewrites above their original, batch 27's two good emails (a one-line follow-up and a last
    # try) both below its bad one, a buzzword pitch given in part. With the whole of batch 26 (37
    # statements, 10 measurable and 11 inputs; 12 questions, 1 backward and 2 forward; 60 details in
    # 5 profiles, 2 business-only texts; no email), measured once when it came in: outcomes 78%
    # (input precision 100%, recall 70%, measurable recall 4 of 12, other recall 100%, input kind
    # right on 14 of 16); questions 97% (backward recall 100%, precision 100%, forward recall 7 of
    # 7, precision 7 of 8); 48 of 68 details flagged, 46 under the right category, 1 false flag (in
    # batch 26); emails as batch 1's third alone. With the whole of batch 25 (39 statements, 10
    # measurable and 7 inputs; 23 questions, 10 backward and 2 forward; 28 details in 4 profiles, 2
    # business-only texts; no email), measured once when it came in: outcomes 88%, input precision
    # 100%, recall 79%, measurable recall 8 of 12, other recall 100%, input kind right on 13 of 15;
    # questions 96%, backward recall 90%, precision 100%, forward recall 7 of 7; 30 of 36 details,
    # 28 under the right category, no false flag; emails as batch 1's third alone. With the whole of
    # batch 24 (32 statements, 3 measurable and 3 inputs; 20 questions, 15 backward and 1 forward;
    # 15 details in 4 profiles, 2 business-only texts; no email), measured once when it came in:
    # outcomes 90%, input precision 86%, recall 80%, measurable recall 4 of 5, other recall 95%,
    # input kind right on 10 of 12; questions 93%, backward recall 88%, precision 100%, forward
    # recall 6 of 6; 15 of 23 details, 13 under the right category, 5 false flags (all in batch 24);
    # emails as batch 1's third alone. With the whole of batch 23 (36 statements, 1 measurable and 6
    # inputs; 23 questions, 6 backward and 1 forward; 27 details in 5 profiles, 2 business-only
    # texts; no email), measured once when it came in: outcomes 97%, input precision 100%, recall
    # 89%, measurable recall 3 of 3, other recall 100%, input kind right on 15 of 16; questions 94%,
    # backward recall 100%, precision 89%, forward recall 6 of 6; 30 of 35 details, 29 under the
    # right category, 1 false flag (in batch 23); emails as batch 1's third alone. With the whole of
    # batch 22 (34 statements, 5 measurable and 5 inputs; 18 questions, 3 forward and 1 backward; 26
    # details in 6 profiles, 3 business-only texts; 2 emails, 1 good and 1 bad, no rewrite),
    # measured once when it came in: outcomes 89%, input precision 100%, recall 76%, measurable
    # recall 4 of 7, other recall 100%, input kind right on 12 of 13; questions 89%, backward recall
    # 100%, precision 85%, forward recall 7 of 8; 22 of 34 details, 21 under the right category, 2
    # false flags (both in batch 22); emails 90% of 60 pairs, 85% under the prompt, and 2 of 2
    # rewrites. With the whole of batch 21 (37 statements, 12 measurable and 7 inputs; 29 questions,
    # 13 backward and none forward; 40 details in 5 profiles, 2 business-only texts; 5 emails, all
    # good), measured once when it came in: outcomes 88%, input precision 100%, recall 95%,
    # measurable recall 8 of 14, other recall 97%, input kind right on 17 of 18; questions 91%,
    # backward recall 96%, precision 92%, forward recall 5 of 5; 31 of 48 details, all under the
    # right category, 4 false flags (all in batch 21); emails 83% of 70 pairs, 77% under the prompt,
    # and 2 of 2 rewrites. With the whole of batch 20 (31 statements, 10 measurable and 9 inputs; 24
    # questions, 8 backward and 7 forward; 21 details in 4 profiles, 3 business-only texts; 3
    # emails, all bad), measured once when it came in: outcomes 82%, input precision 100%, recall
    # 76%, measurable recall 6 of 12, other recall 100%, input kind right on 13 of 16; questions
    # 94%, backward recall 89%, precision 100%, forward recall 11 of 12; 19 of 29 details, 18 under
    # the right category, no false flag; emails 94% of 72 pairs, 92% under the prompt, and 2 of 2
    # rewrites. With the whole of batch 19 (27 statements, 4 measurable and 5 inputs; 22 questions,
    # 4 forward; 21 details in 4 profiles, 2 business-only texts; 1 email, bad), measured once when
    # it came in: outcomes 91%, input precision 100%, recall 82%, measurable recall 4 of 6, other
    # recall 100%, input kind right on 13 of 14; questions 96%, backward recall 100%, precision
    # 100%, forward recall 8 of 9; 24 of 29 details, all under the right category, no false flag;
    # emails 93% of 54 pairs, 89% under the prompt, and 2 of 2 rewrites. With the whole of batch 18
    # (34 statements, 8 measurable and 11 inputs; 25 questions, 1 forward; 23 details in 5 profiles,
    # 3 business-only texts; 6 emails, 4 good and 2 bad, no rewrite), measured once when it came in:
    # outcomes 83%, input precision 100%, recall 78%, measurable recall 4 of 10, other recall 100%,
    # input kind right on 16 of 18; questions 96%, backward recall 95%, precision 100%, forward
    # recall 5 of 6; 25 of 31 details, 24 under the right category, 3 false flags; emails 84% of 91
    # pairs, 81% under the prompt, and 2 of 2 rewrites. With the whole of batch 17 (43 statements,
    # 11 measurable and 11 inputs; 34 questions, 9 forward; 27 details in 7 profiles, 3
    # business-only texts; 12 emails, 9 good and 3 bad, 2 rewrites), measured once when it came in:
    # outcomes 78%, input precision 90%, recall 83%, measurable recall 3 of 13, other recall 95%,
    # input kind right on 17 of 19; questions 100%; 26 of 35 details, 25 under the right category,
    # no false flag; emails 72% of 144 pairs, 72% under the prompt, and 3 of 4 rewrites. With the
    # whole of batch 16 (80 statements, 42 of them measurable, no input; 30 questions, 9 forward; 53
    # details in 7 profiles, 3 business-only texts; 13 emails, 9 good and 4 bad, no rewrite),
    # measured once when it came in: outcomes 71%, input precision 100%, recall 92%, measurable
    # recall 13 of 44, input kind right on 10 of 11; questions 98%, backward recall 100%, precision
    # 100%, forward recall 13 of 14; 39 of 61 details, 36 under the right category, one false flag;
    # emails 70% of 162 pairs, 64% under the prompt, and 2 of 2 rewrites. With the whole of batch
    # 15, measured once when it came in: outcomes 94%, input precision 97%, recall 88%, input kind
    # right on 26 of 28; questions 96%, backward recall 92%, precision 100%, forward recall 5 of 5;
    # 21 of 26 details, 20 under the right category, no false flag; emails 80% of 90 pairs, 73%
    # under the prompt (batch 15's good emails above batch 1's held-out bad ones in 31 of 45 pairs,
    # 27 under the prompt), and 2 of 2 rewrites. With the whole of batch 14, measured once when it
    # came in: outcomes 95%, input precision 100%, recall 87%, input kind right on 26 of 27;
    # questions 95%, backward recall 96%, precision 93%, forward recall 8 of 9; 52 of 76 details,
    # all under the right category, no false flag; emails 89% of 133 pairs, 86% under the prompt,
    # and 3 of 3 rewrites. With the whole of batch 13, measured once when it came in: outcomes 87%,
    # input precision 95%, recall 72%, measurable 5 of 6; questions 90%, backward recall 85%,
    # forward recall 5 of 6; 42 of 72 details, 40 under the right category, no false flag; emails
    # 80% of 207 pairs, 77% under the prompt, and 3 of 4 rewrites. With the whole of batch 12,
    # measured once when it came in: outcomes 92%, input precision 88%, recall 85%, measurable 6 of
    # 6; questions 95%, forward recall 88%; 40 of 56 details, 37 under the right category, one false
    # flag; emails 68% of 312 pairs, 67% under the prompt, and 6 of 9 rewrites. With the whole of
    # batch 11, measured once when it came in: outcomes 96%, input recall 90%, measurable recall 5
    # of 7; questions 95%, forward recall 7 of 8; 26 of 33 details, no false flag; emails 96% of
    # pairs, 94% under the prompt, and 2 of 2 rewrites. With the whole of batch 10, measured once
    # when it came in: outcomes 80%, input recall 70%, measurable recall 2 of 6; questions 95%,
    # backward precision 93%; 24 of 37 details, no false flag; emails 74% of pairs, 74% under the
    # prompt, and 2 of 2 rewrites. With the whole of batch 9, measured once when it came in:
    # outcomes 87%, input recall 68%; questions 88%, forward recall 75%; 28 of 34 details with 5
    # false flags; emails 83% of pairs, 76% under the prompt, and 2 of 2 rewrites. With the whole of
    # batch 8, measured once when it came in: outcomes 93%, questions 90%, 28 of 35 details with one
    # false flag, emails 65% of pairs and 2 of 6 rewrites.)
    "held-out": {
        "outcomes": {"accuracy": 0.88, "input_precision": 0.99, "input_recall": 0.79,
                     "measurable_recall": 0.99, "other_recall": 0.99, "kinds_right": 30},
        "questions": {"accuracy": 0.93, "backward_recall": 0.82, "forward_recall": 0.99,
                      "backward_precision": 0.99},
        "writing": {"share_right": 0.87, "prompt_share_right": 0.82, "rewrites_above": 2,
                    "batches": {1: {"share_right": 0.95, "prompt_share_right": 0.90,
                                    "rewrites_above": 2},
                                # Batch 39's three good emails against its three bad ones: 8 of
                                # its 9 pairs, with and without the prompt (see "held-out" above).
                                39: {"share_right": 0.88, "prompt_share_right": 0.88,
                                     "rewrites_above": 0}}},
        "research": {"flagged": 37, "right_category": 36, "false_flags_max": 3},
    },
}
# The held-out part of each batch, for outcomes, questions and research (the emails' batches have
# their floors under "writing" above). Batch 7 (outcomes 80%, input recall 55%, questions 83%, 9 of
# 15 details, no false flag when it was measured once), batch 8 (outcomes 93%, the first fresh batch
# at 90% or more; questions 81%, backward recall 76%; 20 of 27 details, one false flag; emails: good
# beat bad in 42% of its pairs, 0 of 4 rewrites above their original), batch 9 (outcomes 84%, input
# recall 2 of 7, measurable recall 9 of 10; questions 74%, forward recall 1 of 3; 20 of 26 details
# with 5 false flags; emails: good beat bad in 96% of its 51 pairs, 90% under the prompt), batch 10
# (outcomes 73%, input recall 8 of 15, measurable recall 0 of 4; questions 91%, forward recall 7 of
# 7; 16 of 29 details, no false flag; emails: good beat bad in 67% of its 24 pairs, 79% under the
# prompt), batch 11 (outcomes 96%, input recall 7 of 8, measurable recall 3 of 5; questions 90%,
# forward recall 2 of 3; 18 of 25 details, no false flag; its 7 emails, all bad, each scored below
# every good email of batch 1's third) and batch 12 (outcomes 90%, input recall 11 of 14, measurable
# recall 4 of 4; questions 92%, forward recall 9 of 11; 32 of 48 details with one false flag;
# emails: good beat bad in 63% of its 120 pairs, 62% under the prompt, 4 of 7 rewrites above their
# original) and batch 13 (outcomes 82%, input recall 10 of 17, measurable recall 3 of 4; questions
# 69% of 13, backward recall 7 of 10, the one forward question missed; 34 of 64 details, no false
# flag; emails: good beat bad in 79% of its 56 pairs, 75% under the prompt, 1 of 2 rewrites above
# its original) and batch 14 (outcomes 94%, input recall 16 of 19, no measurable statement in it;
# questions 91%, backward recall 15 of 16, forward recall 3 of 4; 44 of 68 details (travel 10 and
# school 9 missed), no false flag; emails: good beat bad in all 20 of its pairs, 95% under the
# prompt, its 1 rewrite above its original) and batch 15 (outcomes 93%, input recall 17 of 20, no
# measurable statement in it; questions 91%, backward recall 12 of 14, no forward question in it; 13
# of 18 details (travel 3, home 1 and school 1 missed), no false flag; its 9 emails all good, no
# pair of its own) and batch 16 (outcomes 61%, measurable recall 11 of 42: its measurable statements
# come from scorecards, KPI guides, OKRs and a 30-60-90-day plan rather than postings, and the
# checker read 31 of them as other; no input in it; questions 97%, backward recall 20 of 20, forward
# recall 8 of 9; 31 of 53 details, one false flag; emails: good beat bad in 61% of its 36 pairs, 50%
# under the prompt, no rewrite) and batch 17 (outcomes 65%, input recall 8 of 11, measurable recall
# 1 of 11: its measurable statements come from OKRs and a scorecard; questions 100% of 34 (13
# backward, 9 forward); 18 of 27 details, no false flag; emails: good beat bad in 63% of its 27
# pairs, 74% under the prompt, 1 of its 2 rewrites above its original) and batch 18 (outcomes 71%,
# input recall 7 of 11, measurable recall 2 of 8, all 8 from one three-week plan; questions 92% of
# 25, backward recall 10 of 11, its one forward question missed; 17 of 23 details with 3 false
# flags; emails: good beat bad in all 8 of its pairs, also under the prompt, no rewrite) and batch
# 19 (outcomes 85%, input recall 3 of 5, measurable recall 2 of 4; questions 91% of 22, backward
# recall 7 of 7, forward recall 3 of 4; 16 of 21 details, no false flag; its one email, bad, scored
# below each of batch 1's held-out good emails, 9 of 9 pairs, also under the prompt) and batch 20
# (outcomes 68%, input recall 5 of 9, measurable recall 4 of 10; questions 88% of 24, backward
# recall 6 of 8, forward recall 6 of 7; 11 of 21 details, no false flag; its three emails, all bad,
# scored below each of batch 1's held-out good emails, 27 of 27 pairs, also under the prompt), batch
# 21 (outcomes 81%, input recall 7 of 7, measurable recall 6 of 12, precision 6 of 7; questions 83%
# of 29, backward recall 12 of 13, none forward in it, two read as forward; 23 of 40 details with 4
# false flags; its five emails, all good, scored above batch 1's held-out bad emails in 17 of 25
# pairs, 15 under the prompt) and batch 22 (outcomes 82%, input recall 2 of 5, measurable recall 2
# of 5; questions 72% of 18, backward recall 1 of 1, precision 1 of 3, forward recall 2 of 3; 14 of
# 26 details with 2 false flags, a company's hundredth birthday party in a profile; its good email
# (84.8) above its bad one (78.8) and above 3 of batch 1's 5 held-out bad ones (two score 90.9), its
# bad one below all 9 of batch 1's held-out good ones, 13 of 15 pairs, 12 under the prompt) and
# batch 23 (outcomes 97%, input recall 5 of 6, its one measurable line found; questions 87% of 23,
# backward recall 6 of 6, precision 6 of 8, its one forward question found and one more read as
# forward; 22 of 27 details with 1 false flag, 'a father' in a business text about who buys
# insurance; no email) and batch 24 (outcomes 84%, input recall 1 of 3, measurable recall 2 of 3;
# questions 85% of 20, backward recall 12 of 15, its one forward question found and one more read as
# forward; 7 of 15 details with 5 false flags, a memo's form asking for a member's spouse, children
# and birthday, and children and God in two profiles' phrases marked not personal; no email) and
# batch 25 (outcomes 82%, input recall 4 of 7, measurable recall 6 of 10; questions 91% of 23,
# backward recall 8 of 10, its 2 forward questions found; 22 of 28 details, 20 under the right
# category, no false flag; no email) and batch 26 (outcomes 62%, input recall 5 of 11, measurable
# recall 2 of 10; questions 92% of 12, its backward question and 2 forward ones found, one more read
# as forward; 40 of 60 details, 38 under the right category, 1 false flag, 'Dad' in a child's
# account of their father's career, a phrase marked not personal; no email) and batch 27 (outcomes
# 80%, input recall 13 of 17, measurable recall 3 of 5, two lines read as measurable that are
# neither; questions 92% of 26, backward recall 7 of 8, its 7 forward questions found; 18 of 25
# details, 17 under the right category, 2 false flags, 'our family' twice in a business text about
# its suppliers, a phrase marked not personal; its two good emails, a one-line follow-up (24.2) and
# a last try (69.7), both scored below its bad one (84.8)) and batch 28 (outcomes 79%, input recall
# 6 of 10, no measurable statement in it and 3 read as measurable; questions 90% of 20, backward
# recall 9 of 11, its 2 forward questions found; 28 of 39 details, 24 under the right category, 3
# false flags, a deacon's and a pastor's church roles and 'God' in their work, marked not personal;
# its two bad emails below each of batch 1's held-out good ones) and batch 29 (outcomes 85%, input
# recall 5 of 7, measurable recall 6 of 10, none read as measurable that is not; questions 55% of
# 11, backward recall 3 of 6, its one forward question, a role play, missed, one read as backward;
# 15 of 27 details, all under the right category, 1 false flag, 'Our house' of a house full of stock
# to sell, marked not personal; no email) and batch 30 (outcomes 74% of 43, input recall 2 of 4,
# precision 2 of 4, measurable recall 3 of 9, most of its measurable lines goals told as examples in
# articles; questions 77% of 13, backward recall 4 of 5, forward recall 1 of 2; 26 of 38 details, 19
# under the right category, 1 false flag, 'High School' of a school that called car dealers, marked
# not personal; its good email above its two bad ones and above 1 of batch 1's 5 held-out bad ones)
# and batch 31 (outcomes 88% of 43, input recall 3 of 6, measurable recall 4 of 5, one line with a
# daily figure read as measurable; questions 100% of 13, none forward; 31 of 45 details, 30 under
# the right category, 4 false flags, a passing customer's 'wife or girlfriend' in a profile and
# 'children' twice in a business text's travel rules, marked not personal; no email) and batch 32
# (outcomes 82% of 38, input recall 1 of 3, measurable recall 2 of 7, a pay plan's monthly and
# quarterly lines and two rules to keep a position missed; questions 84% of 19, backward recall 11
# of 13, its one forward question found, one more read as forward; 27 of 49 details, 25 under the
# right category, 3 false flags, a salesman's trips and the Catholic schools and Church goods he
# sold to, marked not personal; no email) and batch 33 (outcomes 81% of 37, input recall 2 of 2,
# precision 2 of 3, measurable recall 5 of 9, goals given as examples in radio sales articles
# missed, a monthly income goal and a month's billing read as measurable; questions 87% of 15, its 2
# backward questions, half about the present, missed, its one forward question found; 20 of 29
# details, 19 under the right category, 1 false flag, 'kid' among the customers' children a salesman
# wrote down, marked not personal; no email) and batch 34 (outcomes 80% of 45, input recall 8 of 10,
# precision 8 of 9, measurable recall 3 of 6, a growth a manager expects or wishes for missed, a
# past year's result, a shortfall against goal, advice on setting goals and a twice-yearly duty read
# as measurable; questions 69% of 13, backward recall 6 of 10, three fragment follow-ups such as
# 'When it got too hard?' and a request to tell an accomplishment missed, none forward; 21 of 36
# details, 20 under the right category, 2 false flags, 'during college' in a newspaper group's
# recruiting post and 'churches' in a shelving maker's dealer page, marked not personal; no email)
# and batch 35 (outcomes 95% of 42, input recall 6 of 8, precision 6 of 6, technical licences and a
# security clearance listed as requirements missed, measurable recall 2 of 2; questions 100% of 16,
# backward 5 of 5, forward 2 of 2; 22 of 32 details, all under the right category, 3 false flags, a
# prospect's family in a salesman's pitch and a book's 'husband' quoted in a retirement post, marked
# not personal; no email) and batch 36 (outcomes 91% of 45, input recall 13 of 16, precision 13 of
# 14, good health, a clean driving record and a clean record asked of the candidate missed, a
# knowledge of the laws of car sales read as an input, measurable recall 1 of 1; questions 88% of
# 17, backward 3 of 3, forward recall 3 of 4, a role play asked as 'How do you sell orange juice to
# a blind person?' missed, a question the candidate asks the manager about its reps' coaching read
# as backward; 23 of 28 details, 21 under the right category, 1 false flag, 'high school' in a
# career site's text on external sales, marked not personal; its two good emails above its five bad
# ones in 5 of 10 pairs, the podcast invitation (72.7) above four of them and the freelance query
# letter cut off at its ask (42.4) above one) and batch 37 (outcomes 79% of 43, input recall 3 of 9,
# precision 3 of 4, a sample help-wanted ad's list of what the candidate must be, given as fragments
# ('be captivated by their work', 'be patient and persevering'), and being able to identify decision
# makers missed, measurable recall 4 of 5, precision 4 of 5, four quotes required each month missed
# and an appointment setter's expected closes read as measurable; questions 100% of 28, backward 8
# of 8, forward 4 of 4; 31 of 40 details, 30 under the right category, 2 false flags, 'faith' in
# people putting their faith in leaders and money and a quoted car dealer's 'wife' of a customer,
# marked not personal; its two good emails, cut short before their ask, above its six bad ones in 2
# of 12 pairs, none under the prompt) and batch 38 (outcomes 93% of 44, input recall 21 of 22,
# precision 21 of 22, speaking English fluently missed and understanding a client's business read as
# an input, no measurable line in it and one read as measurable, a firm's count of contracts signed
# a year; questions 69% of 13, backward 3 of 7, a quota question asked with 'were you consistently
# able to' and its follow-ups missed, none forward; 26 of 37 details, 23 under the right category, 1
# false flag, 'our parents' in a phrase marked not personal; its one good email, a freelance
# writer's letter of introduction to editors, below all nine of its bad ones) are tuning data now.
BATCH_FLOORS = {
    # Batch 1's held-out third: outcomes 93% (90% before the round that followed batch 3),
    # questions 100%, 8 of 8 details, no false flag.
    "held-out batch 1": {"outcomes": 0.92, "questions": 0.99, "flagged": 7, "false_flags_max": 0},
    # Batch 39, measured once when it came in: outcomes 83% of 41 (input recall 21 of 28,
    # precision 21 of 21: traits said as "You're committed to ..." and "You're familiar with ...",
    # "An ability to understand our API", "English is a must" and "extroverted personality, who
    # ..." missed; no measurable line in it, none read as measurable); questions 67% of 6
    # (backward 0 of 2: the most significant of the candidate's accomplishments and what the last
    # three bosses would say missed; forward 1 of 1); 30 of 40 details, 29 under the right
    # category, 3 false flags ('go to college', 'married' and 'kids' in a phrase marked not
    # personal, the usual life script the writer set aside); emails: good above bad in 8 of its 9
    # pairs (see "held-out" above).
    "held-out batch 39": {"outcomes": 0.82, "questions": 0.66, "flagged": 29,
                          "false_flags_max": 3},
}


def test_outcome_checker_does_not_fall(part):
    name, figures = part
    o, floor = figures["outcomes"], FLOORS[name]["outcomes"]
    assert o["accuracy"] >= floor["accuracy"]
    assert (o["input"]["precision"] or 0) >= floor["input_precision"]
    assert o["input"]["recall"] >= floor["input_recall"]
    assert o["measurable"]["recall"] >= floor["measurable_recall"]
    assert o["other"]["recall"] >= floor["other_recall"]
    assert o["input_kind_right"][0] >= floor["kinds_right"]


def test_question_checker_does_not_fall(part):
    name, figures = part
    q, floor = figures["questions"], FLOORS[name]["questions"]
    assert q["accuracy"] >= floor["accuracy"]
    assert q["backward"]["recall"] >= floor["backward_recall"]
    assert q["forward"]["recall"] >= floor["forward_recall"]
    assert (q["backward"]["precision"] or 0) >= floor["backward_precision"]


def test_writing_score_does_not_fall(part):
    # A coin would put good above bad in 50% of pairs.
    name, figures = part
    floor = FLOORS[name]["writing"]
    assert figures["writing"]["share_right"] >= floor["share_right"]
    assert figures["writing_prompt"]["share_right"] >= floor["prompt_share_right"]
    assert figures["writing"]["rewrites_above"] >= floor["rewrites_above"]
    assert figures["writing_prompt"]["rewrites_above"] >= floor["rewrites_above"]
    for batch, batch_floor in floor.get("batches", {}).items():
        plain = figures["writing"]["batches"][batch]
        prompted = figures["writing_prompt"]["batches"][batch]
        assert plain["share_right"] >= batch_floor["share_right"], batch
        assert prompted["share_right"] >= batch_floor["prompt_share_right"], batch
        assert plain["rewrites_above"] >= batch_floor["rewrites_above"], batch


def test_research_check_does_not_fall(part):
    name, figures = part
    r, floor = figures["research"], FLOORS[name]["research"]
    assert r["flagged"] >= floor["flagged"]
    assert r["right_category"] >= floor["right_category"]
    # Personal flags on business-only text or on the look-alike phrases: none (issue 14 asks for
    # none).
    assert len(r["false_flags"]) <= floor["false_flags_max"]


@pytest.mark.parametrize("name", sorted(BATCH_FLOORS))
def test_each_held_out_batch_does_not_fall(name, figures):
    found, floor = figures[name], BATCH_FLOORS[name]
    assert found["outcomes"]["accuracy"] >= floor["outcomes"]
    assert found["questions"]["accuracy"] >= floor["questions"]
    assert found["research"]["flagged"] >= floor["flagged"]
    assert len(found["research"]["false_flags"]) <= floor["false_flags_max"]
