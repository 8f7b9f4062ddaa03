"""A screen-out suggested from the writing test or the research exercise rests on the levels
reviewers confirmed, never on the automated suggestion alone."""

import pytest
from sqlalchemy import func, select

from hiring.assessments import review as review_services
from hiring.assessments import services
from hiring.assessments.models import Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.candidates import services as candidates
from hiring.candidates.models import Candidate, ScreenOutSuggestion
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.rubrics import get_rubric

# The analysis suggests the lowest level nearly everywhere for this text (score about 21).
WEAK = "hi [Name],i think we are the best-in-class partner!! As I said, we have not heard back."
# Research measures as low as they go: every suggestion is the lowest level.
LOW_RESEARCH = {"measures": {"fact_coverage": 0.0, "service_coverage": 0.0,
                             "executive_coverage": 0.0, "customer_coverage": 0.0,
                             "personal_info_count": 5, "copied_ratio": 0.9,
                             "opportunity_plan_score": 0.0},
                "findings": []}


def suggestions_count():
    return db.session.scalar(select(func.count()).select_from(ScreenOutSuggestion))


@pytest.fixture
def handed_in(app, make_candidate):
    """A weak writing test and a weak research answer, handed in, not reviewed."""
    candidate_id = make_candidate(name="Ada Lowscore", email="ada@example.org", stage="writing")
    with app.app_context():
        services.seed_prompts(load_prompts())
        candidate = db.session.get(Candidate, candidate_id)
        writing = services.submission_for(candidate, "writing")
        services.begin(writing, utcnow())
        writing.text = WEAK
        services.submit(writing, utcnow())
        research = Submission(candidate_id=candidate_id, step="research", code="R-LOW0001",
                              rubric_id="company-research", time_limit_minutes=60,
                              started_at=utcnow(), submitted_at=utcnow(), text="Thin answer.",
                              analysis=LOW_RESEARCH)
        db.session.add(research)
        db.session.commit()
        return candidate_id, writing.id, research.id


def test_automated_suggestions_alone_suggest_no_screen_out(app, client, login_as, handed_in):
    candidate_id, writing_id, research_id = handed_in
    with app.app_context():
        for sid, rubric_id in ((writing_id, "business-writing"),
                               (research_id, "company-research")):
            submission = db.session.get(Submission, sid)
            page = review_services.review_page(submission, 0)
            rubric = get_rubric(rubric_id)
            # The suggestion by itself would fail the pass mark (lowest level where it makes
            # none)...
            suggested = {c.key: page.suggestions[c.key].points if c.key in page.suggestions
                         else c.min_points for c in rubric.criteria}
            assert not rubric.passes(rubric.score(suggested))
            # ...yet nothing was suggested to the hiring manager, and there is no score.
            assert submission.final_score is None and not submission.screen_out_suggested
    # Reviewers opening the work, and the queue handing in overdue work, change nothing.
    login_as("manager")
    assert client.get(f"/assessments/review/{writing_id}").status_code == 200
    assert client.get(f"/assessments/review/{research_id}").status_code == 200
    assert client.get("/assessments/queue").status_code == 200
    with app.app_context():
        assert suggestions_count() == 0
        candidate = db.session.get(Candidate, candidate_id)
        assert candidates.open_suggestions(candidate) == []
        # Nor can a person screen out "below the bar" on the suggestion alone.
        with pytest.raises(HiringError, match="has not been reviewed yet"):
            candidates.screen_out(candidate, "writing", "", None)


@pytest.mark.parametrize("step", ["writing", "research"])
def test_reviewers_confirming_higher_levels_outweigh_a_low_suggestion(
        app, handed_in, make_user, step):
    _, writing_id, research_id = handed_in
    reviewer = make_user("interviewer", email="rev@example.org")
    with app.app_context():
        submission = db.session.get(Submission, writing_id if step == "writing" else research_id)
        page = review_services.review_page(submission, reviewer)
        top = {c.key: c.max_points for c in page.rubric.criteria}
        review_services.record_review(submission, reviewer, page.rubric, top,
                                      {c.key: "Better than the checker thinks."
                                       for c in page.rubric.criteria},
                                      page.suggestions, utcnow())
        db.session.commit()
        assert submission.final_score == 100.0 and not submission.screen_out_suggested
        assert suggestions_count() == 0


@pytest.mark.parametrize("step", ["writing", "research"])
def test_a_screen_out_suggestion_carries_the_reviewed_score(app, handed_in, make_user, step):
    _, writing_id, research_id = handed_in
    reviewer = make_user("interviewer", email="rev@example.org")
    with app.app_context():
        submission = db.session.get(Submission, writing_id if step == "writing" else research_id)
        page = review_services.review_page(submission, reviewer)
        # One level above every suggestion where there is room: still below the pass mark.
        low = {c.key: page.suggestions[c.key].points if c.key in page.suggestions
               else c.min_points for c in page.rubric.criteria}
        levels = {c.key: min(c.max_points, low[c.key] + 1) for c in page.rubric.criteria}
        reviewed = page.rubric.score(levels)
        suggested = page.rubric.score(low)
        assert reviewed != suggested and not page.rubric.passes(reviewed)
        review_services.record_review(submission, reviewer, page.rubric, levels,
                                      {c.key: "A little better." for c in page.rubric.criteria},
                                      page.suggestions, utcnow())
        db.session.commit()
        suggestion = db.session.scalars(select(ScreenOutSuggestion)).one()
        assert suggestion.step == step and suggestion.score == reviewed
