"""Blind review: suggestions with evidence, overrides need a reason, disagreement, screen-out."""

import json

import pytest

from hiring.assessments import services
from hiring.assessments.models import Review, Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.candidates.models import Candidate, ScreenOutSuggestion
from hiring.db import db, utcnow
from hiring.rubrics import get_rubric

WEAK = "hi [Name],i think we are the best-in-class partner!! As I said, we have not heard back."


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


@pytest.fixture
def login_as(login_as, app, submitted):
    """Interviewers signed in here are given the submission to review, as a manager would."""

    def sign_in(role, client_=None, assign=True, **fields):
        user_id = login_as(role, client_=client_, **fields)
        if role == "interviewer" and assign:
            from hiring.auth.models import User

            with app.app_context():
                services.assign_reviewer(db.session.get(Submission, submitted),
                                         db.session.get(User, user_id), None)
                db.session.commit()
        return user_id

    return sign_in


def ratings_form(points_by_key, comment=""):
    form = {f"rating-{k}": str(p) for k, p in points_by_key.items()}
    form.update({f"comment-{k}": comment for k in points_by_key})
    return form


def test_queue_and_review_page_are_blind(app, client, login_as, submitted):
    login_as("interviewer")
    queue = client.get("/assessments/queue").data
    assert b"W-" in queue and b"Zed" not in queue and b"zed@example.org" not in queue
    page = client.get(f"/assessments/review/{submitted}").data
    assert b"Zed" not in page and b"<mark" in page and b"Suggested:" in page


def test_override_needs_a_comment_and_score_keeps_rubric_version(app, client, login_as,
                                                                submitted):
    rubric = get_rubric("business-writing")
    top = {c.key: c.max_points for c in rubric.criteria}
    user_id = login_as("interviewer")
    r = client.post(f"/assessments/review/{submitted}", data=ratings_form(top))
    assert b"Say why you differ" in r.data
    r = client.post(f"/assessments/review/{submitted}", data=ratings_form(top, "Reads well"))
    assert r.headers["Location"].endswith(f"/assessments/review/{submitted}")
    with app.app_context():
        review = db.session.scalars(db.select(Review)).one()
        assert (review.reviewer_id, review.score) == (user_id, 100.0)
        assert (review.rubric_id, review.rubric_version, review.rubric_digest) == (
            rubric.id, rubric.version, rubric.digest)
        assert review.suggested  # the automated levels are kept beside the human ones


def test_other_ratings_hidden_until_own_and_disagreement_flagged(app, client, login_as,
                                                                 submitted):
    rubric = get_rubric("business-writing")
    top = {c.key: c.max_points for c in rubric.criteria}
    low = {c.key: c.min_points for c in rubric.criteria}
    login_as("interviewer")
    client.post(f"/assessments/review/{submitted}", data=ratings_form(top, "x"))
    second = app.test_client()
    login_as("manager", client_=second)
    before = second.get(f"/assessments/review/{submitted}").data
    assert b"Reviewer 2" not in before and b"100.0" not in before
    second.post(f"/assessments/review/{submitted}", data=ratings_form(low, "weak"))
    after = second.get(f"/assessments/review/{submitted}").data
    assert b"Reviewer 2" in after and b"Reviewers differ" in after
    with app.app_context():
        s = db.session.get(Submission, submitted)
        assert s.needs_reconciliation and len(s.reviews) == 2  # originals kept
        assert {d["key"] for d in s.disagreements} == {c.key for c in rubric.criteria}


def test_below_threshold_suggests_screen_out_with_evidence(app, client, login_as, submitted):
    rubric = get_rubric("business-writing")
    low = {c.key: c.min_points for c in rubric.criteria}
    login_as("interviewer")
    client.post(f"/assessments/review/{submitted}", data=ratings_form(low, "weak"))
    with app.app_context():
        suggestion = db.session.scalars(db.select(ScreenOutSuggestion)).one()
        assert suggestion.score == 0 and suggestion.pass_threshold == rubric.pass_threshold
        codes = {e.get("code") for e in suggestion.evidence}
        assert {"placeholder", "blame", "lowercase_i"} <= codes


