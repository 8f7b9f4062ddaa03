"""Demonstration data: one company, two open positions, candidates at every stage.

Domain packages add their own demo records through `hiring/<package>/demo.py`, which
provides `ORDER: int` and `seed(demo: Demo) -> None`; they run in ascending ORDER after
the core records exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from hiring import registry
from hiring.auth.models import User
from hiring.auth.services import create_user
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.positions.models import Outcome, Position

DEMO_PASSWORD = "demo-password"
DEMO_LOGINS = (
    ("admin@demo.test", "admin"),
    ("manager@demo.test", "manager"),
    ("interviewer1@demo.test", "interviewer"),
    ("interviewer2@demo.test", "interviewer"),
    ("interviewer3@demo.test", "interviewer"),
)
DEMO_NAMES = {
    "admin@demo.test": "Avery Admin",
    "manager@demo.test": "Morgan Reyes",
    "interviewer1@demo.test": "Priya Natarajan",
    "interviewer2@demo.test": "Tomás Ferreira",
    "interviewer3@demo.test": "Grace Liu",
}

POSITIONS = [
    {
        "title": "Account Executive, Mid-Market Logistics",
        "target_market": "Mid-market logistics and distribution companies in the Midwest",
        "base_salary": Decimal("85000"), "variable_pay": Decimal("65000"),
        "benefits_rate": Decimal("0.25"),
        # A first-year scorecard: the period is given once; an outcome due sooner says so.
        "outcomes_due": "by the end of the twelfth full month after your hire date",
        "outcomes": [
            "Billings at an annualized pace of $500,000, to between four and six new customers, "
            "in the Midwest mid-market logistics segment, by close of the tenth full month "
            "following your hire date.",
            "Hold at least 12 first meetings with operations executives at target accounts "
            "within 90 days of your start.",
            "Build a qualified pipeline worth $1.2M by the end of your sixth month.",
            "Win two referenceable customers who agree to a published case study.",
            "Keep forecast accuracy within 10% of actual bookings for each quarter after your "
            "third month.",
        ],
    },
    {
        "title": "Business Development Representative, Healthcare Software",
        "target_market": "Regional hospital groups and clinic networks",
        "base_salary": Decimal("60000"), "variable_pay": Decimal("30000"),
        "benefits_rate": Decimal("0.22"),
        "outcomes": [
            "Book 40 qualified discovery meetings for account executives within 120 days of "
            "your start date.",
            "Convert 25% of booked meetings into qualified opportunities by the end of your "
            "sixth month.",
            "Source $750,000 of pipeline from outbound research by the end of your first year.",
        ],
    },
]

CANDIDATES = [
    ("Jordan Ellis", "applied"), ("Samira Haddad", "applied"), ("Lucas Brandt", "writing"),
    ("Chen Wei", "writing"), ("Amara Okafor", "research"), ("Diego Alvarez", "research"),
    ("Hannah Schmidt", "interview"), ("Kwame Mensah", "interview"), ("Isabel Costa", "decision"),
    ("Noah Fischer", "hired"), ("Mei Tanaka", "onboarding"), ("Oliver Grant", "screened_out"),
    ("Priya Raman", "offer"),
]


@dataclass
class Demo:
    """What the core demo created, for the packages that add to it."""

    users: dict[str, User] = field(default_factory=dict)
    positions: list[Position] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def _extensions():
    return sorted(registry.modules("demo"), key=lambda module: getattr(module, "ORDER", 50))


def load_demo() -> bool:
    """Create the demo records unless they exist; True when something was created."""
    if db.session.scalar(select(User.id).where(User.email == DEMO_LOGINS[0][0])) is not None:
        return False
    demo = Demo()
    for email, role in DEMO_LOGINS:
        demo.users[email] = create_user(email, role, DEMO_PASSWORD, DEMO_NAMES[email])
    manager = demo.users["manager@demo.test"]
    for spec in POSITIONS:
        position = Position(title=spec["title"], target_market=spec["target_market"],
                            hiring_manager_id=manager.id, base_salary=spec["base_salary"],
                            variable_pay=spec["variable_pay"], benefits_rate=spec["benefits_rate"],
                            status="open", outcomes_due=spec.get("outcomes_due"))
        position.outcomes = [Outcome(sort_order=i, text=text)
                             for i, text in enumerate(spec["outcomes"])]
        db.session.add(position)
        demo.positions.append(position)
    db.session.flush()
    now = utcnow()
    for index, (name, stage) in enumerate(CANDIDATES):
        position = demo.positions[index % 3 == 2 and 1 or 0]
        first, last = name.lower().split(" ", 1)
        candidate = Candidate(position=position, name=name,
                              email=f"{first}.{last.replace(' ', '')}@example.com",
                              phone=f"+1 555 01{index:02d}", source="Referral" if index % 2
                              else "Careers page", stage=stage,
                              created_at=now - timedelta(days=30 - index),
                              last_activity_at=now - timedelta(days=10 - index % 10))
        db.session.add(candidate)
        demo.candidates.append(candidate)
    db.session.flush()
    for module in _extensions():
        module.seed(demo)
    return True
