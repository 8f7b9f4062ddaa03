"""The Offer stage: an offer with pay and start date, its acceptance or refusal, the start date
carried into the onboarding plan."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from hiring.audit import AuditEvent
from hiring.auth.models import User
from hiring.candidates import services as candidates
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.offers import services
from hiring.offers.models import Offer
from hiring.plans.models import OnboardingPlan
from hiring.reports import funnel as fn
from tests.interviews.test_views import as_user  # noqa: F401 (fixture)

TODAY = date(2026, 12, 1)


@pytest.fixture
def at_offer(app, make_user, make_position, make_candidate):
    manager_id = make_user("manager", email="boss@example.test")
    candidate_id = make_candidate(position_id=make_position(), stage="decision")
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        candidates.move_candidate(candidate, "offer", db.session.get(User, manager_id))
        db.session.commit()
    return candidate_id, manager_id


def _make(candidate, manager, **changes):
    values = {"offered_on": TODAY, "pay": "85000", "proposed_start": date(2027, 1, 4)}
    values.update(changes)
    return services.make_offer(candidate, actor=manager, today=TODAY, **values)


def test_an_offer_is_recorded_audited_and_bounded(app, at_offer):
    candidate_id, manager_id = at_offer
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        manager = db.session.get(User, manager_id)
        for pay, message in (("abc", "as a number"), ("500", "between"), ("99999999", "between"),
                             ("85000.001", "cent"), ("NaN", "between")):
            with pytest.raises(HiringError, match=message):
                _make(candidate, manager, pay=pay)
        with pytest.raises(HiringError, match="cannot be before"):
            _make(candidate, manager, proposed_start=TODAY - timedelta(days=1))
        with pytest.raises(HiringError, match="more than a year"):
            _make(candidate, manager, proposed_start=TODAY + timedelta(days=400))
        with pytest.raises(HiringError, match="two months"):
            _make(candidate, manager, offered_on=TODAY - timedelta(days=90))
        offer = _make(candidate, manager)
        assert (offer.pay, offer.currency, offer.state) == (Decimal("85000"), "USD", "open")
        with pytest.raises(HiringError, match="already waiting"):
            _make(candidate, manager)
        event = db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "offer.made")).one()
        assert event.after["state"] == "open" and event.candidate_id == candidate_id


def test_an_offer_needs_the_offer_stage(app, make_user, make_candidate):
    manager_id = make_user("manager")
    candidate_id = make_candidate(stage="interview")
    with app.app_context():
        with pytest.raises(HiringError, match="Make an offer"):
            _make(db.session.get(Candidate, candidate_id), db.session.get(User, manager_id))


def test_acceptance_hires_with_the_agreed_start_and_refusal_keeps_the_stage(app, at_offer):
    candidate_id, manager_id = at_offer
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        manager = db.session.get(User, manager_id)
        # Nobody reaches Hired without an accepted offer, not even from the Offer column.
        with pytest.raises(HiringError, match="acceptance of the offer"):
            candidates.move_candidate(candidate, "hired", manager)
        first = _make(candidate, manager)
        services.refuse_offer(first, reason="Counter-offer from their employer", actor=manager)
        assert (first.state, candidate.stage) == ("refused", "offer")
        with pytest.raises(HiringError, match="already refused"):
            services.accept_offer(first, agreed_start=date(2027, 1, 4), actor=manager)
        second = _make(candidate, manager, pay="92000")
        services.accept_offer(second, agreed_start=date(2027, 1, 11), actor=manager)
        assert (second.state, second.agreed_start, candidate.stage) == (
            "accepted", date(2027, 1, 11), "hired")
        assert services.start_date_for(candidate) == date(2027, 1, 11)
        actions = [e.action for e in db.session.scalars(select(AuditEvent).where(
            AuditEvent.candidate_id == candidate_id).order_by(AuditEvent.id))]
        assert actions[-4:] == ["offer.refused", "offer.made", "offer.accepted",
                                "candidate.stage_changed"]
        refused = db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "offer.refused")).one()
        # Free text stays out of the audit log.
        assert "Counter-offer" not in str(refused.after)


def test_the_onboarding_plan_starts_on_the_agreed_date(app, at_offer):
    candidate_id, manager_id = at_offer
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        manager = db.session.get(User, manager_id)
        offer = _make(candidate, manager)
        services.accept_offer(offer, agreed_start=date(2027, 2, 1), actor=manager)
        from hiring.plans.services import create_onboarding_plan

        plan = create_onboarding_plan(candidate, manager, None)
        assert plan.start_date == date(2027, 2, 1)


def test_offer_pages_over_http(app, client, at_offer):
    from tests.conftest import login

    candidate_id, _ = at_offer
    login(client, "boss@example.test")
    page = client.get(f"/offers/candidates/{candidate_id}")
    assert page.status_code == 200 and b"Record the offer" in page.data
    assert f'value="{utcnow().date().isoformat()}"'.encode() in page.data  # dated today
    bad = client.post(f"/offers/candidates/{candidate_id}", data={
        "offered_on": utcnow().date().isoformat(), "pay": "12", "proposed_start": "2027-01-04"})
    assert bad.status_code == 422
    start = utcnow().date() + timedelta(days=30)
    made = client.post(f"/offers/candidates/{candidate_id}", data={
        "offered_on": utcnow().date().isoformat(), "pay": "85000",
        "proposed_start": start.isoformat()})
    assert made.headers["Location"] == f"/offers/candidates/{candidate_id}"
    page = client.get(f"/offers/candidates/{candidate_id}").get_data(as_text=True)
    assert "Awaiting an answer" in page and "85,000.00 USD" in page
    with app.app_context():
        offer_id = db.session.scalars(select(Offer.id)).one()
    accepted = client.post(f"/offers/{offer_id}/accept",
                           data={"agreed_start": start.isoformat()})
    assert accepted.headers["Location"] == f"/candidates/{candidate_id}"
    detail = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    assert 'data-offer-state="accepted"' in detail and "Hired" in detail
    assert f"Create the onboarding plan from {start:%d %B %Y}" in detail
    # The plans page offers the agreed start date for the onboarding plan.
    assert f'value="{start.isoformat()}"' in client.get("/plans/").get_data(as_text=True)
    created = client.post(f"/plans/candidates/{candidate_id}/onboarding/new",
                          data={"start_date": ""})
    assert created.headers["Location"] == f"/plans/candidates/{candidate_id}/onboarding"
    with app.app_context():
        assert db.session.scalars(select(OnboardingPlan)).one().start_date == start


def test_the_funnel_counts_offer_between_decision_and_hired():
    assert fn.PIPELINE.index("offer") == fn.PIPELINE.index("decision") + 1
    assert fn.PIPELINE.index("hired") == fn.PIPELINE.index("offer") + 1
    funnel = fn.build_funnel({"offer": 2, "hired": 1, "decision": 1}, {}, {})
    rows = {r.stage: r for r in funnel.rows}
    assert (rows["offer"].reached, rows["offer"].current, rows["offer"].advanced) == (3, 2, 1)
    assert rows["decision"].advanced == 3
