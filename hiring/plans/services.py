"""Drafting, editing and tracking development and onboarding plans (the view commits)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from hiring import audit
from hiring.candidates import notices
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.inputs import check_date
from hiring.plans import schedule
from hiring.plans.models import (
    MAX_ACTIVITIES,
    MAX_CONNECTIONS,
    MAX_LEARNING_AREAS,
    MAX_MILESTONES,
    MEASURE_MAX,
    MILESTONE_STATUSES,
    NAME_MAX,
    RESPONSE_MAX,
    TEXT_MAX,
    TITLE_MAX,
    Connection,
    DevelopmentPlan,
    Milestone,
    MilestoneReview,
    OnboardingActivity,
    OnboardingPlan,
    PlanTemplate,
)
from hiring.positions.models import Position

HIRED_STAGES = ("hired", "onboarding")
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


# --- checks ---------------------------------------------------------------------------------


def _text(value: str | None, label: str, limit: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise HiringError(f"{label} is required.")
    if len(value) > limit:
        raise HiringError(f"{label} is too long ({len(value):,} characters; at most {limit:,}).")
    return value


def _milestone_rows(rows: list[dict]) -> list[dict]:
    cleaned = []
    for i, row in enumerate(rows, start=1):
        title = _text(row.get("title"), f"Milestone {i}: title", TITLE_MAX)
        if not title:
            continue
        try:
            month = int(row.get("month"))
        except (TypeError, ValueError):
            raise HiringError(f"Milestone {i}: the month must be a number from 1 to 12.") from None
        if not 1 <= month <= 12:
            raise HiringError(f"Milestone {i}: the month must be from 1 to 12 (the first year).")
        cleaned.append({"id": row.get("id"), "month": month, "title": title,
                        "measure": _text(row.get("measure"), f"Milestone {i}: measure",
                                         MEASURE_MAX)})
    if len(cleaned) > MAX_MILESTONES:
        raise HiringError(f"A plan can hold at most {MAX_MILESTONES} milestones.")
    return cleaned


def _areas(areas: list[str]) -> list[str]:
    cleaned = [_text(a, "A learning area", TITLE_MAX) for a in areas]
    cleaned = [a for a in cleaned if a]
    if len(cleaned) > MAX_LEARNING_AREAS:
        raise HiringError(f"List at most {MAX_LEARNING_AREAS} learning areas.")
    return cleaned


# --- position templates ---------------------------------------------------------------------


def template_for(position: Position) -> PlanTemplate:
    """The position's plan template, or an unsaved one holding the defaults."""
    found = db.session.scalar(select(PlanTemplate).where(PlanTemplate.position_id == position.id))
    if found is not None:
        return found
    return PlanTemplate(position=position, position_id=position.id,
                        how_we_sell=DEFAULT_HOW_WE_SELL,
                        coaching_rhythm=schedule.DEFAULT_COACHING_RHYTHM,
                        learning_areas=list(schedule.DEFAULT_LEARNING_AREAS),
                        milestones=[dict(m) for m in DEFAULT_MILESTONES])


def save_template(position: Position, actor, *, how_we_sell: str, coaching_rhythm: str,
                  learning_areas: list[str], milestones: list[dict]) -> PlanTemplate:
    """Store the plan template every new plan for `position` starts from."""
    rows = _milestone_rows(milestones)
    template = template_for(position)
    template.how_we_sell = _text(how_we_sell, "How we sell here", TEXT_MAX)
    template.coaching_rhythm = _text(coaching_rhythm, "Coaching rhythm", TEXT_MAX)
    template.learning_areas = _areas(learning_areas)
    template.milestones = [{k: r[k] for k in ("month", "title", "measure")} for r in rows]
    db.session.add(template)
    db.session.flush()
    audit.record(actor, "plans.template_saved", "plan_template", template.id,
                 after={"position_id": position.id, "milestones": len(rows)})
    return template


