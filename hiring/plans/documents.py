"""Plan data (plain JSON) -> PDF template context and cache key (pure: no flask, no db).

The JSON shapes, as `plans export` prints them and `plans render` reads them:

development: {"kind": "development", "id": int, "candidate": str, "position": str,
              "target_market": str, "start_date": "YYYY-MM-DD", "destination": [str],
              "destination_due": str (optional: the period the whole list is due in),
              "milestones": [{"id": int|None, "month": int, "title": str, "measure": str,
                              "status": "open|achieved|missed", "note": str,
                              "reviewed_on": "YYYY-MM-DD"|None}],
              "how_we_sell": str, "learning_areas": [str], "coaching_rhythm": str,
              "reaction": str, "company": str}
onboarding:  {"kind": "onboarding", "id": int, "candidate": str, "position": str,
              "manager": str, "start_date": "YYYY-MM-DD",
              "activities": [{"id": int|None, "week": int, "kind": str, "text": str,
                              "owner": "new_hire|manager", "done": bool}],
              "connections": [{"id": int|None, "name": str, "role": str, "why": str,
                               "introduced_by": str, "by_week": int, "done": bool}],
              "company": str}
"""

from __future__ import annotations

import hashlib
import json
from datetime import date

from hiring.errors import HiringError
from hiring.pdf.render import TEMPLATE_VERSION
from hiring.plans import schedule

KINDS = ("development", "onboarding")
TEMPLATES = {"development": "pdf/development_plan.html", "onboarding": "pdf/onboarding_plan.html"}


def cache_key(data: dict) -> str:
    """Digest of the template version and the plan's data: equal data, equal PDF."""
    payload = json.dumps([TEMPLATE_VERSION, data], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _date(value, field: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise HiringError(f"{field} must be a date written as YYYY-MM-DD.") from None


def document_title(data: dict) -> str:
    """The PDF's title (shown by readers and assistive technology)."""
    label = "Development plan" if data.get("kind") == "development" else "Onboarding plan"
    return f"{label}: {data.get('candidate', '')}".strip()


def context_for(data: dict) -> tuple[str, dict]:
    """The template and its context for a plan's JSON data."""
    kind = data.get("kind")
    if kind == "development":
        return TEMPLATES[kind], development_context(data)
    if kind == "onboarding":
        return TEMPLATES[kind], onboarding_context(data)
    raise HiringError("The plan's kind must be 'development' or 'onboarding'.")


def development_context(data: dict) -> dict:
    """Template context of a development plan: due dates, periods and counts worked out."""
    start = _date(data["start_date"], "start_date")
    milestones = []
    for m in data.get("milestones", []):
        month = int(m.get("month") or 1)
        milestones.append({
            "month": month,
            "period": schedule.period_label(month),
            "quarter": (month - 1) // 3 + 1,
            "title": m.get("title", ""),
            "measure": m.get("measure", ""),
            "due": schedule.milestone_due(start, month),
            "status": m.get("status") or "open",
            "note": m.get("note", ""),
            "reviewed_on": _date(m["reviewed_on"], "reviewed_on") if m.get("reviewed_on")
            else None,
        })
    achieved = sum(1 for m in milestones if m["status"] == "achieved")
    return {
        "candidate": data.get("candidate", ""),
        "position": data.get("position", ""),
        "target_market": data.get("target_market", ""),
        "company": data.get("company", ""),
        "start_date": start,
        "end_date": schedule.add_months(start, 12),
        "destination": list(data.get("destination", [])),
        "destination_due": str(data.get("destination_due") or ""),
        "milestones": milestones,
        "achieved": achieved,
        "how_we_sell": data.get("how_we_sell", ""),
        "learning_areas": list(data.get("learning_areas", [])),
        "coaching_rhythm": data.get("coaching_rhythm", ""),
        "reaction": data.get("reaction", ""),
    }


def onboarding_context(data: dict) -> dict:
    """Template context of an onboarding plan: dated weeks with their activities."""
    start = _date(data["start_date"], "start_date")
    weeks = schedule.onboarding_weeks(start)
    activities = data.get("activities", [])
    connections = sorted(data.get("connections", []), key=lambda c: int(c.get("by_week") or 1))
    by_week = []
    for week in weeks:
        items = [
            {**a, "kind_label": schedule.ACTIVITY_KIND_LABELS.get(a.get("kind"), a.get("kind")),
             "owner_label": "Manager" if a.get("owner") == "manager" else "New hire"}
            for a in activities if int(a.get("week") or 1) == week.number
        ]
        intros = [c for c in connections if int(c.get("by_week") or 1) == week.number]
        by_week.append({"number": week.number, "starts": week.starts, "ends": week.ends,
                        "activities": items, "introductions": intros})
    done = schedule.progress([bool(a.get("done")) for a in activities]
                             + [bool(c.get("done")) for c in connections])
    return {
        "candidate": data.get("candidate", ""),
        "position": data.get("position", ""),
        "manager": data.get("manager", ""),
        "company": data.get("company", ""),
        "start_date": start,
        "end_date": weeks[-1].ends,
        "weeks": by_week,
        "connections": [
            {**c, "by_date": weeks[min(max(int(c.get("by_week") or 1), 1), len(weeks)) - 1].ends}
            for c in connections
        ],
        "activity_count": len(activities),
        "progress_label": done.label,
    }
