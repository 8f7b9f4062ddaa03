"""The questionnaire's figures that the board and the position's funnel show on every view:
statements built once and run with their parameters, reading only the columns they need."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sqlalchemy import and_, bindparam, case, distinct, func, select

from hiring.candidates.models import Candidate, Invitation
from hiring.db import among_parameter, db, dialect_name
from hiring.suitability.models import PreferenceResponse
from hiring.suitability.services import STEP


def card_states(candidate_ids: Iterable[int]) -> dict[int, str]:
    """{candidate id: a few words on where their questionnaire stands}, for board cards: the
    shown candidates' responses only, and of each only the columns the words need."""
    states = {}
    for candidate_id, submitted_at, suitability, eligible in db.session.execute(
            _card_columns(dialect_name()), {"ids": list(candidate_ids)}):
        if submitted_at is not None:
            states[candidate_id] = (f"suitability {suitability:.0f}"
                                    + ("" if eligible else ", a knock-out not met"))
        else:
            states[candidate_id] = "begun"
    return states


@cache
def _card_columns(dialect: str):
    """Built once and run with the candidates' ids as the parameter `ids` (every board page
    asks it)."""
    return select(PreferenceResponse.candidate_id, PreferenceResponse.submitted_at,
                  PreferenceResponse.suitability, PreferenceResponse.eligible).where(
        among_parameter(PreferenceResponse.candidate_id, "ids", dialect))


def funnel_summary(position_id: int) -> dict:
    """Invited, begun, handed in and passing the knock-outs, for the position's funnel."""
    invited, begun, handed_in, passed = db.session.execute(
        _funnel_summary_query(), {"position_id": position_id}).one()
    return {"invited": invited or 0, "begun": begun, "handed_in": handed_in,
            "passed": passed}


@cache
def _funnel_summary_query():
    """The four counts in one statement, counted by the database (built once)."""
    position_id = bindparam("position_id")
    invited = (select(func.count(distinct(Invitation.candidate_id)))
               .join(Candidate, Candidate.id == Invitation.candidate_id)
               .where(Candidate.position_id == position_id, Invitation.step == STEP)
               .scalar_subquery())
    handed_in = PreferenceResponse.submitted_at.is_not(None)
    return (select(invited, func.count(PreferenceResponse.id), func.count(case((handed_in, 1))),
                   func.count(case((and_(handed_in, PreferenceResponse.eligible.is_(True)), 1))))
            .select_from(PreferenceResponse)
            .join(Candidate, Candidate.id == PreferenceResponse.candidate_id)
            .where(Candidate.position_id == position_id))
