"""Blind review of submissions: suggestions with evidence, ratings, disagreement, screen-out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app
from sqlalchemy import Select, func, select

from hiring import blind
from hiring.analysis.agreement import Agreement, is_weak, weighted_kappa_counts
from hiring.assessments.models import MAX_REVIEWERS, Review, Submission
from hiring.assessments.services import review_of, visible_reviews
from hiring.audit import record
from hiring.candidates.models import Candidate
from hiring.candidates.services import suggest_screen_out
from hiring.db import db
from hiring.errors import HiringError
from hiring.rubrics import Rubric, RubricError, Suggestion, get_rubric, suggest_levels

# Two reviewers further apart than this many points on a criterion must reconcile.
MAX_SPREAD = 1


@dataclass
class ReviewPage:
    """Everything the reviewer page shows, computed from the stored analysis."""

    rubric: Rubric
    suggestions: dict[str, Suggestion]
    segments: list[tuple[str, list[dict]]]  # text pieces and the findings covering each
    own: Review | None
    others: list[Review] = field(default_factory=list)
    # How far reviewers have agreed with each criterion's suggestion on other submissions.
    agreement: dict[str, CriterionAgreement] = field(default_factory=dict)


def review_page(submission: Submission, reviewer_id: int) -> ReviewPage:
    """The rubric, suggestions and highlighted text for one reviewer (blind until they submit)."""
    try:
        rubric = get_rubric(submission.rubric_id)
    except RubricError as e:
        raise HiringError(f"The rubric '{submission.rubric_id}' is missing: {e}") from e
    analysis = submission.analysis or {"measures": {}, "findings": []}
    suggestions = suggest_levels(rubric, analysis["measures"], analysis["findings"])
    own = review_of(submission, reviewer_id)
    others = [r for r in visible_reviews(submission, reviewer_id) if r.reviewer_id != reviewer_id]
    agreement = rubric_agreement(rubric, exclude=submission.id)
    return ReviewPage(rubric, suggestions, segments(submission.text, analysis["findings"]), own,
                      others, agreement)


def segments(text: str, findings: list[Mapping]) -> list[tuple[str, list[dict]]]:
    """Cut the text at every finding boundary, so each piece can be highlighted as a whole."""
    cuts = {0, len(text)}
    for f in findings:
        if 0 <= f["start"] < f["end"] <= len(text):
            cuts.update((f["start"], f["end"]))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        covering = [dict(f) for f in findings if f["start"] <= a and b <= f["end"]
                    and f["end"] - f["start"] < len(text)]
        out.append((text[a:b], covering))
    return out


def parse_form(rubric: Rubric, form: Mapping[str, str]) -> tuple[dict[str, int], dict[str, str]]:
    """Ratings {key: points} and comments {key: text} from the review form's fields."""
    ratings, comments = {}, {}
    for criterion in rubric.criteria:
        raw = form.get(f"rating-{criterion.key}", "")
        if raw.strip().lstrip("-").isdigit():
            ratings[criterion.key] = int(raw)
        comment = form.get(f"comment-{criterion.key}", "").strip()
        if comment:
            comments[criterion.key] = comment[:2000]
    return ratings, comments


def record_review(submission: Submission, reviewer_id: int, rubric: Rubric,
                  ratings: dict[str, int], comments: dict[str, str],
                  suggestions: Mapping[str, Suggestion], now: datetime) -> Review:
    """Store a reviewer's ratings with the rubric version; overriding a suggestion needs a why."""
    if not submission.is_submitted:
        raise HiringError("This work has not been submitted yet.")
    if review_of(submission, reviewer_id) is not None:
        raise HiringError("You have already reviewed this submission; your ratings are kept.")
    if len(submission.reviews) >= MAX_REVIEWERS:
        raise HiringError("Two reviewers have already rated this submission; it needs no more.")
    missing = [c.label for c in rubric.criteria if c.key not in ratings]
    if missing:
        raise HiringError("Rate every criterion: " + ", ".join(missing) + ".")
    for criterion in rubric.criteria:
        if ratings[criterion.key] not in {level.points for level in criterion.levels}:
            raise HiringError(f"{ratings[criterion.key]} is not a level of {criterion.label}; "
                              "choose one of the levels shown.")
    overridden = [
        rubric.criterion(key).label for key, s in suggestions.items()
        if ratings.get(key) != s.points and not comments.get(key)
    ]
    if overridden:
        raise HiringError("Say why you differ from the suggestion for: "
                          + ", ".join(overridden) + ".")
    try:
        score = rubric.score(ratings)
    except RubricError as e:
        raise HiringError(str(e)) from e
    review = Review(
        candidate_id=submission.candidate_id, submission_id=submission.id,
        reviewer_id=reviewer_id, rubric_id=rubric.id, rubric_version=rubric.version,
        rubric_digest=rubric.digest, ratings=ratings, comments=comments,
        suggested=suggested_points(rubric, suggestions), score=round(score, 2),
        submitted_at=now)
    db.session.add(review)
    submission.reviews.append(review)
    _combine(submission, rubric)
    db.session.flush()
    return review


