"""The automated suggestion is kept beside each reviewer's level, and the review form says
where reviewers have agreed with a suggestion only weakly."""

import re

import pytest

from hiring.analysis.agreement import weighted_kappa
from hiring.assessments import review as review_services
from hiring.assessments import services
from hiring.assessments.models import Review, Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.rubrics import get_rubric

WEAK = "hi [Name],i think we are the best-in-class partner!! As I said, we have not heard back."
RUBRIC = get_rubric("business-writing")
LEVELS = (1, 2, 3, 4)


@pytest.fixture
def submitted(app, make_candidate):
    candidate_id = make_candidate(name="Zed Quorra", email="zed@example.org")
    with app.app_context():
        services.seed_prompts(load_prompts())
        s = services.submission_for(db.session.get(Candidate, candidate_id), "writing")
        services.begin(s, utcnow())
        s.text = WEAK
        services.submit(s, utcnow())
        db.session.commit()
        return s.id


def weak_pairs(n):
    """(suggested, rated) for Clarity: reviewers mostly go their own way."""
    return [(1 + i % 4, 1 + (i * 3 + (i // 4)) % 4) for i in range(n)]


def seed_reviews(app, make_candidate, make_user, n, clarity_pairs):
    """n reviewed submissions of other candidates: every criterion but Clarity rated exactly as
    suggested, Clarity as the pairs say."""
    reviewer = make_user("interviewer", email="earlier@example.org")
    ids = [make_candidate(name=f"Earlier {i}", email=f"earlier{i}@example.org")
           for i in range(n)]
    with app.app_context():
        for i, cid in enumerate(ids):
            s = Submission(candidate_id=cid, step="writing", code=f"W-OLD{i:04d}",
                           rubric_id=RUBRIC.id, time_limit_minutes=30, submitted_at=utcnow(),
                           text="An earlier answer.")
            db.session.add(s)
            db.session.flush()
            suggested = {c.key: 1 + (i + j) % 4 for j, c in enumerate(RUBRIC.criteria)}
            suggested["clarity"], rated = clarity_pairs[i]
            ratings = {**suggested, "clarity": rated}
            db.session.add(Review(candidate_id=cid, submission_id=s.id, reviewer_id=reviewer,
                                  rubric_id=RUBRIC.id, rubric_version=RUBRIC.version,
                                  rubric_digest=RUBRIC.digest, ratings=ratings,
                                  suggested=suggested, score=RUBRIC.score(ratings)))
        db.session.commit()


def fieldset_of(html, label):
    return next(part for part in html.split("<fieldset>") if f"<legend>{label} " in part)


def test_every_criterion_keeps_its_suggestion_or_none_beside_the_reviewers_level(
        app, submitted, make_user):
    reviewer = make_user("interviewer", email="rev@example.org")
    with app.app_context():
        submission = db.session.get(Submission, submitted)
        page = review_services.review_page(submission, reviewer)
        # The analysis made no suggestion for Tone here.
        suggestions = {k: s for k, s in page.suggestions.items() if k != "tone"}
        ratings = {c.key: suggestions[c.key].points if c.key in suggestions else 2
                   for c in RUBRIC.criteria}
        review = review_services.record_review(submission, reviewer, RUBRIC, ratings, {},
                                               suggestions, utcnow())
        db.session.commit()
        stored = db.session.get(Review, review.id).suggested
    assert set(stored) == {c.key for c in RUBRIC.criteria}
    assert stored["tone"] is None
    assert stored == {k: (s.points if s else None) for k, s in
                      ((c.key, suggestions.get(c.key)) for c in RUBRIC.criteria)}


def test_the_ratings_table_shows_a_dash_where_nothing_was_suggested(
        app, client, submitted, login_as):
    user_id = login_as("manager")
    with app.app_context():
        submission = db.session.get(Submission, submitted)
        page = review_services.review_page(submission, user_id)
        suggestions = {k: s for k, s in page.suggestions.items() if k != "tone"}
        ratings = {c.key: suggestions[c.key].points if c.key in suggestions else 2
                   for c in RUBRIC.criteria}
        review_services.record_review(submission, user_id, RUBRIC, ratings, {}, suggestions,
                                      utcnow())
        db.session.commit()
    html = client.get(f"/assessments/review/{submitted}").data.decode()
    tone = re.search(r"<th scope=\"row\">Professional, fresh tone</th><td>([^<]*)</td>", html)
    assert tone and tone.group(1) == "-"
    assert "None" not in html


def test_the_form_warns_beside_a_suggestion_reviewers_agreed_with_only_weakly(
        app, client, submitted, login_as, make_candidate, make_user):
    pairs = weak_pairs(42)
    kappa = weighted_kappa(pairs, LEVELS).value
    assert kappa < 0.40
    seed_reviews(app, make_candidate, make_user, 42, pairs)
    login_as("manager")
    html = client.get(f"/assessments/review/{submitted}").data.decode()
    clarity = fieldset_of(html, "Clear, plain sentences")
    assert ("Reviewers agreed with this suggestion only weakly so far "
            f"(κ = {kappa:.2f} over 42 reviews): form your own view.") in clarity
    # Where reviewers rated exactly as suggested, no warning.
    assert "only weakly" not in fieldset_of(html, "Writes for the reader")
    assert html.count("only weakly") == 1


def test_no_warning_before_thirty_reviews(app, client, submitted, login_as, make_candidate,
                                          make_user):
    seed_reviews(app, make_candidate, make_user, 29, weak_pairs(29))
    login_as("manager")
    html = client.get(f"/assessments/review/{submitted}").data.decode()
    assert "only weakly" not in html


def test_the_submission_under_review_does_not_count_towards_its_own_warning(
        app, submitted, make_candidate, make_user):
    seed_reviews(app, make_candidate, make_user, 30, weak_pairs(30))
    with app.app_context():
        reviews = review_services.reviews_of(RUBRIC.id)
        one = reviews[0].submission_id
        left = review_services.reviews_of(RUBRIC.id, exclude=one)
        agreement = review_services.criterion_agreement(RUBRIC, left)
    assert len(left) == 29 and agreement["clarity"].suggestion.subjects == 29
    assert not agreement["clarity"].weak