# --- development plans ----------------------------------------------------------------------


def development_plan_for(candidate_id: int) -> DevelopmentPlan | None:
    return db.session.scalar(
        select(DevelopmentPlan).where(DevelopmentPlan.candidate_id == candidate_id))


def has_drafted_plan(candidate_id: int) -> bool:
    """Whether the candidate has a development plan with at least one milestone on its route."""
    return bool(db.session.scalar(
        select(func.count(Milestone.id)).where(Milestone.candidate_id == candidate_id)))


def draft_development_plan(candidate: Candidate, actor, start_date: date | None = None
                           ) -> DevelopmentPlan:
    """Start a candidate's plan from the position's template."""
    if development_plan_for(candidate.id) is not None:
        raise HiringError(f"{candidate.name} already has a development plan.")
    if candidate.stage == "screened_out":
        raise HiringError(f"{candidate.name} was screened out; no plan is needed.")
    if start_date is not None:
        _check_start(start_date)
    template = template_for(candidate.position)
    plan = DevelopmentPlan(
        candidate_id=candidate.id,
        start_date=start_date or (utcnow().date() + timedelta(days=30)),
        how_we_sell=template.how_we_sell, coaching_rhythm=template.coaching_rhythm,
        learning_areas=list(template.learning_areas),
        created_by_id=getattr(actor, "id", None))
    plan.milestones = [
        Milestone(candidate_id=candidate.id, sort_order=i, month=m["month"], title=m["title"],
                  measure=m.get("measure", ""))
        for i, m in enumerate(template.milestones)
    ]
    db.session.add(plan)
    db.session.flush()
    audit.record(actor, "plans.development_drafted", "development_plan", plan.id,
                 candidate_id=candidate.id, after={"milestones": len(plan.milestones)})
    return plan


def update_development_plan(plan: DevelopmentPlan, actor, *, start_date: date,
                            how_we_sell: str, coaching_rhythm: str, learning_areas: list[str],
                            milestones: list[dict]) -> DevelopmentPlan:
    """Save an edited plan; milestones keep their reviews when their id is sent back."""
    if start_date is None:
        raise HiringError("Give the start date: milestone dates are counted from it.")
    _check_start(start_date)
    rows = _milestone_rows(milestones)
    how = _text(how_we_sell, "How we sell here", TEXT_MAX)
    rhythm = _text(coaching_rhythm, "Coaching rhythm", TEXT_MAX)
    areas = _areas(learning_areas)
    existing = {m.id: m for m in plan.milestones}
    kept = []
    for i, row in enumerate(rows):
        milestone = existing.get(_int_or_none(row["id"]))
        if milestone is None:
            milestone = Milestone(candidate_id=plan.candidate_id)
        milestone.sort_order, milestone.month = i, row["month"]
        milestone.title, milestone.measure = row["title"], row["measure"]
        kept.append(milestone)
    plan.start_date, plan.how_we_sell, plan.coaching_rhythm = start_date, how, rhythm
    plan.learning_areas = areas
    plan.milestones = kept
    plan.updated_at = utcnow()
    db.session.flush()
    audit.record(actor, "plans.development_updated", "development_plan", plan.id,
                 candidate_id=plan.candidate_id, after={"milestones": len(kept)})
    return plan


def _check_start(start_date: date) -> None:
    try:
        check_date(start_date, "The start date")
    except ValueError as error:
        raise HiringError(str(error)) from None


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def record_reaction(plan: DevelopmentPlan, actor, reaction: str) -> None:
    """The candidate's reaction to the plan, as the interview panel saw it."""
    plan.candidate_reaction = _text(reaction, "The reaction", TEXT_MAX, required=True)
    plan.reaction_recorded_by_id = getattr(actor, "id", None)
    plan.reaction_recorded_at = utcnow()
    plan.updated_at = utcnow()
    audit.record(actor, "plans.reaction_recorded", "development_plan", plan.id,
                 candidate_id=plan.candidate_id)


