"""Time the analyses at the portal's size limits: the largest accepted essay, outcome
statement and interview question, and the largest research answer against the largest
accepted fact sheet; each as realistic text and as long runs of one character.

Run: .venv/bin/python bench/bench_limits.py [--runs N]
Prints the median, min and max of N runs (default 5) per case, in milliseconds.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ESSAY = (
    "Your receiving team at Rotterdam can cut dock-to-stock time by a third before the peak. "
    "We helped Harbor Foods move from nine hours to three within ten weeks of opening. "
    "Could we walk the floor with your shift leads on Tuesday at ten?\n\n"
)
OUTCOME = "Sign 3 new distributors in Ohio and book $400,000 in billings by the end of month 9. "
QUESTION = "Tell me what you would do in your first 90 days to open the Ohio territory? "


def median_ms(check, text: str, runs: int) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check(text)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    from hiring.analysis import outcomes, questions, research, writing
    from hiring.assessments.services import MAX_TEXT
    from hiring.interviews.services import MAX_QUESTION_CHARS
    from hiring.positions.services import MAX_OUTCOME_CHARS
    from hiring.research.services import MAX_FACT_SHEET_BYTES, MAX_FACTS, MAX_NAMES
    from tests.analysis.pathological import largest_fact_sheet, run_of

    sheet = largest_fact_sheet()
    mentions = " ".join(f"{e.name} is our {e.title}. {s} serves {c}. {f.text}"
                        for e, s, c, f in zip(sheet.executives, sheet.services,
                                              sheet.customers, sheet.facts, strict=False))

    def essay(text):
        return writing.analyse(text, word_range=(150, 300), is_email=True)

    def answer(text):
        return research.check(text, sheet, about_text=ESSAY * 20)

    cases = [
        (f"essay, {MAX_TEXT:,} chars of a real letter", essay, run_of(ESSAY, MAX_TEXT)),
        (f"essay, {MAX_TEXT:,} digits", essay, run_of("1", MAX_TEXT)),
        (f"essay, {MAX_TEXT:,} chars of 'A. '", essay, run_of("A. ", MAX_TEXT)),
        (f"outcome, {MAX_OUTCOME_CHARS:,} chars of real statements", outcomes.check,
         run_of(OUTCOME, MAX_OUTCOME_CHARS)),
        (f"outcome, {MAX_OUTCOME_CHARS:,} digits", outcomes.check,
         run_of("1", MAX_OUTCOME_CHARS)),
        (f"outcome, {MAX_OUTCOME_CHARS:,} chars of '1 '", outcomes.check,
         run_of("1 ", MAX_OUTCOME_CHARS)),
        (f"question, {MAX_QUESTION_CHARS:,} chars", questions.lint,
         run_of(QUESTION, MAX_QUESTION_CHARS)),
        (f"research answer, {MAX_TEXT:,} chars naming the sheet", answer,
         run_of(mentions + "\n\n", MAX_TEXT)),
        (f"research answer, {MAX_TEXT:,} spaces", answer, run_of(" ", MAX_TEXT)),
    ]
    essay("Warm the caches. 1")
    outcomes.check(OUTCOME)
    questions.lint(QUESTION)
    answer("Warm the caches.")
    print(f"largest fact sheet: {len(sheet.to_toml().encode()):,} bytes "
          f"(cap {MAX_FACT_SHEET_BYTES:,}), {len(sheet.facts)} facts (cap {MAX_FACTS}), "
          f"{len(sheet.executives)} executives, services and customers each (cap {MAX_NAMES})")
    for label, check, text in cases:
        med, low, high = median_ms(check, text, runs)
        print(f"{label:<48} median {med:9.1f} ms (min {low:.1f}, max {high:.1f}) over {runs}")


if __name__ == "__main__":
    main()
