"""A candidate who has been interviewed, staff to sit on the panel, and helpers to schedule
and score the final presentation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from hiring.db import db
from tests.conftest import login


@dataclass
class Setup:
    position_id: int
    candidate_id: int
    users: dict[str, int] = field(default_factory=dict)


@pytest.fixture
def setup(app, make_user, make_position, make_candidate) -> Setup:
    position_id = make_position()
    candidate_id = make_candidate(position_id=position_id, name="Rosa Lind", stage="interview")
    users = {name: make_user(role, email=f"{name}@example.test", name=name.title())
             for name, role in [("ana", "interviewer"), ("ben", "interviewer"),
                                ("cy", "interviewer"), ("dee", "interviewer"),
                                ("max", "manager")]}
    return Setup(position_id, candidate_id, users)


@pytest.fixture
def present(app, setup):
    """Schedule the set-up candidate's presentation with the named panel; returns its id."""

    def make(*names: str, hours_ago: float = 1, minutes: int = 30) -> int:
        from hiring.auth.models import User
        from hiring.candidates.models import Candidate
        from hiring.presentations import services

        with app.app_context():
            presentation = services.schedule_presentation(
                db.session.get(Candidate, setup.candidate_id),
                panel=[db.session.get(User, setup.users[n]) for n in names],
                scheduled_at=datetime.now(UTC) - timedelta(hours=hours_ago), minutes=minutes,
                location="Boardroom", actor=db.session.get(User, setup.users["max"]))
            db.session.commit()
            return presentation.id

    return make


@pytest.fixture
def score(app, setup):
    """Submit `name`'s scorecard: levels in rubric order."""

    def make(presentation_id: int, name: str, levels: list[int], submit: bool = True) -> None:
        from hiring.auth.models import User
        from hiring.interviews import services
        from hiring.interviews.models import Interview

        with app.app_context():
            presentation = db.session.get(Interview, presentation_id)
            user = db.session.get(User, setup.users[name])
            card = services.scorecard_for(presentation, user)
            rated = [q for q in presentation.questions if q.rated]
            services.save_scorecard(
                card, {q.id: services.RatingInput(p, f"{name.upper()}-NOTE {p}")
                       for q, p in zip(rated, levels, strict=True)},
                recommendation="yes", notes="", submit=submit, actor=user)
            db.session.commit()

    return make


@pytest.fixture
def as_user(app, setup):
    def make(name: str):
        client = app.test_client()
        response = login(client, f"{name}@example.test")
        assert response.status_code in (302, 303)
        return client

    return make