def test_cli_prints_the_json_contract(runner, tmp_path):
    path = tmp_path / "email.txt"
    path.write_text(WEAK)
    result = runner.invoke(args=["writing", "score", str(path), "--prompt", "delay-reply-email"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"measures", "findings", "suggested", "suggested_score"}
    assert {"code", "message", "start", "end"} == set(data["findings"][0])
    assert "too_short" in {f["code"] for f in data["findings"]}
    assert 0 <= data["suggested_score"] < get_rubric("business-writing").pass_threshold
    bad = runner.invoke(args=["writing", "score", str(path), "--prompt", "nope"])
    assert bad.exit_code != 0 and "no prompt 'nope'" in bad.output


def test_queue_filters_and_pages(app, client, login_as, submitted):
    from hiring.assessments import services

    reviewer = login_as("interviewer")
    page = client.get("/assessments/queue").data.decode()
    assert "Waiting for your review" in page and "1 submission" in page
    assert "Nothing here." in client.get("/assessments/queue?show=mine").data.decode()
    assert client.get("/assessments/queue?show=nonsense&page=-3").status_code == 200
    with app.app_context():
        listing = services.review_queue(reviewer, "all", 99)
        assert (listing.total, listing.page, listing.pages) == (1, 1, 1)


def test_reviewers_reconcile_a_disagreement_and_the_originals_stay(app, client, login_as,
                                                                  submitted):
    from hiring.audit.models import AuditEvent

    rubric = get_rubric("business-writing")
    top = {c.key: c.max_points for c in rubric.criteria}
    low = {c.key: c.min_points for c in rubric.criteria}
    login_as("interviewer")
    client.post(f"/assessments/review/{submitted}", data=ratings_form(top, "x"))
    second = app.test_client()
    login_as("manager", client_=second)
    second.post(f"/assessments/review/{submitted}", data=ratings_form(low, "weak"))
    assert b"Record the agreement" in second.get(f"/assessments/review/{submitted}").data
    # Every disputed criterion needs a level, and the why is required.
    url = f"/assessments/review/{submitted}/reconcile"
    first_key = rubric.criteria[0].key
    response = second.post(url, data={f"agreed-{first_key}": top[first_key], "note": "ok"},
                           follow_redirects=True)
    assert b"Choose the agreed level for" in response.data
    middle = {c.key: sorted(lv.points for lv in c.levels)[len(c.levels) // 2]
              for c in rubric.criteria}
    form = {f"agreed-{key}": points for key, points in middle.items()}
    assert b"Say in a sentence" in second.post(url, data=form, follow_redirects=True).data
    second.post(url, data={**form, "note": "We agreed the ask was clear but the tone slipped."})
    with app.app_context():
        s = db.session.get(Submission, submitted)
        assert not s.needs_reconciliation and s.reconciled_ratings == middle
        assert sorted(r.ratings == top or r.ratings == low for r in s.reviews) == [True, True]
        assert s.final_score == round(rubric.score(middle), 2)
        assert db.session.scalars(db.select(AuditEvent).where(
            AuditEvent.action == "submission.reconciled")).one().after["agreed"] == middle
    page = second.get(f"/assessments/review/{submitted}").data
    assert b"Agreed after discussion" in page and b"the tone slipped" in page


def test_only_a_reviewer_or_manager_reconciles(app, client, login_as, submitted):
    rubric = get_rubric("business-writing")
    top = {c.key: c.max_points for c in rubric.criteria}
    low = {c.key: c.min_points for c in rubric.criteria}
    login_as("interviewer")
    client.post(f"/assessments/review/{submitted}", data=ratings_form(top, "x"))
    second = app.test_client()
    login_as("manager", client_=second)
    second.post(f"/assessments/review/{submitted}", data=ratings_form(low, "weak"))
    outsider = app.test_client()
    login_as("interviewer", client_=outsider, assign=False)
    form = {f"agreed-{c.key}": c.max_points for c in rubric.criteria}
    response = outsider.post(f"/assessments/review/{submitted}/reconcile",
                             data={**form, "note": "Not mine."})
    assert response.status_code == 403
    with app.app_context():
        assert db.session.get(Submission, submitted).needs_reconciliation


def test_a_third_reviewer_is_refused_and_the_work_leaves_their_queue(app, client, login_as,
                                                                    submitted):
    rubric = get_rubric("business-writing")
    top = {c.key: c.max_points for c in rubric.criteria}
    for role in ("interviewer", "manager"):
        reviewer = app.test_client()
        login_as(role, client_=reviewer)
        reviewer.post(f"/assessments/review/{submitted}", data=ratings_form(top, "x"))
    login_as("manager")
    assert b"Nothing is waiting for your review" in client.get("/assessments/queue").data
    response = client.post(f"/assessments/review/{submitted}", data=ratings_form(top, "x"),
                           follow_redirects=True)
    assert b"Two reviewers have already rated" in response.data
    with app.app_context():
        assert len(db.session.get(Submission, submitted).reviews) == 2


def test_interviewers_see_only_the_work_given_to_them(app, client, login_as, submitted):
    login_as("interviewer", assign=False)
    assert client.get(f"/assessments/review/{submitted}").status_code == 403
    assert b"W-" not in client.get("/assessments/queue").data
    manager = app.test_client()
    login_as("manager", client_=manager)
    from hiring.auth.models import User

    with app.app_context():
        interviewer = db.session.scalars(db.select(User).where(
            User.role == "interviewer")).one()
        interviewer_id = interviewer.id
    page = manager.get(f"/assessments/review/{submitted}").data.decode()
    assert "Add reviewer" in page
    response = manager.post(f"/assessments/review/{submitted}/reviewers",
                            data={"user_id": interviewer_id})
    assert response.headers["Location"].endswith(f"/assessments/review/{submitted}#reviewers")
    assert client.get(f"/assessments/review/{submitted}").status_code == 200
    assert b"W-" in client.get("/assessments/queue").data
    manager.post(f"/assessments/review/{submitted}/reviewers/{interviewer_id}/remove")
    assert client.get(f"/assessments/review/{submitted}").status_code == 403


def test_at_most_two_reviewers_are_given_a_submission(app, submitted, make_user):
    from hiring.auth.models import User
    from hiring.errors import HiringError

    ids = [make_user("interviewer") for _ in range(3)]
    with app.app_context():
        submission = db.session.get(Submission, submitted)
        for user_id in ids[:2]:
            services.assign_reviewer(submission, db.session.get(User, user_id), None)
        with pytest.raises(HiringError, match="already has two reviewers"):
            services.assign_reviewer(submission, db.session.get(User, ids[2]), None)
        with pytest.raises(HiringError, match="already reviews"):
            services.assign_reviewer(submission, db.session.get(User, ids[0]), None)


def _checked(page: str, key: str) -> list[str]:
    """Values of the checked radio buttons for one criterion."""
    import re

    return [m.group(1) for m in re.finditer(
        rf'<input type="radio" name="rating-{key}" value="(-?\d+)"[^>]*\bchecked\b', page)]


def test_a_refused_review_keeps_what_the_reviewer_entered_and_nothing_is_preselected(
        app, client, login_as, submitted):
    rubric = get_rubric("business-writing")
    user_id = login_as("interviewer")
    fresh = client.get(f"/assessments/review/{submitted}").get_data(as_text=True)
    for c in rubric.criteria:
        assert _checked(fresh, c.key) == [], f"{c.key} is preselected"
    assert "Suggested:" in fresh  # the suggestion and its evidence stay beside each criterion
    with app.app_context():
        from hiring.assessments.review import review_page

        suggested = {k: s.points for k, s in review_page(
            db.session.get(Submission, submitted), user_id).suggestions.items()}
    # The reviewer differs from the suggestion on every criterion, explains only the first.
    chosen = {}
    for c in rubric.criteria:
        other = [lv.points for lv in c.levels if lv.points != suggested.get(c.key)]
        chosen[c.key] = other[0]
    first = rubric.criteria[0].key
    form = {f"rating-{k}": str(p) for k, p in chosen.items()}
    form[f"comment-{first}"] = "Opens with the customer's problem & stays on it"
    refused = client.post(f"/assessments/review/{submitted}", data=form)
    page = refused.get_data(as_text=True)
    assert "Say why you differ" in page
    for key, points in chosen.items():
        assert _checked(page, key) == [str(points)], key
    assert "Opens with the customer&#39;s problem &amp; stays on it</textarea>" in page
    with app.app_context():
        assert db.session.scalars(db.select(Review)).all() == []
    # Resubmitted with every difference explained, the stored levels are the reviewer's.
    form.update({f"comment-{k}": "My reading" for k in chosen if k != first})
    done = client.post(f"/assessments/review/{submitted}", data=form)
    assert done.headers["Location"].endswith(f"/assessments/review/{submitted}")
    with app.app_context():
        review = db.session.scalars(db.select(Review)).one()
        assert review.ratings == chosen
        assert review.comments[first] == "Opens with the customer's problem & stays on it"


def test_a_level_the_rubric_does_not_have_is_refused(app, client, login_as, submitted):
    rubric = get_rubric("business-writing")
    login_as("interviewer")
    form = ratings_form({c.key: c.max_points for c in rubric.criteria}, "Reads well")
    form[f"rating-{rubric.criteria[0].key}"] = "99"
    response = client.post(f"/assessments/review/{submitted}", data=form)
    assert "is not a level of" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalars(db.select(Review)).all() == []


def test_the_interviewer_finds_the_work_given_to_them_on_the_dashboard(app, client, login_as,
                                                                        submitted):
    login_as("interviewer")
    page = client.get("/dashboard").get_data(as_text=True)
    assert "Work to review" in page
    assert f'href="/assessments/review/{submitted}"' in page