def share_with_candidate(plan: DevelopmentPlan, actor) -> None:
    """Let the candidate read the plan (and answer it) from their own page."""
    candidate = plan.candidate
    if plan.shared_at is not None:
        raise HiringError(f"The plan is already shared with {candidate.name}.")
    if candidate.stage == "screened_out":
        raise HiringError(f"{candidate.name} was screened out; the plan stays with the team.")
    if not plan.milestones:
        raise HiringError("Add at least one milestone before sharing: the route is what the "
                          "candidate reads the plan for.")
    plan.shared_at = utcnow()
    audit.record(actor, "plans.shared_with_candidate", "development_plan", plan.id,
                 candidate_id=plan.candidate_id)
    notices.plan_shared(candidate)


def stop_sharing(plan: DevelopmentPlan, actor) -> None:
    """Take the plan off the candidate's page; what they wrote back stays on record."""
    if plan.shared_at is None:
        raise HiringError("The plan is not shared with the candidate.")
    plan.shared_at = None
    audit.record(actor, "plans.sharing_stopped", "development_plan", plan.id,
                 candidate_id=plan.candidate_id)


def shared_plan_for(candidate_id: int) -> DevelopmentPlan | None:
    """The candidate's development plan if the team shares it with them."""
    plan = development_plan_for(candidate_id)
    return plan if plan is not None and plan.shared_at is not None else None


def record_candidate_response(plan: DevelopmentPlan, response: str) -> None:
    """What the candidate wrote back about a plan shared with them, in their own words."""
    if plan.shared_at is None:
        raise HiringError("This plan is no longer shared with you, so it cannot take an answer.")
    plan.candidate_response = _text(response, "Your reaction", RESPONSE_MAX, required=True)
    plan.candidate_response_at = utcnow()
    audit.record("candidate", "plans.candidate_responded", "development_plan", plan.id,
                 candidate_id=plan.candidate_id)


def candidate_data(plan: DevelopmentPlan, company: str = "") -> dict:
    """The plan as the candidate may read it: the route and its methods, no notes by staff."""
    data = development_data(plan, company)
    data["reaction"] = ""
    data["milestones"] = [{**m, "status": "open", "note": "", "reviewed_on": None}
                          for m in data["milestones"]]
    return data


def record_review(plan: DevelopmentPlan, actor, review_date: date,
                  entries: dict[int, tuple[str, str]]) -> int:
    """Progress at a review date: {milestone id: (status, note)}; returns how many were set."""
    if plan.candidate.stage not in HIRED_STAGES:
        raise HiringError("Progress is recorded after the hire; this candidate is not hired yet.")
    if review_date is None or review_date < plan.start_date:
        raise HiringError("The review date must be on or after the start date.")
    if review_date > utcnow().date():
        raise HiringError("The review date cannot be in the future.")
    by_id = {m.id: m for m in plan.milestones}
    recorded = 0
    for milestone_id, (status, note) in entries.items():
        milestone = by_id.get(milestone_id)
        if milestone is None:
            raise HiringError("A milestone in this review is not part of the plan; reload it.")
        if status not in MILESTONE_STATUSES:
            raise HiringError(f"Unknown progress '{status}'.")
        note = _text(note, f"The note on '{milestone.title}'", MEASURE_MAX)
        latest = milestone.latest_review
        if latest is None and status == "open" and not note:
            continue
        if latest is not None and (latest.status, latest.note) == (status, note):
            continue
        milestone.reviews.append(MilestoneReview(
            candidate_id=plan.candidate_id, review_date=review_date, status=status, note=note,
            recorded_by_id=getattr(actor, "id", None)))
        recorded += 1
    plan.updated_at = utcnow()
    audit.record(actor, "plans.progress_reviewed", "development_plan", plan.id,
                 candidate_id=plan.candidate_id, after={"recorded": recorded})
    return recorded


