"""Time the writing analysis on 300, 1,000 and 3,000-word emails: cold first call, then warm median.

Run: .venv/bin/python bench/bench_writing.py
Every run analyses a different text, because textstat caches results per exact text.
"""

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RUNS = 25
SIZES = (300, 1_000, 3_000)

SENTENCES = [
    "Your receiving team at Rotterdam can cut dock-to-stock time by a third before the peak.",
    "We helped Harbor Foods move from nine hours to three within ten weeks of opening.",
    "The implementation was completed by our specialists without interrupting operations.",
    "I think we could basically help your operations team in order to reduce delays.",
    "Could we walk the floor with your shift leads on Tuesday at ten?",
    "Late orders cost your customers money, and they remember who delivered on time.",
    "As I said, our platform is a best-in-class solution for warehouse management.",
    "Each additional week of delay adds overtime, expediting fees and unhappy buyers.",
    "Our consultants recieve training on every major warehouse management system.",
    "You would see the first results within thirty days of the kick-off meeting.",
]


def make_email(words: int, seed: int) -> str:
    """A realistic email of about `words` words, different for every seed."""
    rng = random.Random(seed)
    paragraphs, current, count = [], [], 0
    while count < words:
        sentence = rng.choice(SENTENCES).replace("ten", rng.choice(["ten", "nine", "eleven"]))
        current.append(sentence)
        count += len(sentence.split())
        if len(current) == 4:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    body = "\n\n".join(paragraphs)
    subject = f"Subject: Dock-to-stock time at Rotterdam ({seed})"
    return f"{subject}\n\nDear Ms Okafor,\n\n{body}\n\nBest,\nSam"


def main() -> None:
    """Print cold and warm timings."""
    t0 = time.perf_counter()
    from hiring.analysis.writing import analyse

    t1 = time.perf_counter()
    kwargs = {"word_range": (150, 300), "is_email": True, "allowed_words": ["Maria Okafor"]}
    analyse(make_email(300, -1), **kwargs)
    t2 = time.perf_counter()
    print(f"cold: import {1000 * (t1 - t0):.0f} ms, first analysis {1000 * (t2 - t1):.0f} ms")
    medians = {}
    for size in SIZES:
        texts = [make_email(size, seed) for seed in range(size, size + RUNS)]
        times = []
        for text in texts:
            start = time.perf_counter()
            analyse(text, **kwargs)
            times.append(time.perf_counter() - start)
        medians[size] = statistics.median(times) * 1000
        print(
            f"{size:>5} words: median {medians[size]:.2f} ms over {RUNS} runs "
            f"(min {min(times) * 1000:.2f}, max {max(times) * 1000:.2f}); "
            f"{medians[size] / size * 1000:.2f} ms per 1,000 words"
        )
    verdict = "OK" if medians[300] < 10 else "OVER TARGET"
    print(f"target < 10 ms for 300 words: {verdict}")


if __name__ == "__main__":
    main()
