"""The milestone timeline chart, drawn as SVG by pygal (same chart on the page and in the PDF)."""

from __future__ import annotations

from datetime import date

from hiring.charting import Style, pygal
from hiring.plans.schedule import add_months

STATUS_SERIES = (
    ("achieved", "Achieved"),
    ("open", "Planned"),
    ("missed", "Missed"),
)

_STYLE = Style(
    background="#ffffff",
    plot_background="#ffffff",
    foreground="#1f2933",
    foreground_strong="#1f2933",
    foreground_subtle="#9aa5b1",
    font_family="'DejaVu Sans', 'Liberation Sans', Arial, sans-serif",
    label_font_size=11,
    major_label_font_size=11,
    legend_font_size=12,
    title_font_size=14,
    # achieved, planned, missed; the legend and the milestone table say the same in words.
    colors=("#1d7a46", "#1f5fa8", "#b3261e"),
    opacity="1",
    opacity_hover="1",
    transition="0ms",
)


# pygal's own stylesheet has ~80 id-prefixed rules for every chart type and its hover effects;
# matching them was half of a plan's PDF render time. These few rules draw this chart the same.
_CSS = (
    f"text{{font-family:{_STYLE.font_family};font-size:11px;fill:{_STYLE.foreground};stroke:none}}"
    ".background{fill:#ffffff}"
    f".axis .line{{stroke:{_STYLE.foreground}}}"
    f".guide.line{{stroke:{_STYLE.foreground_subtle};stroke-dasharray:4,4;fill:none}}"
    ".axis.x text{text-anchor:middle}"
    ".axis.y text{text-anchor:end}"
    ".legend text{font-size:12px}"
    ".dot{stroke-width:1px}"
    ".tooltip{display:none}"
)
_CSS += "".join(
    f".color-{i}{{fill:{colour};stroke:{colour}}}" for i, colour in enumerate(_STYLE.colors)
)


def _plain(root):
    # pygal always writes a config <script>; pages run under a CSP and PDFs run no script at all.
    for parent in list(root.iter()):
        for child in list(parent):
            name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if name in ("script", "desc") or (name == "title" and parent is not root):
                parent.remove(child)
            elif name == "title":
                child.text = "Milestone timeline"
            elif name == "style":
                child.text = _CSS
    return root


def _month_offset(start: date, when: date) -> float:
    """Months from `start` to `when`: whole months counted from the start's day of the month,
    then the fraction of the month that follows (a due date the day before month 3 ends sits
    just short of 3, not a third of a month after it)."""
    months = (when.year - start.year) * 12 + (when.month - start.month)
    if add_months(start, months) > when:
        months -= 1
    anchor, following = add_months(start, months), add_months(start, months + 1)
    return months + (when - anchor).days / (following - anchor).days


def _short(text: str, limit: int = 38) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# The chart is drawn at about the width it prints at (A4 less margins is ~660 CSS px), so its
# 11 px labels print at ~8 pt instead of being scaled down to ~6 pt.
CHART_WIDTH = 660


def milestone_timeline_svg(milestones: list[dict], *, start: date, months: int = 12,
                           width: int = CHART_WIDTH) -> str:
    """SVG markup of milestones ({"title", "due": date, "status"}) placed by month from `start`."""
    rows = [m for m in milestones if m.get("due")][:40]
    height = max(220, 70 + 34 * len(rows))
    chart = pygal.XY(
        style=_STYLE,
        width=width,
        height=height,
        js=(),
        disable_xml_declaration=True,
        show_legend=True,
        legend_at_bottom=True,
        legend_at_bottom_columns=3,
        stroke=False,
        dots_size=7,
        range=(-0.5, max(len(rows), 1) - 0.5),
        xrange=(0, months),
        show_x_guides=True,
        show_y_guides=False,
        truncate_label=-1,
        margin=12,
        print_values=False,
        explicit_size=False,
    )
    chart.add_xml_filter(_plain)
    # Quarter marks only: every label is a text layout in the PDF, and the table gives months.
    chart.x_labels = [
        {"label": "Start" if m == 0 else f"Month {m}", "value": m}
        for m in range(0, months + 1, 3)
    ]
    # Rows are named by their period ("Month 3 (Q1)"): short enough never to be cut off; the
    # milestone table under the chart names each one in full.
    chart.y_labels = [
        {"label": m.get("period") or _short(m.get("title", "")), "value": len(rows) - 1 - i}
        for i, m in enumerate(rows)
    ]
    for status, label in STATUS_SERIES:
        points = [
            {
                "value": (
                    min(max(_month_offset(start, m["due"]), 0), months),
                    len(rows) - 1 - i,
                ),
                "label": _short(m.get("title", ""), 80),
            }
            for i, m in enumerate(rows)
            if (m.get("status") or "open") == status
        ]
        chart.add(label, points or [None])
    svg = chart.render(is_unicode=True)
    # The milestone table printed beside the chart carries the same facts as text.
    return svg.replace("<svg ", '<svg role="img" aria-label="Milestone timeline" ', 1)
