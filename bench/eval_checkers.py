"""Run the four checkers over the corpus of real published text and print how often they agree
with the labels: accuracy, per-class precision and recall, and for the writing score how often
an email its publisher calls good scores above one its publisher calls bad.

Run: make eval   (or .venv/bin/python bench/eval_checkers.py)

The corpus is tests/data/real/*.toml; its labels were set by hand before any checker ran on it.
A case is held out when it carries `held_out = true`: about a third of the first batch (chosen
by a hash of the id, see `held_out_ids` in tests/analysis/test_real_corpus.py). The second to
thirty-eighth batches (`batch = 2` to `38`) were each held out whole for one round, measured
once, and are tuning data since; the thirty-ninth (`batch = 39`), collected from publishers not
used before after the checkers had been tuned on batches 1 to 38, is held out whole. Changes to
the checkers are decided on the other cases' disagreements only, so every figure is printed for
the "tuning" part, the "held-out" part and "all", and per held-out batch, and only the tuning
part's disagreements are listed.
tests/analysis/test_real_corpus.py keeps the figures printed here from falling.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hiring.analysis import outcomes, questions, research, writing  # noqa: E402
from hiring.assessments.prompt_files import load_prompts  # noqa: E402
from hiring.rubrics import get_rubric, suggest_levels  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "real"
# A prompt whose word range the writing score is also measured under: a cold first email.
EMAIL_PROMPT = "ops-exec-first-email"
# The outcome checker's input codes and the corpus's input kinds.
INPUT_KINDS = {
    "input_years_experience": "years",
    "input_industry_experience": "industry",
    "input_experience": "experience",
    "input_track_record": "track_record",
    "input_book_of_business": "network",
    "input_following": "network",
    "input_degree": "degree",
    "input_personality": "trait",
}
# The corpus marks a spouse or partner as "partner"; the check files them under family.
SAME_CATEGORY = {"partner": {"partner", "family", "dating"}}


PARTS = ("tuning", "held-out", "all")
# The held-out part of the outcome, question and research corpora per batch: batch 1's
# hash-chosen third (batches 2 to 38 are tuning data, each after one round held out; a batch held
# out whole is added here by its number). The emails' batches are reported under the writing
# figures.
BATCHES = {"held-out batch 1": 1, "held-out batch 39": 39}


def load(name: str, part: str = "all") -> list[dict]:
    """The cases of tests/data/real/<name>.toml in one part of the corpus."""
    with open(CORPUS / f"{name}.toml", "rb") as f:
        found = tomllib.load(f)["cases"]
    if part == "all":
        return found
    if part in BATCHES:
        return [c for c in found
                if c.get("held_out", False) and c.get("batch", 1) == BATCHES[part]]
    return [c for c in found if c.get("held_out", False) == (part == "held-out")]


def classes(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> dict:
    """Accuracy and per-class precision and recall of (label, predicted) pairs."""
    right = sum(a == p for a, p in pairs)
    result = {"n": len(pairs), "accuracy": right / len(pairs) if pairs else 0.0}
    for label in labels:
        predicted = sum(p == label for _, p in pairs)
        actual = sum(a == label for a, _ in pairs)
        hits = sum(a == p == label for a, p in pairs)
        result[label] = {
            "n": actual,
            "predicted": predicted,
            "precision": hits / predicted if predicted else None,
            "recall": hits / actual if actual else None,
        }
    return result


# --------------------------------------------------------------------------- outcomes


def outcome_class(check: outcomes.OutcomeCheck) -> str:
    if check.inputs:
        return "input"
    return "measurable" if check.measurable else "other"


def measure_outcomes(part: str = "all") -> dict:
    cases = load("outcomes", part)
    pairs, kinds_right, kinds_total, misses = [], 0, 0, []
    for case in cases:
        check = outcomes.check(case["text"])
        predicted = outcome_class(check)
        pairs.append((case["label"], predicted))
        if case["label"] == "input" and predicted == "input":
            kinds_total += 1
            found = {INPUT_KINDS.get(p.code) for p in check.inputs}
            kinds_right += case.get("input_kind") in found
        if predicted != case["label"]:
            misses.append((case["id"], case["label"], predicted, case["text"]))
    result = classes(pairs, ("input", "measurable", "other"))
    result["input_kind_right"] = (kinds_right, kinds_total)
    result["misses"] = misses
    return result


# -------------------------------------------------------------------------- questions


def measure_questions(part: str = "all") -> dict:
    cases = load("questions", part)
    pairs, misses = [], []
    for case in cases:
        lint = questions.lint(case["text"])
        predicted = "other" if lint.orientation == "neutral" else lint.orientation
        pairs.append((case["label"], predicted))
        if predicted != case["label"]:
            misses.append((case["id"], case["label"], predicted, case["text"]))
    result = classes(pairs, ("backward", "forward", "other"))
    result["misses"] = misses
    return result


# ---------------------------------------------------------------------------- writing


def writing_score(text: str, word_range: tuple[int, int] | None) -> tuple[float, bool]:
    """The suggested business-writing score, as `flask writing score` computes it (criteria
    without an automated suggestion count at their lowest level), and whether the text has
    a template placeholder such as {{First_Name}}."""
    rubric = get_rubric("business-writing")
    analysis = writing.analyse(text, word_range=word_range, is_email=True).to_dict()
    suggested = suggest_levels(rubric, analysis["measures"], analysis["findings"])
    full = {c.key: suggested[c.key].points if c.key in suggested else c.min_points
            for c in rubric.criteria}
    measures = analysis["measures"]
    return rubric.score(full), (measures.get("placeholder_count", 0)
                                + measures.get("template_field_count", 0)) > 0


def measure_writing(word_range: tuple[int, int] | None, part: str = "all") -> dict:
    """Good/bad pairs ranked right in one part of the corpus, and per batch of emails in the
    tuning part (the first batch's tuning two thirds and the second to thirty-eighth batches) and
    the held-out part (the first batch's held-out third, and any later batch held out whole)."""
    cases = load("emails", part)
    result = _writing_figures(cases, word_range)
    if part != "all":
        result["batches"] = {
            batch: _writing_figures([c for c in cases if c.get("batch", 1) == batch], word_range)
            for batch in sorted({c.get("batch", 1) for c in cases})
        }
    return result


def _writing_figures(cases: list[dict], word_range: tuple[int, int] | None) -> dict:
    scored = {c["id"]: writing_score(c["text"].strip(), word_range) for c in cases}
    scores = {i: score for i, (score, _) in scored.items()}
    plain = {i for i, (_, placeholder) in scored.items() if not placeholder}
    good = [c["id"] for c in cases if c["label"] == "good"]
    bad = [c["id"] for c in cases if c["label"] == "bad"]
    above = sum(scores[g] > scores[b] for g in good for b in bad)
    ties = sum(scores[g] == scores[b] for g in good for b in bad)
    rewrites = [(c["id"], c["rewrite_of"]) for c in cases if "rewrite_of" in c]
    # Many published models are templates with {{First_Name}}: the same share without them.
    plain_pairs = [(g, b) for g in good for b in bad if g in plain and b in plain]
    ranked = sorted(scores, key=scores.get)
    mean = {label: sum(scores[i] for i in ids) / len(ids) for label, ids in
            (("good", good), ("bad", bad)) if ids}
    return {
        "pairs": len(good) * len(bad),
        "pairs_right": above,
        "pairs_tied": ties,
        "share_right": above / (len(good) * len(bad)) if good and bad else 0.0,
        "plain_pairs": len(plain_pairs),
        "plain_pairs_right": sum(scores[g] > scores[b] for g, b in plain_pairs),
        "rewrites": len(rewrites),
        "rewrites_above": sum(scores[after] > scores[before] for after, before in rewrites),
        "rewrite_scores": [(after, scores[before], scores[after]) for after, before in rewrites],
        "mean": mean,
        "lowest_good": [(scores[i], i) for i in ranked if i in good][:3],
        "highest_bad": [(scores[i], i) for i in reversed(ranked) if i in bad][:3],
    }


# --------------------------------------------------------------------------- research


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure_research(part: str = "all") -> dict:
    cases = load("research", part)
    details = flagged = right_category = 0
    false_flags, unmarked, unlisted, unlisted_words = [], [], Counter(), []
    missed, missed_spans = Counter(), []
    for case in cases:
        text = case["text"].strip()
        result = research.check(text, research.FactSheet.from_dict(case["fact_sheet"]))
        personal = [f for f in result.findings if f.code.startswith("personal_")]
        for f in result.findings:
            if f.code.startswith("unlisted_"):
                unlisted[f.code] += 1
                unlisted_words.append((case["id"], f.code, text[f.start:f.end]))
        marked = []
        for detail in case.get("personal", []):
            start = text.index(detail["span"])
            span = (start, start + len(detail["span"]))
            marked.append(span)
            hits = [f for f in personal if _overlaps(span, (f.start, f.end))]
            details += 1
            flagged += bool(hits)
            category = detail["category"]
            if any(f.category in SAME_CATEGORY.get(category, {category}) for f in hits):
                right_category += 1
            if not hits:
                missed[category] += 1
                missed_spans.append((case["id"], category, detail["span"]))
        traps = [(text.index(s), text.index(s) + len(s)) for s in case.get("not_personal", [])]
        for f in personal:
            where = (f.start, f.end)
            if case["kind"] == "business" or any(_overlaps(where, t) for t in traps):
                false_flags.append((case["id"], text[f.start:f.end]))
            elif not any(_overlaps(where, m) for m in marked):
                unmarked.append((case["id"], text[f.start:f.end]))
    return {
        "details": details,
        "flagged": flagged,
        "right_category": right_category,
        "missed_by_category": dict(missed),
        "missed": missed_spans,
        "false_flags": false_flags,
        "business_texts": sum(c["kind"] == "business" for c in cases),
        "unmarked_flags": unmarked,
        "unlisted_names": dict(unlisted),
        "unlisted_words": unlisted_words,
    }


# ----------------------------------------------------------------------------- report


def measure_part(part: str) -> dict:
    """Every figure of one part of the corpus."""
    word_range = load_prompts()[EMAIL_PROMPT].word_range
    return {
        "outcomes": measure_outcomes(part),
        "questions": measure_questions(part),
        "writing": measure_writing(None, part),
        "writing_prompt": measure_writing(word_range, part),
        "research": measure_research(part),
    }


def measure() -> dict:
    """Every figure, per part of the corpus ("tuning", "held-out", "all", and the held-out part
    of each batch for outcomes, questions and research), for the report and for the test that
    keeps them from falling."""
    figures = {part: measure_part(part) for part in PARTS}
    for part in BATCHES:
        figures[part] = {"outcomes": measure_outcomes(part), "questions": measure_questions(part),
                         "research": measure_research(part)}
    return figures


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{value * 100:3.0f}%"


def _classes(title: str, result: dict, labels: tuple[str, ...]) -> list[str]:
    lines = [f"{title}: {result['n']} cases, accuracy {_pct(result['accuracy'])}"]
    for label in labels:
        c = result[label]
        lines.append(f"  {label:<11} n={c['n']:<3} predicted={c['predicted']:<3} "
                     f"precision {_pct(c['precision'])}  recall {_pct(c['recall'])}")
    return lines


def _writing(title: str, w: dict) -> list[str]:
    lines = [
        title,
        f"  good beats bad in {w['pairs_right']} of {w['pairs']} good x bad pairs "
        f"({_pct(w['share_right'])}; {w['pairs_tied']} tied)",
        f"  among emails without template placeholders: {w['plain_pairs_right']} of "
        f"{w['plain_pairs']} pairs",
        f"  published rewrites scoring above their original: {w['rewrites_above']} "
        f"of {w['rewrites']}",
        "  mean score: " + ", ".join(f"{k} {v:.1f}" for k, v in w["mean"].items()),
    ]
    lines.append("  lowest good: " + ", ".join(f"{i} {v:.1f}" for v, i in w["lowest_good"]))
    lines.append("  highest bad: " + ", ".join(f"{i} {v:.1f}" for v, i in w["highest_bad"]))
    for after, before_score, after_score in w["rewrite_scores"]:
        lines.append(f"    {after:<26} original {before_score:5.1f} -> rewrite {after_score:5.1f}")
    for batch, b in w.get("batches", {}).items():
        lines.append(f"  batch {batch}: good beats bad in {b['pairs_right']} of {b['pairs']} pairs "
                     f"({_pct(b['share_right'])}; {b['pairs_tied']} tied), rewrites above their "
                     f"original {b['rewrites_above']} of {b['rewrites']}")
    return lines


def report_part(part: str, figures: dict, disagreements: bool) -> str:
    o, q, r = figures["outcomes"], figures["questions"], figures["research"]
    lines = [f"Checkers on real published text (tests/data/real), part: {part}", ""]
    lines += _classes("Outcome checker", o, ("input", "measurable", "other"))
    right, total = o["input_kind_right"]
    lines.append(f"  input kind named right on {right} of {total} inputs found")
    lines.append("")
    lines += _classes("Question checker", q, ("backward", "forward", "other"))
    lines.append("")
    lines += _writing("Writing score, no prompt (is_email)", figures["writing"])
    lines.append("")
    lines += _writing(f"Writing score, under the {EMAIL_PROMPT} prompt's word range",
                      figures["writing_prompt"])
    lines.append("")
    lines.append("Research check")
    lines.append(f"  personal details flagged: {r['flagged']} of {r['details']} "
                 f"(under the right category: {r['right_category']})")
    lines.append(f"  false flags (business-only texts and look-alike phrases): "
                 f"{len(r['false_flags'])} ({r['business_texts']} business-only texts)")
    lines.append("  missed details by category: " + (", ".join(
        f"{k} {v}" for k, v in sorted(r["missed_by_category"].items())) or "none"))
    lines.append(f"  flags on words not marked as personal (in profiles): "
                 f"{len(r['unmarked_flags'])}")
    lines.append("  names called not on the fact sheet: " + (", ".join(
        f"{k} {v}" for k, v in sorted(r["unlisted_names"].items())) or "none"))
    if not disagreements:
        return "\n".join(lines)
    lines += ["", f"Disagreements in the {part} part (label -> checker)"]
    for name, result in (("outcomes", o), ("questions", q)):
        for case_id, label, predicted, text in result["misses"]:
            lines.append(f"  {name}/{case_id}: {label} -> {predicted}: {text[:70]}")
    for case_id, category, words in r["missed"]:
        lines.append(f"  research/{case_id}: {category} not flagged: '{words}'")
    for case_id, words in r["false_flags"]:
        lines.append(f"  research/{case_id}: false flag on '{words}'")
    for case_id, code, words in r["unlisted_words"]:
        lines.append(f"  research/{case_id}: {code}: '{words}'")
    return "\n".join(lines)


def report_batch(part: str, figures: dict) -> str:
    """The outcome, question and research figures of one batch's held-out cases."""
    o, q, r = figures["outcomes"], figures["questions"], figures["research"]
    lines = [f"Checkers on real published text (tests/data/real), part: {part}", ""]
    lines += _classes("Outcome checker", o, ("input", "measurable", "other"))
    lines += _classes("Question checker", q, ("backward", "forward", "other"))
    lines.append(f"Research check: personal details flagged {r['flagged']} of {r['details']} "
                 f"(right category {r['right_category']}); false flags {len(r['false_flags'])}; "
                 "names called not on the fact sheet: " + (", ".join(
                     f"{k} {v}" for k, v in sorted(r["unlisted_names"].items())) or "none"))
    return "\n".join(lines)


def report(figures: dict) -> str:
    """Every part's figures; the disagreements of the tuning part only, so that nobody tunes
    the checkers to the held-out cases."""
    parts = [report_part(part, figures[part], part == "tuning") for part in PARTS]
    parts += [report_batch(part, figures[part]) for part in BATCHES]
    return "\n\n".join(parts)


if __name__ == "__main__":
    print(report(measure()))
