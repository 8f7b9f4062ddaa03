"""Blind scorecards: drafts, submission and amendments."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from hiring import audit
from hiring.auth.models import User
from hiring.db import db, utcnow
from hiring.errors import HiringError, NotAllowed
from hiring.interviews.models import (
    RECOMMENDATIONS,
    SCALE,
    Amendment,
    Interview,
    Rating,
    Scorecard,
)
from hiring.interviews.services.visibility import is_panelist, own_scorecard
from hiring.timezones import local_text


def not_started(interview: Interview, now: datetime | None = None,
                viewer: User | None = None) -> str | None:
    """Why nothing can be scored or decided yet (the interview has not started), or None."""
    if (now or utcnow()) >= interview.scheduled_at:
        return None
    return ("The scorecard opens when the interview starts, on "
            f"{local_text(interview.scheduled_at, viewer, '%A %-d %B %Y at %H:%M')}: you rate "
            "what you heard, so there is nothing to rate before then.")


def scorecard_for(interview: Interview, user: User) -> Scorecard:
    """The panelist's scorecard, started on first use."""
    if not is_panelist(interview, user):
        raise NotAllowed("Only the interview's panel fills in scorecards.")
    if reason := not_started(interview):
        raise HiringError(reason)
    card = own_scorecard(interview, user)
    if card is None:
        card = Scorecard(interview_id=interview.id, interviewer_id=user.id,
                         candidate_id=interview.candidate_id)
        interview.scorecards.append(card)
        db.session.flush()
    return card


@dataclass(frozen=True)
class RatingInput:
    points: int | None
    notes: str = ""


def save_scorecard(card: Scorecard, ratings: Mapping[int, RatingInput], *,
                   recommendation: str | None, notes: str, submit: bool, actor: User) -> None:
    """Save a draft, or submit: every question rated and a recommendation given. Then locked."""
    if card.submitted:
        raise HiringError("This scorecard was submitted and is locked; amend it with a reason.")
    if card.interviewer_id != actor.id:
        raise NotAllowed("Only its author fills in a scorecard.")
    if reason := not_started(card.interview):
        raise HiringError(reason)
    asked = {q.id: q for q in card.interview.questions if q.rated}
    unknown = set(ratings) - set(asked)
    if unknown:
        raise HiringError("Some ratings are for questions that are not in this interview.")
    for asked_id, given in ratings.items():
        scale = asked[asked_id].scale
        if given.points is not None and given.points not in scale:
            raise HiringError(f"Rate “{asked[asked_id].text}” from {scale[0]} to {scale[-1]}.")
    if recommendation is not None and recommendation not in RECOMMENDATIONS:
        raise HiringError("Choose one of the recommendations offered.")
    if submit:
        def effective(q_id: int) -> int | None:
            if q_id in ratings:
                return ratings[q_id].points
            stored = card.rating_for(q_id)
            return stored.points if stored else None

        missing = [q.text for q_id, q in asked.items() if effective(q_id) is None]
        if missing:
            raise HiringError(f"Rate every question before submitting; {len(missing)} "
                              f"still {'has' if len(missing) == 1 else 'have'} no rating: "
                              + "; ".join(missing))
        if recommendation is None:
            raise HiringError("Give your overall recommendation before submitting.")
    for asked_id, given in ratings.items():
        rating = card.rating_for(asked_id)
        if rating is None:
            rating = Rating(asked_question_id=asked_id, candidate_id=card.candidate_id)
            card.ratings.append(rating)
        rating.points, rating.notes = given.points, (given.notes or "").strip()
    card.recommendation = recommendation
    card.notes = (notes or "").strip()
    if submit:
        card.submitted_at = utcnow()
        interview = card.interview
        card.rubric_id, card.rubric_version, card.rubric_digest = (
            interview.rubric_id, interview.rubric_version, interview.rubric_digest)
        db.session.flush()
        audit.record(actor, "scorecard.submitted", "scorecard", card.id,
                     candidate_id=card.candidate_id,
                     after={"ratings": {str(r.asked_question_id): r.points for r in card.ratings},
                            "recommendation": recommendation})
    db.session.flush()


def amend_scorecard(card: Scorecard, *, points: Mapping[int, int],
                    recommendation: str | None, reason: str, actor: User) -> list[Amendment]:
    """Change a submitted scorecard: each change is kept with its reason and audited."""
    if not card.submitted:
        raise HiringError("This scorecard is still a draft; change it directly.")
    if card.interviewer_id != actor.id:
        raise NotAllowed("Only its author amends a scorecard.")
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise HiringError("Say why you amend the scorecard (at least a short sentence).")
    changes: list[Amendment] = []
    for asked_id, new in points.items():
        rating = card.rating_for(asked_id)
        if rating is None:
            raise HiringError("That question is not on this scorecard.")
        scale = next((q.scale for q in card.interview.questions if q.id == asked_id), SCALE)
        if new not in scale:
            raise HiringError(f"Ratings go from {scale[0]} to {scale[-1]}.")
        if rating.points != new:
            changes.append(Amendment(candidate_id=card.candidate_id, asked_question_id=asked_id,
                                     field="points", before=str(rating.points), after=str(new),
                                     reason=reason, by_id=actor.id))
            rating.points = new
    if recommendation is not None and recommendation != card.recommendation:
        if recommendation not in RECOMMENDATIONS:
            raise HiringError("Choose one of the recommendations offered.")
        changes.append(Amendment(candidate_id=card.candidate_id, field="recommendation",
                                 before=card.recommendation or "", after=recommendation,
                                 reason=reason, by_id=actor.id))
        card.recommendation = recommendation
    if not changes:
        raise HiringError("Nothing was changed, so there is nothing to amend.")
    card.amendments.extend(changes)
    db.session.flush()
    audit.record(actor, "scorecard.amended", "scorecard", card.id,
                 candidate_id=card.candidate_id,
                 before={a.field + (f":{a.asked_question_id}" if a.asked_question_id else ""):
                         a.before for a in changes},
                 after={a.field + (f":{a.asked_question_id}" if a.asked_question_id else ""):
                        a.after for a in changes})
    return changes
