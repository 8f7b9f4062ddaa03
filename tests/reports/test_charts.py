import re

import pytest

from hiring.reports import charts


def test_scores_fall_into_bands_with_the_top_band_closed():
    bins = charts.score_bins([1, 1.9, 2, 4.99, 5, 0.5, 7], low=1, high=5, step=1, threshold=3)
    assert [(b.label, b.count, b.passing) for b in bins] == [
        ("1–2", 3, False),  # 1, 1.9 and 0.5 (below range counts in the lowest band)
        ("2–3", 1, False),
        ("3–4", 0, True),
        ("4–5", 3, True),  # 4.99, 5 and 7
    ]


def test_no_threshold_means_no_band_passes():
    bins = charts.score_bins([2], low=0, high=4, step=2, threshold=None)
    assert [b.passing for b in bins] == [False, False]
    with pytest.raises(ValueError):
        charts.score_bins([], low=1, high=1, step=1, threshold=None)


def test_histogram_is_a_script_free_svg_with_labels_and_a_hatched_pass_series():
    bins = charts.score_bins([1, 2, 3, 3, 4], low=1, high=5, step=1, threshold=3)
    svg = charts.score_histogram_svg("Writing scores", bins, "Pass threshold: 3")
    assert svg.startswith("<?xml")
    assert "<script" not in svg
    assert 'role="img"' in svg and 'aria-label="Writing scores. Pass threshold: 3."' in svg
    assert '<pattern id="hatch"' in svg and "url(#hatch)" in svg
    assert "Below threshold" in svg and "Passes" in svg
    values = re.findall(r'<text[^>]*class="value[^"]*"[^>]*>([^<]*)</text>', svg)
    assert sorted(v for v in values if v) == ["1", "1", "1", "2"]


def test_funnel_lists_stages_top_down_and_escapes_title():
    svg = charts.funnel_svg('Funnel "A&B"', [("Invited", 40), ("Hired", 2)])
    assert 'aria-label="Funnel &quot;A&amp;B&quot;"' in svg
    assert svg.index(">Hired<") < svg.index(">Invited<")  # drawn bottom-up: Invited on top
    assert "<script" not in svg


@pytest.mark.parametrize("top, last", [(0, 1), (7, 7), (9, 10), (45, 50), (999, 1000)])
def test_count_ticks_are_whole_numbers_covering_the_top(top, last):
    ticks = charts._count_ticks(top)
    assert ticks[0] == 0 and ticks[-1] == last and len(ticks) <= 10


def test_pygal_import_hook_is_removed():
    import sys

    assert not [f for f in sys.meta_path if type(f).__module__ == "pygal"]
    with pytest.raises(ImportError):
        __import__("no_such_module_anywhere")