def suggested_points(rubric: Rubric, suggestions: Mapping[str, Suggestion]
                     ) -> dict[str, int | None]:
    """Every criterion's suggested points, None where the analysis suggested nothing."""
    return {c.key: (suggestions[c.key].points if c.key in suggestions else None)
            for c in rubric.criteria}


@dataclass(frozen=True)
class CriterionAgreement:
    """Agreement on one criterion: the suggestion against each reviewer, and two reviewers of
    the same work against each other."""

    key: str
    label: str
    suggestion: Agreement
    reviewers: Agreement

    @property
    def weak(self) -> bool:
        """Reviewers have agreed with the suggestion only weakly, over enough reviews."""
        return is_weak(self.suggestion)


def reviews_of(rubric_id: str, *, candidate_ids=None, exclude: int | None = None,
               hidden: blind.Withheld = blind.NOTHING) -> list:
    """Reviews under a rubric, optionally of some candidates only (ids, or a query of them),
    without one submission's (the one being reviewed) and without those the viewer may not
    see yet: rows of what the agreement reads (id, submission_id, reviewer_id, rubric_id,
    ratings, suggested), not whole Review objects, as a position has thousands."""
    query = select(Review.id, Review.submission_id, Review.reviewer_id, Review.rubric_id,
                   Review.ratings, Review.suggested).where(
        Review.rubric_id == rubric_id).order_by(Review.id)
    if candidate_ids is not None:
        query = query.where(Review.candidate_id.in_(
            candidate_ids if isinstance(candidate_ids, Select) else list(candidate_ids)))
    if exclude is not None:
        query = query.where(Review.submission_id != exclude)
    return [r for r in db.session.execute(query) if not hidden.hides_submission(r.submission_id)]


def criterion_agreement(rubric: Rubric, reviews: list[Review]) -> dict[str, CriterionAgreement]:
    """Per criterion, the quadratic weighted kappa of suggestion against reviewer (one pair per
    review that recorded a suggestion) and of first against second reviewer (one pair per
    submission reviewed twice). Levels the rubric no longer has are left out."""
    return _agreement_from(rubric, agreement_counts(rubric, reviews))


# {criterion key: (Counter of (suggested, rated) pairs, Counter of (first, second) pairs)}
Counts = dict[str, tuple[Counter, Counter]]


def agreement_counts(rubric: Rubric, reviews: list[Review]) -> Counts:
    """The pair tables criterion_agreement reads, per criterion, from rows of reviews."""
    reviews = [r for r in reviews if r.rubric_id == rubric.id]
    by_submission: dict[int, list[Review]] = {}
    for review in sorted(reviews, key=lambda r: r.id):
        by_submission.setdefault(review.submission_id, []).append(review)
    found = {}
    for criterion in rubric.criteria:
        levels = tuple(level.points for level in criterion.levels)

        def level(value, levels=levels):
            ok = isinstance(value, int) and not isinstance(value, bool) and value in levels
            return value if ok else None

        suggested = Counter((level((r.suggested or {}).get(criterion.key)),
                             level(r.ratings.get(criterion.key))) for r in reviews)
        paired = Counter((level(pair[0].ratings.get(criterion.key)),
                          level(pair[1].ratings.get(criterion.key)))
                         for pair in by_submission.values() if len(pair) >= 2)
        found[criterion.key] = (suggested, paired)
    return found


def _agreement_from(rubric: Rubric, counts: Counts) -> dict[str, CriterionAgreement]:
    found = {}
    for criterion in rubric.criteria:
        levels = tuple(level.points for level in criterion.levels)
        suggested, paired = counts[criterion.key]
        found[criterion.key] = CriterionAgreement(
            criterion.key, criterion.label,
            weighted_kappa_counts({p: n for p, n in suggested.items() if None not in p},
                                  levels),
            weighted_kappa_counts({p: n for p, n in paired.items() if None not in p}, levels))
    return found


# Per process and app (so per database): the pair tables of a rubric's reviews (of one
# position's candidates, or all), kept until a review of that scope is added or removed (its
# newest id and count change); the oldest of more than this many go first.
_COUNTS_KEPT = 64


