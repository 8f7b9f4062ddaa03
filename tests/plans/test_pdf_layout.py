"""How the printed documents lay out: headings with their tables, no blank first page,
a legible timeline whose dots sit on their due dates."""

import re
from datetime import date

from plans_pdf_helpers import reader

from hiring.interviews.services import kit_document
from hiring.pdf import render as pdf
from hiring.plans.charts import _month_offset, milestone_timeline_svg
from hiring.plans.schedule import add_months, milestone_due

# A4 less the 18 mm side margins of pdf.css, in CSS pixels (96 per inch).
PRINTED_WIDTH_PX = (210 - 2 * 18) / 25.4 * 96


def _kit(questions: int) -> dict:
    return {
        "candidate": "Casey Kit", "position": "Account Executive", "scheduled_at": "2027-01-04",
        "location": "Room 2", "total_minutes": 15 * questions,
        "kicker": "Structured interview kit",
        "outcomes": [f"Outcome {n}: sign {n} new distributors within {n + 3} months of hire"
                     for n in range(1, 6)],
        "panel": ["Ana", "Ben", "Cy"],
        "exercises": [{"label": "Writing test", "value": "85 of 100"}],
        "questions": [
            {"number": n, "kind": "question", "text": f"Question {n}: how would you open "
             "twelve accounts in your first ninety days here?", "competency": "Prospecting",
             "minutes": 15, "outcomes": [f"Outcome {n}"],
             "anchors": [{"points": p, "text": f"Anchor Q{n}L{p}: " + "concrete steps " * 8}
                         for p in (1, 3, 5)]}
            for n in range(1, questions + 1)
        ],
    }


def _page_of(pages: list[str], needle: str) -> int:
    found = [i for i, text in enumerate(pages) if needle in text]
    assert found, needle
    return found[0]


def test_each_kit_question_prints_with_its_scale_and_room_for_notes_on_one_page():
    kit = _kit(6)
    printed = pdf.render_pdf_here("pdf/document.html", kit_document(kit), title="Interview kit")
    pages = [" ".join(p.extract_text().split()) for p in reader(printed).pages]
    for n in range(1, 7):
        heading = _page_of(pages, f"{n}. Question {n}:")
        assert _page_of(pages, f"Anchor Q{n}L1") == heading, f"question {n} table split"
        assert _page_of(pages, f"Anchor Q{n}L5") == heading, f"question {n} table split"
    assert not any("____" in text for text in pages)  # a notes box, not a few ruled lines
    assert sum(text.count("Notes") for text in pages) >= 2 * 6  # column and box per question


def test_the_position_description_starts_on_its_first_page():
    context = {"kicker": "Position description", "company": "Northwind Freight",
               "target_market": "Logistics in the Midwest",
               "status": "open", "hiring_manager": "Morgan Reyes", "outcomes_due": "",
               "outcomes": [{"text": "Sign 6 new customers within 10 months", "measurable": True}],
               "compensation": [{"label": "Base salary", "value": "$85,000"}]}
    printed = pdf.render_pdf_here("pdf/position.html", context, title="Account Executive")
    first = reader(printed).pages[0].extract_text()
    assert "What you will achieve" in first
    assert "Sign 6 new customers within 10 months" in first


def test_a_milestone_dot_sits_on_its_due_date():
    start = date(2027, 1, 11)
    # Month 3 is due the day before 11 April: just short of 3 months, not a third after.
    assert 2.95 < _month_offset(start, milestone_due(start, 3)) < 3
    assert _month_offset(start, add_months(start, 3)) == 3
    assert _month_offset(start, date(2027, 2, 25)) == 1 + 14 / 28
    assert _month_offset(date(2027, 1, 31), date(2027, 2, 28)) == 1  # short month: its last day


def test_timeline_labels_print_at_eight_points_or_more_and_are_not_cut_off():
    start = date(2027, 1, 11)
    milestones = [{"title": "Complete onboarding and meet every key internal connection",
                   "period": f"Month {m} (Q{(m - 1) // 3 + 1})", "due": milestone_due(start, m),
                   "status": "open"} for m in (1, 3, 6, 9, 12)]
    svg = milestone_timeline_svg(milestones, start=start)
    drawn_width = float(re.search(r'viewBox="0 0 ([0-9.]+) ', svg).group(1))
    font_px = float(re.search(r"text\{[^}]*font-size:([0-9.]+)px", svg).group(1))
    printed_pt = font_px * PRINTED_WIDTH_PX / drawn_width * 0.75
    assert printed_pt >= 8, printed_pt
    labels = re.findall(r'<text[^>]*>([^<]*)</text>', svg)
    assert "Month 3 (Q1)" in labels and "Month 12 (Q4)" in labels
    assert not any(label.endswith("\u2026") for label in labels)
