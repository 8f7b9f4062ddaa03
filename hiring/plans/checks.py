"""Plans' starting points (a position's default template, a typical first quarter) and the
checks every plan's text, milestones and dates pass before they are saved."""

from __future__ import annotations

from datetime import date

from hiring.errors import HiringError
from hiring.inputs import check_date
from hiring.plans.models import (
    MAX_LEARNING_AREAS,
    MAX_MILESTONES,
    MEASURE_MAX,
    TITLE_MAX,
)

DEFAULT_MILESTONES = (
    {"month": 1, "title": "Complete onboarding and meet every key internal connection",
     "measure": "All introductions in the onboarding plan done"},
    {"month": 3, "title": "First meetings with decision makers at target accounts",
     "measure": "Number of first meetings held, logged in the CRM"},
    {"month": 6, "title": "Qualified pipeline built in the target market",
     "measure": "Pipeline value and number of qualified opportunities"},
    {"month": 9, "title": "First new customers won",
     "measure": "Signed customers and their first billings"},
    {"month": 12, "title": "Destination reached: the position's outcomes",
     "measure": "Each outcome of the position met or on its agreed pace"},
)
DEFAULT_HOW_WE_SELL = (
    "Our sales process, stage by stage, with the exit criteria for each stage.\n"
    "CRM discipline: every meeting, next step and forecast change recorded the same day.\n"
    "The playbook: target accounts, the questions we ask, the proof we bring."
)
DEFAULT_ACTIVITIES = (
    (1, "immersion", "Tour of the sales process, CRM and playbook with the manager", "manager"),
    (1, "immersion", "Set up CRM, calendar and territory; read the playbook", "new_hire"),
    (2, "immersion", "Study five recent wins and two losses from the CRM", "new_hire"),
    (2, "shadowing", "Shadow two discovery calls with a senior account executive", "new_hire"),
    (3, "customer", "Visit an existing customer with their account manager", "manager"),
    (4, "shadowing", "Sit in on a pipeline review and a forecast call", "new_hire"),
    (5, "customer", "Second customer visit; write up what they value in us", "new_hire"),
    (6, "solo", "First solo discovery call, debriefed with the manager", "new_hire"),
    (8, "solo", "First account plan for a target account, reviewed by the manager", "new_hire"),
    (10, "solo", "Lead a proposal meeting, with the manager attending", "new_hire"),
    (13, "immersion", "90-day review against the development plan's first milestones",
     "manager"),
)
DEFAULT_CONNECTIONS = (
    ("Sales operations", "Owns the CRM, territories and quotas: how deals get recorded and paid",
     1),
    ("Customer success lead", "Knows what customers really value and who the references are", 2),
    ("Finance: deal desk", "Approves pricing, terms and credit: the path to a signed contract", 3),
    ("Marketing: demand generation", "Sources leads and content for the target market", 3),
    ("Solutions engineer", "Runs demonstrations and answers technical questions with you", 4),
    ("A top-performing peer", "Shows how the best salespeople here really work", 2),
)


def clean_text(value: str | None, label: str, limit: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise HiringError(f"{label} is required.")
    if len(value) > limit:
        raise HiringError(f"{label} is too long ({len(value):,} characters; at most {limit:,}).")
    return value


def milestone_rows(rows: list[dict]) -> list[dict]:
    cleaned = []
    for i, row in enumerate(rows, start=1):
        title = clean_text(row.get("title"), f"Milestone {i}: title", TITLE_MAX)
        if not title:
            continue
        try:
            month = int(row.get("month"))
        except (TypeError, ValueError):
            raise HiringError(f"Milestone {i}: the month must be a number from 1 to 12.") from None
        if not 1 <= month <= 12:
            raise HiringError(f"Milestone {i}: the month must be from 1 to 12 (the first year).")
        cleaned.append({"id": row.get("id"), "month": month, "title": title,
                        "measure": clean_text(row.get("measure"), f"Milestone {i}: measure",
                                         MEASURE_MAX)})
    if len(cleaned) > MAX_MILESTONES:
        raise HiringError(f"A plan can hold at most {MAX_MILESTONES} milestones.")
    return cleaned


def clean_areas(areas: list[str]) -> list[str]:
    cleaned = [clean_text(a, "A learning area", TITLE_MAX) for a in areas]
    cleaned = [a for a in cleaned if a]
    if len(cleaned) > MAX_LEARNING_AREAS:
        raise HiringError(f"List at most {MAX_LEARNING_AREAS} learning areas.")
    return cleaned


def check_start(start_date: date) -> None:
    try:
        check_date(start_date, "The start date")
    except ValueError as error:
        raise HiringError(str(error)) from None


def int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
