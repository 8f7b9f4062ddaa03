"""The writing test's and research exercise's status on a board card, from each candidate's
submissions and invitations read in one statement, on both databases: every status a step can
show, and the newest link of a step counting over older ones."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hiring.assessments.hooks import step_results
from hiring.assessments.models import Submission
from hiring.blind import NOTHING
from hiring.candidates.invitations import create_invitation
from hiring.candidates.models import Candidate, Invitation
from hiring.db import db, utcnow


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app_config(request):
    if request.param == "sqlite":
        return {}
    return {"SQLALCHEMY_DATABASE_URI": request.getfixturevalue("postgres_database")}


def _submission(candidate_id: int, step: str, code: str, **fields) -> None:
    db.session.add(Submission(candidate_id=candidate_id, step=step, code=code,
                              time_limit_minutes=30, **fields))


def test_every_status_of_a_timed_step(app, make_position, make_candidate):
    position_id = make_position()
    ids = {name: make_candidate(position_id=position_id, stage="writing")
           for name in ("nothing", "unopened", "opened", "expired", "revoked", "relinked",
                        "begun", "handed_in", "reviewed", "disputed")}
    now = utcnow()
    with app.app_context():
        get = lambda name: db.session.get(Candidate, ids[name])  # noqa: E731
        for name in ("unopened", "opened", "expired", "revoked", "relinked"):
            create_invitation(get(name), "writing", None, 14)
        db.session.flush()
        invitation = lambda name: db.session.scalars(db.select(Invitation).where(  # noqa: E731
            Invitation.candidate_id == ids[name]).order_by(Invitation.id.desc())).first()
        invitation("opened").first_used_at = now
        invitation("expired").expires_at = now - timedelta(days=1)
        invitation("revoked").revoked_at = now
        # A second link replaces the first: the newest one's state is shown.
        invitation("relinked").first_used_at = now
        create_invitation(get("relinked"), "writing", None, 14)
        _submission(ids["begun"], "writing", "W-BEGUN", started_at=now)
        _submission(ids["handed_in"], "writing", "W-IN", started_at=now, submitted_at=now)
        _submission(ids["reviewed"], "writing", "W-DONE", started_at=now, submitted_at=now,
                    final_score=72.5, rubric_id="business-writing")
        _submission(ids["disputed"], "research", "R-TWO", started_at=now, submitted_at=now,
                    needs_reconciliation=True)
        db.session.commit()
        candidates = [get(name) for name in ids]
        with app.test_request_context():
            found = step_results(candidates, NOTHING)

    def status(name: str, step: str = "writing") -> str:
        return next(r for r in found[ids[name]] if r.key == step).status

    assert status("nothing") == "Not invited"
    assert status("unopened") == "Invited, link not opened yet"
    assert status("opened") == "Invited, link opened"
    assert status("expired") == "Invitation expired"
    assert status("revoked") == "Not invited"
    assert status("relinked") == "Invited, link not opened yet"
    assert status("begun") == "In progress"
    assert status("handed_in").startswith("Handed in ") and "waiting for review" in status(
        "handed_in")
    reviewed = next(r for r in found[ids["reviewed"]] if r.key == "writing")
    assert reviewed.status == "Reviewed" and reviewed.result.startswith("72.5 of 100")
    assert status("disputed", "research") == "Reviewers disagree: to reconcile"
    assert status("disputed", "writing") == "Not invited"