def development_data(plan: DevelopmentPlan, company: str = "") -> dict:
    """The plan as plain JSON data (the PDF, the cache key and `plans export` use it)."""
    candidate = plan.candidate
    position = candidate.position
    return {
        "kind": "development",
        "id": plan.id,
        "candidate": candidate.name,
        "position": position.title,
        "target_market": position.target_market or "",
        "company": company,
        "start_date": plan.usable_start.isoformat(),
        "destination": [o.text for o in position.outcomes],
        "milestones": [
            {"id": m.id, "month": m.month, "title": m.title, "measure": m.measure,
             "status": m.status, "note": m.latest_review.note if m.latest_review else "",
             "reviewed_on": m.latest_review.review_date.isoformat() if m.latest_review
             else None}
            for m in plan.milestones
        ],
        "how_we_sell": plan.how_we_sell,
        "learning_areas": list(plan.learning_areas or []),
        "coaching_rhythm": plan.coaching_rhythm,
        "reaction": plan.candidate_reaction,
    }


# --- onboarding plans -----------------------------------------------------------------------


def onboarding_plan_for(candidate_id: int) -> OnboardingPlan | None:
    return db.session.scalar(
        select(OnboardingPlan).where(OnboardingPlan.candidate_id == candidate_id))


def create_onboarding_plan(candidate: Candidate, actor, start_date: date) -> OnboardingPlan:
    """A 90-day plan for a hire, seeded with a typical first quarter to edit."""
    if candidate.stage not in HIRED_STAGES:
        raise HiringError(f"{candidate.name} is not hired yet; onboarding plans are for hires.")
    if onboarding_plan_for(candidate.id) is not None:
        raise HiringError(f"{candidate.name} already has an onboarding plan.")
    if start_date is None:
        from hiring.offers.services import start_date_for

        start_date = start_date_for(candidate)
    if start_date is None:
        raise HiringError("Give the start date: the weeks are dated from it.")
    _check_start(start_date)
    manager_id = candidate.position.hiring_manager_id or getattr(actor, "id", None)
    plan = OnboardingPlan(candidate_id=candidate.id, start_date=start_date, manager_id=manager_id)
    plan.activities = [
        OnboardingActivity(candidate_id=candidate.id, week=w, kind=k, text=t, owner=o)
        for w, k, t, o in DEFAULT_ACTIVITIES
    ]
    plan.connections = [
        Connection(candidate_id=candidate.id, name="", role=role, why=why,
                   introduced_by="Manager", by_week=week)
        for role, why, week in DEFAULT_CONNECTIONS
    ]
    db.session.add(plan)
    db.session.flush()
    audit.record(actor, "plans.onboarding_created", "onboarding_plan", plan.id,
                 candidate_id=candidate.id)
    return plan


def _week(value, label: str) -> int:
    week = _int_or_none(value)
    last = len(schedule.onboarding_weeks(date(2000, 1, 3)))
    if week is None or not 1 <= week <= last:
        raise HiringError(f"{label}: the week must be a number from 1 to {last}.")
    return week


