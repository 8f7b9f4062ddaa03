"""A rubric's agreement, counted once per app and kept until a review is added or removed,
gives the figures of a fresh count over every review, with one submission left out."""

from sqlalchemy import select

from hiring.analysis.agreement import weighted_kappa, weighted_kappa_counts
from hiring.assessments import review as review_services
from hiring.assessments.models import Review
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.reports import scores
from tests.assessments.test_suggestion_agreement import RUBRIC, seed_reviews, weak_pairs


def _fresh(position_id=None, exclude=None):
    """criterion_agreement over every review read now: what the kept tables must equal."""
    candidate_ids = None if position_id is None else \
        select(Candidate.id).where(Candidate.position_id == position_id)
    reviews = [r for r in review_services.reviews_of(RUBRIC.id, candidate_ids=candidate_ids)
               if r.submission_id != exclude]
    return review_services.criterion_agreement(RUBRIC, reviews)


def test_weighted_kappa_from_counts_equals_it_from_pairs():
    pairs = weak_pairs(50) + [(2, 2)] * 7
    counts: dict = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    assert weighted_kappa_counts(counts, (1, 2, 3, 4)) == weighted_kappa(pairs, (1, 2, 3, 4))
    assert weighted_kappa_counts({}, (1, 2)) == weighted_kappa([], (1, 2))


def test_kept_agreement_follows_new_reviews_and_leaves_one_submission_out(
        app, make_candidate, make_user):
    seed_reviews(app, make_candidate, make_user, 12, weak_pairs(12))
    second = make_user("interviewer", email="second@example.org")
    with app.app_context():
        first = db.session.scalars(select(Review).order_by(Review.id)).first()
        position_id = db.session.get(Candidate, first.candidate_id).position_id
        assert review_services.rubric_agreement(RUBRIC) == _fresh()
        before = review_services.rubric_agreement(RUBRIC, position_id=position_id)
        assert before == _fresh(position_id)
        # A second reviewer of the first submission, disagreeing on clarity.
        ratings = {**first.ratings, "clarity": 1 + first.ratings["clarity"] % 4}
        db.session.add(Review(candidate_id=first.candidate_id, submission_id=first.submission_id,
                              reviewer_id=second, rubric_id=RUBRIC.id,
                              rubric_version=RUBRIC.version, rubric_digest=RUBRIC.digest,
                              ratings=ratings, suggested=first.suggested,
                              score=RUBRIC.score(ratings)))
        db.session.commit()
        after = review_services.rubric_agreement(RUBRIC, position_id=position_id)
        assert after == _fresh(position_id) != before
        # The validity report reads the newest review and count with the steps used.
        [step] = scores.suggestion_agreement(position_id)
        assert step.criteria == list(after.values())
        assert after["clarity"].reviewers.subjects == 1
        left_out = review_services.rubric_agreement(RUBRIC, exclude=first.submission_id)
        assert left_out == _fresh(exclude=first.submission_id)
        assert left_out["clarity"].reviewers.subjects == 0
