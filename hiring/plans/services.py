"""Drafting, editing and tracking development and onboarding plans (the view commits)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from hiring import audit
from hiring.candidates import notices
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.interviews.models import PanelMember
from hiring.offers.services import start_date_for
from hiring.plans import schedule
from hiring.plans.checks import (
    DEFAULT_ACTIVITIES,
    DEFAULT_CONNECTIONS,
    DEFAULT_HOW_WE_SELL,
    DEFAULT_MILESTONES,
    check_start,
    clean_areas,
    clean_text,
    int_or_none,
    milestone_rows,
)
from hiring.plans.models import (
    MAX_ACTIVITIES,
    MAX_CONNECTIONS,
    MEASURE_MAX,
    MILESTONE_STATUSES,
    NAME_MAX,
    RESPONSE_MAX,
    TEXT_MAX,
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
    rows = milestone_rows(milestones)
    template = template_for(position)
    template.how_we_sell = clean_text(how_we_sell, "How we sell here", TEXT_MAX)
    template.coaching_rhythm = clean_text(coaching_rhythm, "Coaching rhythm", TEXT_MAX)
    template.learning_areas = clean_areas(learning_areas)
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
        check_start(start_date)
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
    check_start(start_date)
    rows = milestone_rows(milestones)
    how = clean_text(how_we_sell, "How we sell here", TEXT_MAX)
    rhythm = clean_text(coaching_rhythm, "Coaching rhythm", TEXT_MAX)
    areas = clean_areas(learning_areas)
    existing = {m.id: m for m in plan.milestones}
    kept = []
    for i, row in enumerate(rows):
        milestone = existing.get(int_or_none(row["id"]))
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


def record_reaction(plan: DevelopmentPlan, actor, reaction: str) -> None:
    """The candidate's reaction to the plan, as the interview panel saw it."""
    plan.candidate_reaction = clean_text(reaction, "The reaction", TEXT_MAX, required=True)
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
    plan.candidate_response = clean_text(response, "Your reaction", RESPONSE_MAX, required=True)
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
        note = clean_text(note, f"The note on '{milestone.title}'", MEASURE_MAX)
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
        "destination_due": position.outcomes_due or "",
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
        start_date = start_date_for(candidate)
    if start_date is None:
        raise HiringError("Give the start date: the weeks are dated from it.")
    check_start(start_date)
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
    week = int_or_none(value)
    last = len(schedule.onboarding_weeks(date(2000, 1, 3)))
    if week is None or not 1 <= week <= last:
        raise HiringError(f"{label}: the week must be a number from 1 to {last}.")
    return week


def update_onboarding_plan(plan: OnboardingPlan, actor, *, start_date: date,
                           activities: list[dict], connections: list[dict]) -> OnboardingPlan:
    """Save the weeks' activities and the connections; rows sent with an id keep their state."""
    if start_date is None:
        raise HiringError("Give the start date: the weeks are dated from it.")
    check_start(start_date)
    kinds = dict(schedule.ACTIVITY_KINDS)
    new_activities, new_connections = [], []
    old_a = {a.id: a for a in plan.activities}
    for i, row in enumerate(activities, start=1):
        text = clean_text(row.get("text"), f"Activity {i}", MEASURE_MAX)
        if not text:
            continue
        kind = row.get("kind") if row.get("kind") in kinds else "immersion"
        owner = "manager" if row.get("owner") == "manager" else "new_hire"
        item = old_a.get(int_or_none(row.get("id"))) or OnboardingActivity(
            candidate_id=plan.candidate_id)
        item.week, item.kind, item.text, item.owner = (
            _week(row.get("week"), f"Activity {i}"), kind, text, owner)
        new_activities.append(item)
    old_c = {c.id: c for c in plan.connections}
    for i, row in enumerate(connections, start=1):
        name = clean_text(row.get("name"), f"Connection {i}: name", NAME_MAX)
        role = clean_text(row.get("role"), f"Connection {i}: role", NAME_MAX)
        if not (name or role):
            continue
        item = old_c.get(int_or_none(row.get("id"))) or Connection(
            candidate_id=plan.candidate_id)
        item.name, item.role = name, role
        item.why = clean_text(row.get("why"), f"Connection {i}: why they matter", MEASURE_MAX)
        item.introduced_by = clean_text(row.get("introduced_by"), f"Connection {i}: introduced by",
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


# --- lookups for the pages ------------------------------------------------------------------


def candidate_by_id(candidate_id: int) -> Candidate | None:
    return db.session.get(Candidate, candidate_id)


def position_by_id(position_id: int) -> Position | None:
    return db.session.get(Position, position_id)


def on_panel_of(candidate_id: int, user_id: int) -> bool:
    """Whether the user interviews the candidate (interviewers see that candidate's plan)."""
    return db.session.scalar(select(PanelMember.id).where(
        PanelMember.candidate_id == candidate_id, PanelMember.user_id == user_id)
        .limit(1)) is not None