def update_onboarding_plan(plan: OnboardingPlan, actor, *, start_date: date,
                           activities: list[dict], connections: list[dict]) -> OnboardingPlan:
    """Save the weeks' activities and the connections; rows sent with an id keep their state."""
    if start_date is None:
        raise HiringError("Give the start date: the weeks are dated from it.")
    _check_start(start_date)
    kinds = dict(schedule.ACTIVITY_KINDS)
    new_activities, new_connections = [], []
    old_a = {a.id: a for a in plan.activities}
    for i, row in enumerate(activities, start=1):
        text = _text(row.get("text"), f"Activity {i}", MEASURE_MAX)
        if not text:
            continue
        kind = row.get("kind") if row.get("kind") in kinds else "immersion"
        owner = "manager" if row.get("owner") == "manager" else "new_hire"
        item = old_a.get(_int_or_none(row.get("id"))) or OnboardingActivity(
            candidate_id=plan.candidate_id)
        item.week, item.kind, item.text, item.owner = (
            _week(row.get("week"), f"Activity {i}"), kind, text, owner)
        new_activities.append(item)
    old_c = {c.id: c for c in plan.connections}
    for i, row in enumerate(connections, start=1):
        name = _text(row.get("name"), f"Connection {i}: name", NAME_MAX)
        role = _text(row.get("role"), f"Connection {i}: role", NAME_MAX)
        if not (name or role):
            continue
        item = old_c.get(_int_or_none(row.get("id"))) or Connection(
            candidate_id=plan.candidate_id)
        item.name, item.role = name, role
        item.why = _text(row.get("why"), f"Connection {i}: why they matter", MEASURE_MAX)
        item.introduced_by = _text(row.get("introduced_by"), f"Connection {i}: introduced by",
                                   NAME_MAX, required=True)
        item.by_week = _week(row.get("by_week"), f"Connection {i}")
        new_connections.append(item)
    if len(new_activities) > MAX_ACTIVITIES or len(new_connections) > MAX_CONNECTIONS:
        raise HiringError(f"A plan holds at most {MAX_ACTIVITIES} activities and "
                          f"{MAX_CONNECTIONS} connections.")
    plan.start_date = start_date
    plan.activities, plan.connections = new_activities, new_connections
    plan.updated_at = utcnow()
    db.session.flush()
    audit.record(actor, "plans.onboarding_updated", "onboarding_plan", plan.id,
                 candidate_id=plan.candidate_id,
                 after={"activities": len(new_activities), "connections": len(new_connections)})
    return plan


def set_done(plan: OnboardingPlan, actor, item_type: str, item_id: int, done: bool) -> None:
    """Tick or untick one checklist item (an activity or an introduction)."""
    items = plan.activities if item_type == "activity" else plan.connections
    item = next((i for i in items if i.id == item_id), None)
    if item is None or item_type not in ("activity", "connection"):
        raise HiringError("That checklist item is not part of this plan; reload the page.")
    item.done_at = utcnow() if done else None
    plan.updated_at = utcnow()
    audit.record(actor, "plans.checklist_ticked" if done else "plans.checklist_unticked",
                 f"onboarding_{item_type}", item.id, candidate_id=plan.candidate_id)


def checklist_progress(plan: OnboardingPlan) -> dict[str, schedule.Progress]:
    """Progress for the new hire, for the manager (activities and introductions) and overall."""
    hire = [a.done_at is not None for a in plan.activities if a.owner == "new_hire"]
    manager = [a.done_at is not None for a in plan.activities if a.owner == "manager"]
    intros = [c.done_at is not None for c in plan.connections]
    return {
        "new_hire": schedule.progress(hire),
        "manager": schedule.progress(manager + intros),
        "introductions": schedule.progress(intros),
        "overall": schedule.progress(hire + manager + intros),
    }


def onboarding_data(plan: OnboardingPlan, company: str = "") -> dict:
    """The plan as plain JSON data (the PDF, the cache key and `plans export` use it)."""
    candidate = plan.candidate
    return {
        "kind": "onboarding",
        "id": plan.id,
        "candidate": candidate.name,
        "position": candidate.position.title,
        "manager": plan.manager.name or plan.manager.email if plan.manager else "",
        "company": company,
        "start_date": plan.usable_start.isoformat(),
        "activities": [
            {"id": a.id, "week": a.week, "kind": a.kind, "text": a.text, "owner": a.owner,
             "done": a.done_at is not None}
            for a in plan.activities
        ],
        "connections": [
            {"id": c.id, "name": c.name, "role": c.role, "why": c.why,
             "introduced_by": c.introduced_by, "by_week": c.by_week,
             "done": c.done_at is not None}
            for c in plan.connections
        ],
    }
