"""The opportunity plan: its part of the profile, scored on four parts with findings."""

from __future__ import annotations

import re

from hiring.analysis.findings import Finding
from hiring.analysis.research.compiled import _CompiledSheet
from hiring.analysis.research.matching import _cues, _spans
from hiring.analysis.research.sections import JoinedSections
from hiring.analysis.research.text import _WORD, _strip_span, sentences

_NUMBER = re.compile(
    r"(?i)(?:[$£€]\s?\d[\d,.]*\s*(?:k|m|bn|million|thousand|billion)?|\b\d[\d,.]*\s*(?:%|percent\b"
    r"|k\b|m\b|million\b|thousand\b|billion\b)?|\b(?:two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|fifty|hundred|dozen|half|double|triple)\b)"
)
_TIMEFRAME = re.compile(
    r"(?i)\b(?:within|in|over|after|for)\s+(?:the\s+)?(?:first\s+|next\s+)?(?:\d+|a|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)[\s-]+"
    r"(?:day|week|month|quarter|year)s?\b"
    r"|\bby\s+(?:the\s+)?(?:end\s+of\s+|close\s+of\s+)?(?:Q[1-4]|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|\d{4}|year[\s-]end|"
    r"next\s+\w+|this\s+\w+|the\s+\w+\s+(?:month|quarter|year))"
    r"|\bQ[1-4]\b|\b\d+[\s-]day\b|\b(?:first|next|this)\s+(?:week|month|quarter|year)\b"
    r"|\bper\s+(?:week|month|quarter|year)\b"
)
_HEADING = re.compile(
    r"(?im)^[ \t#*]*[^\n.!?]{0,60}\b(?:opportunit\w*|plan)\b[^\n.!?]{0,40}:?[ \t]*$"
)


def _plan_span(text: str, joined: JoinedSections | None) -> tuple[int, int]:
    if joined is not None:
        return joined.section("opportunity")
    m = _HEADING.search(text)
    if m is None:
        return 0, len(text)
    following = re.search(r"\n\s*\n[ \t#*]*[A-Z][^\n.!?]{0,60}:?[ \t]*\n", text[m.end():])
    end = m.end() + following.start() if following else len(text)
    return m.end(), end


def _plan(text, joined, sheet: _CompiledSheet):
    """Score the opportunity plan on four parts: forward-looking, customer focus, outcomes,
    next step (each 0-1; the score is their mean)."""
    cues = _cues()
    start, end = _plan_span(text, joined)
    body = text[start:end]
    zero = {
        "opportunity_plan_score": 0.0,
        "plan_forward": 0.0,
        "plan_customer_focus": 0.0,
        "plan_outcomes": 0.0,
        "plan_next_step": 0.0,
    }
    if len(_WORD.findall(body)) < 5:
        return zero, [
            Finding(
                "plan_missing",
                "There is no opportunity plan: say how you would turn this understanding into "
                "business with the company.",
                start,
                end,
                category="opportunity_plan",
            )
        ]
    sents = sentences(body)
    # A sentence looks ahead with a word such as "will" or "then", or as a step of the plan
    # written as an order or a list item ("Offer a two-week trial.").
    forward = sum(1 for s, e in sents
                  if cues.forward.search(body, s, e) or cues.steps.match(body[s:e]))
    plan_forward = min(1.0, forward / len(sents) / 0.6)

    customer = len(_spans(cues.customer, body)) + len(_spans(sheet.company, body))
    seller = len(_spans(cues.seller, body))
    focus = customer / (customer + seller) if customer + seller else 0.0
    plan_customer_focus = min(1.0, focus / 0.5)

    has_number = bool(_NUMBER.search(body))
    has_time = bool(_TIMEFRAME.search(body))
    plan_outcomes = 0.5 * has_number + 0.5 * has_time
    next_step = cues.next_step.search(body)
    plan_next_step = 1.0 if next_step else 0.0

    parts = [plan_forward, plan_customer_focus, plan_outcomes, plan_next_step]
    measures = {
        "opportunity_plan_score": sum(parts) / 4,
        "plan_forward": plan_forward,
        "plan_customer_focus": plan_customer_focus,
        "plan_outcomes": plan_outcomes,
        "plan_next_step": plan_next_step,
    }
    s, e = _strip_span(text, start, end)
    findings = []

    def add(code, message):
        findings.append(Finding(code, message, s, e, category="opportunity_plan"))

    if plan_forward < 0.5:
        add("plan_not_forward", "The plan mostly looks back; say what you would do next.")
    if plan_customer_focus < 0.6:
        add(
            "plan_seller_focused",
            f"The plan is about the seller more than the customer ({seller} references to "
            f"I/we against {customer} to the company and its customers).",
        )
    if not has_number:
        add("plan_no_numbers", "The plan names no concrete outcome (a number, an amount, a share).")
    if not has_time:
        add("plan_no_timeframe", "The plan gives no time frame (by when, within how long).")
    if not next_step:
        add("plan_no_next_step", "The plan has no concrete next step (a meeting, a call, a pilot).")
    return measures, findings
