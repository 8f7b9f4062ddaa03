"""The validity page shows, per criterion, how far reviewers agree with the automated
suggestion, beside how far two reviewers of the same work agree with each other."""

import re

from hiring.analysis.agreement import weighted_kappa
from hiring.assessments.models import Review, ReviewAssignment, Submission
from hiring.db import db, utcnow
from hiring.reports import scores
from hiring.rubrics import get_rubric

RUBRIC = get_rubric("business-writing")
LEVELS = (1, 2, 3, 4)


def add_review(submission, reviewer_id, ratings, suggested):
    review = Review(candidate_id=submission.candidate_id, submission_id=submission.id,
                    reviewer_id=reviewer_id, rubric_id=RUBRIC.id,
                    rubric_version=RUBRIC.version, rubric_digest=RUBRIC.digest,
                    ratings=ratings, suggested=suggested, score=RUBRIC.score(ratings))
    db.session.add(review)
    return review


def reviewed_position(app, make_position, make_candidate, make_user, n=34, twice=12):
    """n reviewed writing tests of one position: Clarity suggested badly, Tone well; the first
    `twice` of them reviewed a second time. Returns the position, reviewers and the pairs."""
    position_id = make_position()
    other_position = make_position(title="Elsewhere")
    first = make_user("interviewer", email="first@example.org")
    second = make_user("interviewer", email="second@example.org")
    ids = [make_candidate(position_id, name=f"Cand {i}", email=f"c{i}@example.org")
           for i in range(n)]
    elsewhere = make_candidate(other_position, name="Other", email="other@example.org")
    clarity, tone, both = [], [], []
    with app.app_context():
        for i, cid in enumerate(ids + [elsewhere]):
            s = Submission(candidate_id=cid, step="writing", code=f"W-V{i:04d}",
                           rubric_id=RUBRIC.id, time_limit_minutes=30, submitted_at=utcnow(),
                           text="Answer.")
            db.session.add(s)
            db.session.flush()
            suggested = {c.key: 1 + (i + j) % 4 for j, c in enumerate(RUBRIC.criteria)}
            ratings = {**suggested, "clarity": 1 + (i * 3 + i // 4) % 4}
            add_review(s, first, ratings, suggested)
            if cid == elsewhere:
                continue  # another position's work: not in this position's report
            clarity.append((suggested["clarity"], ratings["clarity"]))
            tone.append((suggested["tone"], ratings["tone"]))
            if i < twice:
                again = {**ratings, "tone": min(4, ratings["tone"] + 1)}
                add_review(s, second, again, suggested)
                clarity.append((suggested["clarity"], again["clarity"]))
                tone.append((suggested["tone"], again["tone"]))
                both.append((ratings["tone"], again["tone"]))
        db.session.commit()
    return position_id, first, second, clarity, tone, both


def test_agreement_per_criterion_of_the_positions_reviews(app, make_position, make_candidate,
                                                          make_user):
    position_id, _, _, clarity, tone, both = reviewed_position(
        app, make_position, make_candidate, make_user)
    with app.app_context():
        [step] = scores.suggestion_agreement(position_id)
    assert (step.step, step.rubric_title) == ("writing", RUBRIC.title)
    by_key = {c.key: c for c in step.criteria}
    assert [c.key for c in step.criteria] == [c.key for c in RUBRIC.criteria]
    assert by_key["clarity"].suggestion == weighted_kappa(clarity, LEVELS)
    assert by_key["clarity"].suggestion.subjects == 34 + 12
    assert by_key["clarity"].weak
    assert by_key["tone"].suggestion.value == weighted_kappa(tone, LEVELS).value > 0.4
    assert by_key["tone"].reviewers == weighted_kappa(both, LEVELS)
    assert by_key["tone"].reviewers.subjects == 12
    # Two reviewers who rated Clarity alike agree fully.
    assert by_key["clarity"].reviewers.value == 1.0


def test_the_validity_page_shows_the_kappas_with_their_n(app, client, login_as, make_position,
                                                         make_candidate, make_user):
    position_id, _, _, clarity, tone, both = reviewed_position(
        app, make_position, make_candidate, make_user)
    login_as("manager")
    html = client.get(f"/reports/positions/{position_id}/validity").get_data(as_text=True)
    assert "Do reviewers agree with the automated suggestions?" in html
    row = re.search(r"<th scope=\"row\">Clear, plain sentences</th>(.*?)</tr>", html, re.S)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    assert cells[:4] == [f"{weighted_kappa(clarity, LEVELS).value:.2f}", "46", "1.00", "12"]
    assert "Weak" in cells[4]
    row = re.search(r"<th scope=\"row\">Professional, fresh tone</th>(.*?)</tr>", html, re.S)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    assert cells[:4] == [f"{weighted_kappa(tone, LEVELS).value:.2f}", "46",
                         f"{weighted_kappa(both, LEVELS).value:.2f}", "12"]


def test_without_reviews_the_page_says_so(app, client, login_as, make_position):
    position_id = make_position()
    login_as("manager")
    html = client.get(f"/reports/positions/{position_id}/validity").get_data(as_text=True)
    assert "No work for this position has been reviewed yet." in html


def test_a_reviewer_still_to_review_sees_no_agreement_that_includes_that_work(
        app, make_position, make_candidate, make_user):
    from hiring import blind
    from hiring.auth.models import User

    position_id, first, _, _, _, _ = reviewed_position(
        app, make_position, make_candidate, make_user, n=3, twice=0)
    pending = make_user("manager", email="pending@example.org")
    with app.app_context():
        s = db.session.scalars(db.select(Submission).order_by(Submission.id)).first()
        db.session.add(ReviewAssignment(submission_id=s.id, user_id=pending,
                                        candidate_id=s.candidate_id))
        db.session.commit()
        hidden = blind.withheld(db.session.get(User, pending))
        [step] = scores.suggestion_agreement(position_id, hidden)
    assert step.criteria[0].suggestion.subjects == 2
