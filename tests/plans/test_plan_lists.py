"""The plans page's lists of candidates by name, merged from each stage's own order, page
for page the same as one query sorting them all."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from hiring.db import db


def test_candidates_without_a_plan_page_by_name_across_stages(app, make_position,
                                                             make_candidate, monkeypatch):
    from hiring.candidates.models import Candidate
    from hiring.plans import listing
    from hiring.plans.models import DevelopmentPlan

    rng = random.Random(7)
    position_id = make_position()
    stages = [*listing.PLAN_STAGES, "applied", "writing"]
    ids = [make_candidate(position_id, name=f"{rng.choice('ABCDE')} {n:03d}",
                          stage=rng.choice(stages)) for n in range(90)]
    with app.app_context():
        for candidate_id in ids[::4]:
            db.session.add(DevelopmentPlan(candidate_id=candidate_id, created_by_id=None,
                                           start_date=date(2027, 1, 4)))
        db.session.commit()
        has_plan = select(DevelopmentPlan.id).where(
            DevelopmentPlan.candidate_id == Candidate.id).exists()
        expected = list(db.session.scalars(select(Candidate.id).where(
            Candidate.stage.in_(listing.PLAN_STAGES), ~has_plan)
            .order_by(Candidate.name, Candidate.id)))
        assert 20 < len(expected) < 90
        # The page reads the candidates' flags (kept as plans are added), checked against
        # the plans themselves: the same candidates as asking every candidate's plan.
        without = listing.without_development_plan()
        pages = -(-len(expected) // 7)
        seen = []
        for page in range(1, pages + 1):
            found = listing.by_name_in_stages(listing.PLAN_STAGES, without, page, per_page=7)
            assert (found.page, found.pages, found.total, found.more) == (
                page, pages, len(expected), False)
            assert found.has_next == (page < pages)
            seen += [c.id for c in found.items]
        assert seen == expected
        # Past the end: the last page; a count that stops early still pages on.
        assert listing.by_name_in_stages(listing.PLAN_STAGES, without, 999,
                                         per_page=7).page == pages
        monkeypatch.setattr(listing, "COUNTED", 10)
        capped = listing.by_name_in_stages(listing.PLAN_STAGES, without, 3, per_page=7)
        assert capped.more and [c.id for c in capped.items] == expected[14:21]


def test_plan_flags_follow_the_plans(app, make_position, make_candidate):
    """A candidate's has_development_plan and has_onboarding_plan turn on as the plan is
    written and off when it is removed, so the lists built on them stay true."""
    from hiring.candidates.models import Candidate
    from hiring.plans import listing
    from hiring.plans.models import DevelopmentPlan, OnboardingPlan

    position_id = make_position()
    hired = make_candidate(position_id, name="Hana Hired", stage="hired")
    other = make_candidate(position_id, name="Omar Other", stage="hired")
    with app.app_context():
        def listed(condition, stages):
            return [c.id for c in listing.by_name_in_stages(stages, condition, 1).items]

        def flags(candidate_id):
            return db.session.execute(select(
                Candidate.has_development_plan, Candidate.has_onboarding_plan)
                .where(Candidate.id == candidate_id)).one()

        assert tuple(flags(hired)) == (False, False)
        assert listed(listing.without_onboarding_plan(), ("hired",)) == [hired, other]
        db.session.add(DevelopmentPlan(candidate_id=hired, created_by_id=None,
                                       start_date=date(2027, 1, 4)))
        db.session.add(OnboardingPlan(candidate_id=hired, start_date=date(2027, 1, 4)))
        db.session.commit()
        assert tuple(flags(hired)) == (True, True)
        assert tuple(flags(other)) == (False, False)
        assert listed(listing.without_development_plan(), ("hired",)) == [other]
        assert listed(listing.without_onboarding_plan(), ("hired",)) == [other]
        db.session.delete(db.session.scalar(select(OnboardingPlan).where(
            OnboardingPlan.candidate_id == hired)))
        db.session.commit()
        assert tuple(flags(hired)) == (True, False)
        assert listed(listing.without_onboarding_plan(), ("hired",)) == [hired, other]
