"""Report charts as standalone SVG documents drawn by pygal.

The charts are served as their own image responses (see views.chart) and shown with <img alt>:
pygal puts its styles in an inline <style> and a configuration <script> into the SVG, which the
site's Content-Security-Policy would block inside a page. As an image nothing in it can run, the
<script> is removed anyway, and every chart has the same numbers in a table on the page.

Readable without colour: every bar carries its value as text, and the series that means
"passes" is hatched while the other is solid, with the legend saying which is which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from hiring.charting import Style, pygal

# Content-Security-Policy for the chart responses: styles inside the SVG, nothing else.
CHART_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"

_STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1f2933",
    foreground_strong="#1f2933",
    foreground_subtle="#616e7c",
    font_family="'DejaVu Sans', 'Liberation Sans', Arial, sans-serif",
    label_font_size=13,
    major_label_font_size=13,
    value_font_size=13,
    legend_font_size=14,
    title_font_size=16,
    colors=("#52606d", "#1d5fa8", "#1d5fa8"),
    opacity="1",
    opacity_hover="1",
    transition="0ms",
)

_HATCH = (
    '<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/>'
    '<rect width="4" height="8" fill="#1d5fa8"/></pattern>'
)
# The second series (passing) is hatched, in the bars and in its legend square.
_HATCH_CSS = (
    "inline:.series.serie-1 .rect, .legend:nth-of-type(2) rect {fill: url(#hatch) !important;"
    " stroke: #1d5fa8; stroke-width: 1.5}"
    " .text-overlay text.value {fill: #1f2933 !important}"
)

_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)


@dataclass(frozen=True)
class Bin:
    label: str
    count: int
    passing: bool


def _render(chart: pygal.graph.graph.Graph, label: str) -> str:
    svg = _SCRIPT.sub("", chart.render(is_unicode=True))
    return svg.replace(
        "<svg ", f'<svg role="img" aria-label="{_attr(label)}" ', 1
    )


def _attr(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )


def _config(**extra) -> dict:
    return {
        "style": _STYLE,
        "js": (),
        "defs": [_HATCH],
        "css": ("file://style.css", "file://graph.css", _HATCH_CSS),
        "disable_xml_declaration": False,
        "print_values": True,
        "print_values_position": "top",
        "show_legend": True,
        "legend_at_bottom": True,
        "truncate_label": -1,
        "truncate_legend": -1,
        "margin": 16,
        "width": 720,
        "height": 360,
        **extra,
    }


def score_histogram_svg(title: str, bins: Sequence[Bin], threshold_label: str) -> str:
    """Bars of candidates per score band; bands at or above the pass threshold are hatched."""
    chart = pygal.StackedBar(
        **_config(
            title=title,
            x_title=threshold_label,
            y_title="Candidates",
            y_labels=_count_ticks(max((b.count for b in bins), default=0)),
            # Stacking turns the other series' gaps into zeros; a zero band has no bar to label.
            formatter=lambda value: f"{value:g}" if value else "",
        )
    )
    chart.x_labels = [b.label for b in bins]
    chart.add("Below threshold", [None if b.passing else b.count for b in bins])
    chart.add("Passes", [b.count if b.passing else None for b in bins])
    return _render(chart, f"{title}. {threshold_label}.")


def funnel_svg(title: str, stages: Sequence[tuple[str, int]]) -> str:
    """Horizontal bars of candidates who reached each stage, in pipeline order."""
    chart = pygal.HorizontalBar(
        **_config(
            title=title,
            show_legend=False,
            height=max(200, 60 + 44 * len(stages)),
            y_labels=_count_ticks(max((count for _, count in stages), default=0)),
        )
    )
    # pygal draws horizontal bars bottom-up; reversed so the first stage is on top.
    chart.x_labels = [label for label, _ in reversed(stages)]
    chart.add("Candidates", [count for _, count in reversed(stages)])
    return _render(chart, title)


def score_bins(
    scores: Sequence[float], *, low: float, high: float, step: float, threshold: float | None
) -> list[Bin]:
    """Scores counted into bands [low, low+step), ... with the last band closed at `high`."""
    if step <= 0 or high <= low:
        raise ValueError("Score bands need a positive step and high above low.")
    n = max(1, round((high - low) / step))
    counts = [0] * n
    for score in scores:
        index = min(n - 1, max(0, int((score - low) // step)))
        counts[index] += 1
    bins = []
    for i, count in enumerate(counts):
        start = low + i * step
        passing = threshold is not None and start >= threshold
        bins.append(Bin(f"{_fmt(start)}–{_fmt(min(start + step, high))}", count, passing))
    return bins


def _count_ticks(top: int) -> list[int]:
    """Whole-number axis ticks from 0 to at least `top` (counts have no fractions)."""
    step, magnitude = 1, 1
    while top / step > 8:
        if step == magnitude:
            step = 2 * magnitude
        elif step == 2 * magnitude:
            step = 5 * magnitude
        else:
            magnitude *= 10
            step = magnitude
    return list(range(0, max(top, 1) + step, step))


def _fmt(value: float) -> str:
    return f"{value:g}"