def rubric_agreement(rubric: Rubric, *, position_id: int | None = None,
                     exclude: int | None = None, hidden: blind.Withheld = blind.NOTHING,
                     newest: tuple[int, int] | None = None) -> dict[str, CriterionAgreement]:
    """criterion_agreement(rubric, reviews_of(...)) for the reviews of a position's
    candidates (or every review under the rubric), without one submission's: the same
    figures, counted once per process and kept until a review is added or removed, so a
    page does not read every review of the rubric on each visit. `newest`: the scope's
    newest review id and count, when the caller has read them already."""
    candidate_ids = None if position_id is None else \
        select(Candidate.id).where(Candidate.position_id == position_id)
    if newest is None:
        query = select(func.max(Review.id), func.count(Review.id)).where(
            Review.rubric_id == rubric.id)
        if candidate_ids is not None:
            query = query.where(Review.candidate_id.in_(candidate_ids))
        newest = tuple(db.session.execute(query).one())
    key = (rubric.id, rubric.digest, rubric.version, position_id, hidden.submissions, *newest)
    kept = current_app.extensions.setdefault("hiring.agreement_counts", {})
    counts = kept.get(key)
    if counts is None:
        counts = agreement_counts(rubric, reviews_of(rubric.id, candidate_ids=candidate_ids,
                                                     hidden=hidden))
        if len(kept) >= _COUNTS_KEPT:
            kept.pop(next(iter(kept)))
        kept[key] = counts
    if exclude is not None and not hidden.hides_submission(exclude):
        counts = _without(rubric, counts, db.session.execute(
            select(Review.id, Review.submission_id, Review.reviewer_id, Review.rubric_id,
                   Review.ratings, Review.suggested)
            .where(Review.rubric_id == rubric.id, Review.submission_id == exclude,
                   *([Review.candidate_id.in_(candidate_ids)] if candidate_ids is not None
                     else []))).all())
    return _agreement_from(rubric, counts)


def _without(rubric: Rubric, counts: Counts, reviews: list) -> Counts:
    """The pair tables less what one submission's reviews put in them."""
    if not reviews:
        return counts
    theirs = agreement_counts(rubric, reviews)
    return {key: (suggested - theirs[key][0], paired - theirs[key][1])
            for key, (suggested, paired) in counts.items()}


def _combine(submission: Submission, rubric: Rubric) -> None:
    """Flag disagreements (originals are kept), average the scores, suggest a screen-out."""
    reviews = [r for r in submission.reviews if r.rubric_id == rubric.id]
    disagreements = []
    for criterion in rubric.criteria:
        points = [r.ratings[criterion.key] for r in reviews if criterion.key in r.ratings]
        if len(points) >= 2 and max(points) - min(points) > MAX_SPREAD:
            disagreements.append({"key": criterion.key, "label": criterion.label,
                                  "points": points})
    submission.disagreements = disagreements
    submission.needs_reconciliation = bool(disagreements)
    submission.final_score = combined_score(reviews, rubric, None)
    below = not rubric.passes(submission.final_score)
    if below and not submission.needs_reconciliation and not submission.screen_out_suggested:
        submission.screen_out_suggested = True
        _suggest_screen_out(submission, rubric)


def combined_score(reviews: list[Review], rubric: Rubric,
                   agreed: Mapping[str, int] | None) -> float:
    """Mean of the reviewers' weighted scores, each re-scored with the agreed levels (if any)
    in place of its own on the disputed criteria."""
    scores = [rubric.score({**r.ratings, **(agreed or {})}) for r in reviews]
    return round(sum(scores) / len(scores), 2)


def reconcile(submission: Submission, user, agreed: dict[str, int], note: str,
              now: datetime) -> None:
    """Record the level the reviewers agreed on for each disputed criterion, and why."""
    if not submission.needs_reconciliation:
        raise HiringError("This submission has nothing to reconcile.")
    if not user.has_role("manager") and review_of(submission, user.id) is None:
        raise HiringError("Only its reviewers or a hiring manager can reconcile a submission.")
    rubric = get_rubric(submission.rubric_id)
    disputed = {d["key"] for d in submission.disagreements}
    missing = [rubric.criterion(k).label for k in sorted(disputed) if k not in agreed]
    if missing:
        raise HiringError("Choose the agreed level for: " + ", ".join(missing) + ".")
    for key in disputed:
        if agreed[key] not in {level.points for level in rubric.criterion(key).levels}:
            raise HiringError(f"{agreed[key]} is not a level of "
                              f"{rubric.criterion(key).label}.")
    note = (note or "").strip()
    if not note:
        raise HiringError("Say in a sentence or two what you agreed and why.")
    agreed = {key: agreed[key] for key in disputed}
    reviews = [r for r in submission.reviews if r.rubric_id == rubric.id]
    before = submission.final_score
    submission.reconciled_ratings = agreed
    submission.reconciliation_note = note[:4000]
    submission.reconciled_by_id = user.id
    submission.reconciled_at = now
    submission.needs_reconciliation = False
    submission.final_score = combined_score(reviews, rubric, agreed)
    record(user, "submission.reconciled", "submission", submission.id,
           candidate_id=submission.candidate_id, before={"score": before},
           after={"score": submission.final_score, "agreed": agreed})
    if not rubric.passes(submission.final_score) and not submission.screen_out_suggested:
        submission.screen_out_suggested = True
        _suggest_screen_out(submission, rubric)
    db.session.flush()


def _suggest_screen_out(submission: Submission, rubric: Rubric) -> None:
    """Hand the pipeline's gate a suggestion with evidence; a person confirms it there."""
    findings = (submission.analysis or {}).get("findings", [])
    evidence = [{"code": f["code"], "message": f["message"]} for f in findings
                if f["code"] != "call_to_action"][:50]
    suggest_screen_out(
        db.session.get(Candidate, submission.candidate_id), submission.step,
        submission.final_score,
        [{"submission": submission.code, "score": submission.final_score}] + evidence,
        pass_threshold=rubric.pass_threshold)
