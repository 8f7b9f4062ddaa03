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
# A fair email with the usual faults (the company before the reader, vague proof, a long
# middle, a generic ask), so the suggestions differ from one piece of work to the next.
FAIR = (
    "Subject: Your new Columbus hub\n\n"
    "Dear Ms. Okafor,\n\n"
    "I saw that you opened a hub in Columbus last month. We help distributors with receiving, "
    "and we have worked with many companies in logistics over the years, so we know the "
    "business well and our platform has a lot of features that your team might like.\n\n"
    "Two of our customers cut their dock-to-stock time by a third after they changed how they "
    "schedule inbound trucks, and I think you could see the same.\n\n"
    "Could we find 30 minutes next week to discuss how we can help?\n\n"
    "Best regards,\nChen Wei"
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


# Where the demo reviewers read a criterion one level differently from the suggestion:
# (reviewer, candidate's place among the reviewed, criterion key, step), so the validity page
# has agreement, and disagreement, to show.
_READ_DIFFERENTLY = {
    (1, 0, "clarity", 1), (1, 2, "clarity", 1), (1, 4, "clarity", -1), (1, 1, "concision", 1),
    (1, 3, "correctness", 1), (1, 3, "reader_focus", 1), (1, 5, "tone", -1),
    (1, 6, "clarity", 1), (0, 0, "clarity", 1), (0, 1, "concision", 1),
    (0, 2, "reader_focus", -1), (0, 3, "correctness", 1), (0, 3, "reader_focus", 1),
    (0, 4, "structure", -1),
}


def _own_reading(page, reviewer: int, place: int) -> tuple[dict[str, int], dict[str, str]]:
    """A demo reviewer's levels: the suggestion, read one level differently here and there,
    with the reason the form asks for."""
    ratings, comments = _suggested_ratings(page), {}
    for who, where, key, step in _READ_DIFFERENTLY:
        criterion = page.rubric.criterion(key)
        moved = ratings[key] + step
        if (who, where) == (reviewer, place) and criterion.min_points <= moved <= \
                criterion.max_points:
            ratings[key] = moved
            comments[key] = ("Reads better than the count suggests." if step > 0
                             else "Reads less well than the count suggests.")
    return ratings, comments


def seed(demo) -> None:
    """Prompts; a sample awaiting review; samples of candidates further on, reviewed."""
    seed_prompts(load_prompts())
    reviewers = [demo.users["interviewer1@demo.test"], demo.users["interviewer2@demo.test"]]
    manager = demo.users["manager@demo.test"]
    later = {"research", "interview", "decision", "hired", "onboarding"}
    now = utcnow()
    reviewed = 0
    for candidate in demo.candidates:
        waiting = candidate.name == "Chen Wei"
        if not waiting and candidate.stage not in later | {"screened_out"}:
            continue
        submission = submission_for(candidate, "writing")
        begin(submission, now - timedelta(days=3, minutes=40))
        text = FAIR if reviewed in (1, 3) else STRONG
        submission.text = text.replace("Chen Wei", candidate.name) \
            if candidate.stage != "screened_out" else WEAK
        submit(submission, now - timedelta(days=3))
        for reviewer in reviewers:
            assign_reviewer(submission, reviewer, manager)
        if not waiting:
            place = reviewed
            reviewed += 1
            # The second demo reviewer reviews everything; the first, the first five, so some
            # work has two reviews and the first reviewer still has work waiting.
            for who in (1, 0) if place < 5 else (1,):
                page = review_services.review_page(submission, reviewers[who].id)
                ratings, comments = _own_reading(page, who, place)
                review_services.record_review(submission, reviewers[who].id, page.rubric,
                                              ratings, comments, page.suggestions,
                                              now - timedelta(days=2))
