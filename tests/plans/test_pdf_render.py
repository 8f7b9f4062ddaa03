"""Rendering limits, the render processes, the timeline chart and merging."""

import re
from datetime import date

import pytest
from markupsafe import Markup
from plans_pdf_helpers import reader, text_of

from hiring.errors import HiringError
from hiring.pdf import render as pdf
from hiring.pdf.pool import RenderPool
from hiring.plans.charts import milestone_timeline_svg


@pytest.fixture(scope="module")
def pool():
    render_pool = RenderPool(size=1)
    yield render_pool
    render_pool.close()


def test_a_field_over_its_size_is_refused_with_a_message_naming_it():
    with pytest.raises(pdf.PdfInputError, match=r"sections\[0\]\.heading is too long"):
        pdf.clean_context({"sections": [{"heading": "x" * (pdf.LIMITS.max_string + 1)}]})


def test_too_many_rows_and_too_much_text_are_refused():
    with pytest.raises(pdf.PdfInputError, match="too many entries"):
        pdf.clean_context({"rows": list(range(pdf.LIMITS.max_items + 1))})
    chunk = "y" * pdf.LIMITS.max_string
    many = [chunk] * (pdf.LIMITS.max_total_chars // pdf.LIMITS.max_string + 1)
    with pytest.raises(pdf.PdfInputError, match="too much text"):
        pdf.clean_context({"paragraphs": many})


def test_objects_other_than_plain_data_are_refused():
    class Candidate:
        name = "Ada"

    with pytest.raises(pdf.PdfInputError, match="Candidate"):
        pdf.clean_context({"candidate": Candidate()})


def test_markup_in_the_context_is_escaped_like_any_text():
    html = pdf.render_html(
        "pdf/document.html", {"subtitle": Markup("<b>bold</b>")}, title="T"
    )
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<b>bold</b>" not in html


def test_errors_are_hiring_errors_a_user_can_act_on():
    assert issubclass(pdf.PdfTimeout, HiringError)
    assert issubclass(pdf.PdfInputError, HiringError)


def test_the_pool_renders_and_recovers_from_a_render_over_its_time_limit(pool):
    context = {"sections": [{"heading": "Route", "paragraphs": ["Milestones by quarter."]}]}
    first = pool.render("pdf/document.html", context, title="Plan")
    assert first.startswith(b"%PDF-")
    assert "Milestones by quarter." in text_of(first)
    worker = pool._all[0]

    with pytest.raises(pdf.PdfTimeout, match="longer than"):
        pool.render("pdf/document.html", context, title="Plan", timeout=0.001)
    # The overrunning process was stopped and a fresh one took its place.
    assert not worker.process.is_alive()

    again = pool.render("pdf/document.html", context, title="Plan again")
    assert reader(again).metadata.title == "Plan again"


def test_a_failing_render_reports_an_error_and_the_pool_keeps_working(pool):
    with pytest.raises(pdf.PdfError, match="could not be rendered"):
        pool.render("pdf/no-such-template.html", {}, title="T")
    assert pool.render("pdf/document.html", {}, title="Still here").startswith(b"%PDF-")


def test_input_over_the_limits_is_refused_before_any_process_is_used():
    unused = RenderPool(size=1)
    with pytest.raises(pdf.PdfInputError):
        unused.render("pdf/document.html", {"subtitle": "z" * 10**6}, title="T")
    assert unused._all == []
    unused.close()


MILESTONES = [
    {"title": "Ten first meetings <script>alert(1)</script>", "due": date(2027, 4, 15),
     "status": "achieved"},
    {"title": "Pipeline of $1.2M", "due": date(2027, 6, 1), "status": "open"},
    {"title": "Two new customers", "due": date(2027, 9, 30), "status": "missed"},
]


def test_timeline_chart_is_static_svg_with_escaped_labels():
    svg = milestone_timeline_svg(MILESTONES, start=date(2027, 3, 1))
    assert svg.startswith("<svg")
    assert "<script" not in svg
    assert "&lt;script&gt;alert(1)" in svg
    assert "http" not in svg.split("</defs>", 1)[1].replace("http://www.w3.org", "")
    # One dot per milestone, in the series of its status.
    assert svg.count('class="dot ') == 3
    assert "Achieved" in svg and "Planned" in svg and "Missed" in svg


def test_timeline_chart_places_milestones_by_month_from_the_start():
    early = milestone_timeline_svg(
        [{"title": "A", "due": date(2027, 4, 1), "status": "open"}], start=date(2027, 3, 1)
    )
    late = milestone_timeline_svg(
        [{"title": "A", "due": date(2027, 12, 1), "status": "open"}], start=date(2027, 3, 1)
    )

    def dot_x(svg):
        return float(re.search(r'<circle cx="([0-9.]+)"[^>]*class="dot ', svg).group(1))

    assert dot_x(late) > dot_x(early)


def test_the_chart_prints_in_a_pdf_as_selectable_text():
    svg = milestone_timeline_svg(MILESTONES, start=date(2027, 3, 1))
    html = f'<!doctype html><html lang="en"><title>C</title><body>{svg}</body></html>'
    printed = text_of(pdf.html_to_pdf(html))
    assert "Pipeline of $1.2M" in printed
    assert "Month 6" in printed


def test_merged_pdf_holds_every_page_in_order():
    one = pdf.render_pdf_here("pdf/document.html", {}, title="First plan")
    two = pdf.render_pdf_here("pdf/document.html", {}, title="Second plan")
    merged = reader(pdf.merge_pdfs([one, two], title="Cohort"))
    assert merged.metadata.title == "Cohort"
    assert len(merged.pages) == len(reader(one).pages) + len(reader(two).pages)
    assert "First plan" in merged.pages[0].extract_text()
    assert "Second plan" in merged.pages[-1].extract_text()
    with pytest.raises(pdf.PdfError):
        pdf.merge_pdfs([])


def test_the_cover_label_extracts_as_whole_words():
    # Letter-spacing makes WeasyPrint space every glyph apart (an empty string and an offset
    # in the TJ array), which text extractors and screen readers read as "PL AN".
    printed = pdf.render_pdf_here("pdf/document.html", {"kicker": "Development plan"},
                                  title="Cover")
    assert "DEVELOPMENT PLAN" in text_of(printed)
    cover = reader(printed).pages[0].get_contents().get_data()
    assert not re.search(rb"<>-?[0-9.]+", cover)


def test_the_render_time_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("HIRING_PDF_RENDER_SECONDS", "240")
    monkeypatch.setenv("HIRING_PDF_WAIT_SECONDS", "nonsense")
    limits = pdf.configured_limits()
    assert limits.render_seconds == 240
    assert limits.wait_for_renderer_seconds == pdf.LIMITS.wait_for_renderer_seconds
    monkeypatch.delenv("HIRING_PDF_RENDER_SECONDS")
    assert pdf.configured_limits().render_seconds == pdf.LIMITS.render_seconds
