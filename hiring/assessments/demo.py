"""Demo data: the shipped prompts, and writing samples handed in, given to reviewers and
partly reviewed, so the review flow can be tried at once."""

from datetime import timedelta

from hiring.assessments import review as review_services
from hiring.assessments.prompt_files import load_prompts
from hiring.assessments.services import (
    assign_reviewer,
    begin,
    seed_prompts,
    submission_for,
    submit,
)
from hiring.db import utcnow

ORDER = 40

STRONG = (
    "Subject: Faster dock-to-stock at your new Columbus hub\n\n"
    "Dear Ms. Okafor,\n\n"
    "Congratulations on opening the Columbus hub last month. Sites that add a second shift "
    "that quickly often find receiving becomes the bottleneck: trucks wait, and stock sits "
    "on the dock for a day before it can be picked.\n\n"
    "Two distributors of your size cut their dock-to-stock time by a third within ninety "
    "days of changing how they schedule inbound appointments. I would like to show your "
    "operations team how they did it and what it could mean for your first peak season.\n\n"
    "Would a twenty-minute call next Tuesday or Wednesday morning suit you?\n\n"
    "Kind regards,\nChen Wei"
)
WEAK = (
    "Subject: touching base\n\n"
    "hi [Name],\n\n"
    "i am just reaching out to touch base and see if you have some time to chat about our "
    "best-in-class solutions!! We are the leading provider and we have a proven track record. "
    "As I said in my last email, we have not received a response.\n\n"
    "Thanks"
)


def _suggested_ratings(page) -> dict[str, int]:
    """The automated suggestion where there is one, else the middle level."""
    ratings = {}
    for criterion in page.rubric.criteria:
        suggestion = page.suggestions.get(criterion.key)
        levels = sorted(level.points for level in criterion.levels)
        ratings[criterion.key] = suggestion.points if suggestion else levels[len(levels) // 2]
    return ratings


def seed(demo) -> None:
    """Prompts; a sample awaiting review; samples of candidates further on, reviewed."""
    seed_prompts(load_prompts())
    reviewers = [demo.users["interviewer1@demo.test"], demo.users["interviewer2@demo.test"]]
    manager = demo.users["manager@demo.test"]
    later = {"research", "interview", "decision", "hired", "onboarding"}
    now = utcnow()
    for candidate in demo.candidates:
        waiting = candidate.name == "Chen Wei"
        if not waiting and candidate.stage not in later | {"screened_out"}:
            continue
        submission = submission_for(candidate, "writing")
        begin(submission, now - timedelta(days=3, minutes=40))
        submission.text = STRONG.replace("Chen Wei", candidate.name) \
            if candidate.stage != "screened_out" else WEAK
        submit(submission, now - timedelta(days=3))
        for reviewer in reviewers:
            assign_reviewer(submission, reviewer, manager)
        if not waiting:
            page = review_services.review_page(submission, reviewers[1].id)
            review_services.record_review(submission, reviewers[1].id, page.rubric,
                                          _suggested_ratings(page), {}, page.suggestions,
                                          now - timedelta(days=2))
