"""The questionnaire's figures that the board and the position's funnel show on every view:
statements built once and run with their parameters, reading only the columns they need."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sqlalchemy import bindparam, case, distinct, func, literal, null, select, union_all

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
    return summary_of(db.session.execute(union_all(*funnel_summary_parts()),
                                         {"position_id": position_id}))


# The position's funnel reads these counts in its own statement, as parts of it.
PART = "questionnaire"


@cache
def funnel_summary_parts() -> tuple:
    """The counts as statements of rows (PART, what, None, n), run with the parameter
    `position_id` (built once): those invited, and the responses by where they stand."""
    position_id = bindparam("position_id")
    invited = (select(literal(PART), literal("invited"), null(),
                      func.count(distinct(Invitation.candidate_id)))
               .join(Candidate, Candidate.id == Invitation.candidate_id)
               .where(Candidate.position_id == position_id, Invitation.step == STEP))
    responses = (select(case((PreferenceResponse.submitted_at.is_(None), "begun"),
                             (PreferenceResponse.eligible.is_(True), "passed"),
                             else_="handed_in").label("state"))
                 .join(Candidate, Candidate.id == PreferenceResponse.candidate_id)
                 .where(Candidate.position_id == position_id).subquery())
    by_state = (select(literal(PART), responses.c.state, null(), func.count())
                .group_by(responses.c.state))
    return invited, by_state


def summary_of(rows) -> dict:
    """funnel_summary's figures from the rows of funnel_summary_parts()."""
    found = {name: n for _, name, _, n in rows}
    passed = found.get("passed", 0)
    handed_in = passed + found.get("handed_in", 0)
    return {"invited": found.get("invited", 0), "begun": handed_in + found.get("begun", 0),
            "handed_in": handed_in, "passed": passed}
