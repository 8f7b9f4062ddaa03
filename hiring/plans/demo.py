"""Demo plans: a development plan and an onboarding plan (each the first, id 1)."""

from __future__ import annotations

from datetime import timedelta

from hiring.db import utcnow
from hiring.plans import services

ORDER = 60


def seed_demo_plans(candidate, hire, manager) -> tuple:
    """Development plan for `candidate`, and one plus an onboarding plan for `hire`."""
    start = utcnow().date().replace(day=1) + timedelta(days=40)
    start = start.replace(day=1)
    development = services.draft_development_plan(candidate, manager, start)
    hire_start = utcnow().date() - timedelta(days=45)
    hire_plan = services.draft_development_plan(hire, manager, hire_start)
    services.record_reaction(
        development, manager,
        "Read the route twice, asked how pipeline is counted at month 6 and who owns the "
        "introductions. Offered to draft a first account plan before the start date.")
    onboarding = services.create_onboarding_plan(hire, manager, hire_start)
    names = ["Dana Whitfield", "Luis Romero", "Aisha Karimi", "Ben Okoro", "Sofia Marin",
             "Raj Patel"]
    for connection, name in zip(onboarding.connections, names, strict=False):
        connection.name = name
    for activity in onboarding.activities[:4]:
        activity.done_at = utcnow()
    onboarding.connections[0].done_at = utcnow()
    services.record_review(hire_plan, manager, utcnow().date(), {
        hire_plan.milestones[0].id: ("achieved", "Onboarding done; five of six introductions."),
    })
    return development, onboarding, hire_plan


def seed(demo) -> None:
    """Plans for the demo's interview-stage candidate and its first hire."""
    manager = demo.users["manager@demo.test"]
    candidate = next(c for c in demo.candidates if c.stage == "interview")
    hire = next(c for c in demo.candidates if c.stage in services.HIRED_STAGES)
    seed_demo_plans(candidate, hire, manager)
