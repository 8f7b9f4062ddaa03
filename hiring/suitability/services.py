"""The questionnaire in the product: a position's profile, a candidate's answers and result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from hiring.audit import record
from hiring.candidates import services as candidate_services
from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.positions.models import Position
from hiring.suitability.models import PreferenceProfile, PreferenceResponse
from hiring.suitability.questionnaire import (
    MAX_DETAIL,
    Profile,
    Questionnaire,
    QuestionnaireError,
    Requirement,
    Result,
    check_answers,
    get_questionnaire,
    score,
)

STEP = "preferences"
MAX_REASON = 500  # characters of the sentence tying a range to an outcome
LOW_CONSISTENCY = 0.6  # below this, the result is shown with a warning


class ProfileError(HiringError):
    """A refused profile, with a message per field ("traits.prospecting.low": "...")."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        count = len(self.problems)
        super().__init__(f"The profile was not saved: {count} "
                         f"{'problem needs' if count == 1 else 'problems need'} correcting.")


@dataclass(frozen=True)
class TraitEntry:
    """A range as the manager typed it: text until checked."""

    low: str
    high: str
    outcome_id: str
    reason: str


# ------------------------------------------------------------------------------ profile


def profile_row(position: Position) -> PreferenceProfile | None:
    return db.session.scalar(select(PreferenceProfile).where(
        PreferenceProfile.position_id == position.id))


def questionnaire_for(row: PreferenceProfile | None) -> Questionnaire:
    return get_questionnaire(row.questionnaire_id if row else "work-preferences")


def profile_of(position: Position) -> Profile:
    """The position's profile for scoring; the template ranges when none was set."""
    row = profile_row(position)
    questionnaire = questionnaire_for(row)
    ideals = dict(questionnaire.default_ideals())
    if row is None:
        return Profile(ideals, ())
    for key, entry in row.traits.items():
        if key in ideals:
            ideals[key] = (int(entry["low"]), int(entry["high"]))
    return Profile(ideals, tuple(Requirement(k["id"], True, k.get("detail", ""))
                                 for k in row.knockouts))


def _whole(text: str) -> int | None:
    text = (text or "").strip()
    return int(text) if text.isdigit() and len(text) <= 3 else None


def save_profile(position: Position, traits: Mapping[str, TraitEntry],
                 knockouts: Mapping[str, str], actor) -> PreferenceProfile:
    """Check every range, outcome and sentence, then store; ProfileError names each problem.

    `knockouts` maps each required knock-out's id to its optional detail.
    """
    questionnaire = get_questionnaire()
    outcomes = {o.id for o in position.outcomes}
    problems: dict[str, str] = {}
    stored: dict[str, dict] = {}
    if not outcomes:
        problems["traits"] = ("Write the position's outcomes first: each range is tied to "
                              "one of them.")
    for trait in questionnaire.traits:
        entry = traits.get(trait.key)
        field = f"traits.{trait.key}"
        if entry is None:
            problems[f"{field}.low"] = f"Give an ideal range for {trait.label.lower()}."
            continue
        low, high = _whole(entry.low), _whole(entry.high)
        if low is None or low > 100:
            problems[f"{field}.low"] = "Enter a whole number from 0 to 100."
        if high is None or high > 100:
            problems[f"{field}.high"] = "Enter a whole number from 0 to 100."
        elif low is not None and low <= 100 and low > high:
            problems[f"{field}.high"] = (f"The top of the range ({high}) is below its bottom "
                                         f"({low}).")
        outcome_id = _whole(entry.outcome_id)
        if outcomes and outcome_id not in outcomes:
            problems[f"{field}.outcome"] = "Choose the outcome this range serves."
        reason = " ".join((entry.reason or "").split())
        if not reason:
            problems[f"{field}.reason"] = ("Say in a sentence how this range serves the "
                                           "outcome.")
        elif len(reason) > MAX_REASON:
            problems[f"{field}.reason"] = f"Keep the sentence under {MAX_REASON} characters."
        stored[trait.key] = {"low": low, "high": high, "outcome_id": outcome_id,
                             "reason": reason}
    required = []
    known = {k.id for k in questionnaire.knockouts}
    for knockout_id, detail in knockouts.items():
        if knockout_id not in known:
            problems[f"knockouts.{knockout_id}"] = "This knock-out is not in the questionnaire."
            continue
        detail = " ".join((detail or "").split())
        if len(detail) > MAX_DETAIL:
            problems[f"knockouts.{knockout_id}.detail"] = (
                f"Keep the detail under {MAX_DETAIL} characters.")
        required.append({"id": knockout_id, "detail": detail})
    if problems:
        raise ProfileError(problems)
    row = profile_row(position)
    before = None
    if row is None:
        row = PreferenceProfile(position_id=position.id)
        db.session.add(row)
    else:
        before = {"version": row.questionnaire_version,
                  "knockouts": [k["id"] for k in row.knockouts]}
    order = [k.id for k in questionnaire.knockouts]
    row.questionnaire_id, row.questionnaire_version = questionnaire.id, questionnaire.version
    row.traits = stored
    row.knockouts = sorted(required, key=lambda k: order.index(k["id"]))
    row.updated_by_id = actor.id if actor is not None else None
    row.updated_at = utcnow()
    db.session.flush()
    record(actor, "preferences.profile_saved", "position", position.id, before=before,
           after={"version": row.questionnaire_version,
                  "knockouts": [k["id"] for k in row.knockouts],
                  "ranges": {k: [v["low"], v["high"]] for k, v in stored.items()}})
    return row


# ------------------------------------------------------------------------------ answers


def response_of(candidate: Candidate) -> PreferenceResponse | None:
    return db.session.scalar(select(PreferenceResponse).where(
        PreferenceResponse.candidate_id == candidate.id))


def start(candidate: Candidate) -> PreferenceResponse:
    """The candidate's response, created empty on the first visit."""
    response = response_of(candidate)
    if response is None:
        questionnaire = get_questionnaire()
        response = PreferenceResponse(candidate_id=candidate.id,
                                      questionnaire_id=questionnaire.id,
                                      questionnaire_version=questionnaire.version,
                                      answers={}, knockouts={})
        db.session.add(response)
        db.session.flush()
    return response


def parse_answers(questionnaire: Questionnaire, raw: Mapping) -> dict:
    """Answers from form or JSON values ("a", "b", "1".."5", 1..5); blanks dropped."""
    kinds = {item.id: item.type for item in questionnaire.items}
    answers = {}
    for item_id, value in raw.items():
        if value in (None, ""):
            continue
        if kinds.get(item_id) == "rating" and isinstance(value, str) and value.isdigit():
            value = int(value)
        answers[item_id] = value
    return answers


@dataclass(frozen=True)
class Saved:
    status: str  # "saved", "stale" (a newer save arrived first) or "closed" (handed in)
    seq: int
    saved_at: datetime
    missing: int

    def to_dict(self) -> dict:
        return {"status": self.status, "seq": self.seq, "saved_at": self.saved_at.isoformat(),
                "missing": self.missing}


def save_answers(candidate: Candidate, seq: int | None, answers: Mapping, knockouts: Mapping,
                 now: datetime) -> Saved:
    """Keep the answers given so far unless a newer save came first or they were handed in.

    `seq` None (a form post without script) always wins over earlier saves.
    """
    response = start(candidate)
    questionnaire = get_questionnaire(response.questionnaire_id)
    answers = parse_answers(questionnaire, answers)
    knockouts = {k: v for k, v in knockouts.items() if v not in (None, "")}
    problems = check_answers(questionnaire, answers, knockouts, complete=False)
    if problems:
        raise HiringError("These answers do not fit the questionnaire: "
                          + "; ".join(problems) + ".")
    if response.is_submitted:
        return Saved("closed", response.seq, response.saved_at,
                     len(missing(candidate, response)))
    if seq is not None and seq <= response.seq:
        return Saved("stale", response.seq, response.saved_at,
                     len(missing(candidate, response)))
    response.answers, response.knockouts = dict(answers), dict(knockouts)
    response.seq = response.seq + 1 if seq is None else seq
    response.saved_at = now
    candidate.last_activity_at = now
    return Saved("saved", response.seq, now, len(missing(candidate, response)))


def required_knockouts(candidate: Candidate) -> list[dict]:
    """The knock-outs the candidate's position requires: knock-out, detail."""
    questionnaire = get_questionnaire()
    return [{"knockout": questionnaire.knockout(r.id), "detail": r.detail}
            for r in profile_of(candidate.position).knockouts]


def missing(candidate: Candidate, response: PreferenceResponse | None) -> list[tuple[str, str]]:
    """What is still unanswered: (anchor on the page, words a candidate can find there)."""
    questionnaire = get_questionnaire(response.questionnaire_id if response else
                                      "work-preferences")
    knockouts = response.knockouts if response else {}
    answers = response.answers if response else {}
    gaps = [(f"ko-{k['knockout'].id}", f"Requirement: {k['knockout'].label}")
            for k in required_knockouts(candidate) if k["knockout"].id not in knockouts]
    gaps += [(f"q-{item.id}", f"Statement {number}")
             for number, item in enumerate(questionnaire.items, start=1)
             if item.id not in answers]
    return gaps


# ------------------------------------------------------------------------------ hand-in


@dataclass(frozen=True)
class Snapshot:
    """The saved answers and the position's profile as plain values, ready to score."""

    questionnaire: Questionnaire
    answers: dict
    knockouts: dict
    profile: Profile
    seq: int

    def score(self) -> Scored:
        """Score without touching the database (so no write lock is held meanwhile)."""
        try:
            result = score(self.questionnaire, self.answers, self.knockouts, self.profile)
        except QuestionnaireError as e:
            raise HiringError("The answers cannot be scored: " + "; ".join(e.problems)) \
                from None
        return Scored(result, self.seq, self.questionnaire.digest)


@dataclass(frozen=True)
class Scored:
    """A computed result and the save it was computed from."""

    result: Result
    seq: int
    digest: str


def snapshot(candidate: Candidate) -> Snapshot:
    """The answers to score (reads only); HiringError lists what is still missing."""
    response = response_of(candidate)
    if response is None:
        raise HiringError("Answer the questionnaire before handing it in.")
    if response.is_submitted:
        raise HiringError("The questionnaire was already handed in.")
    gaps = missing(candidate, response)
    if gaps:
        words = [label for _, label in gaps]
        raise HiringError(f"{len(gaps)} still to answer before you can hand in: "
                          + ", ".join(words[:8]) + (" and more." if len(gaps) > 8 else "."))
    return Snapshot(get_questionnaire(response.questionnaire_id), dict(response.answers),
                    dict(response.knockouts), profile_of(candidate.position), response.seq)


def hand_in(candidate: Candidate, scored: Scored, now: datetime) -> PreferenceResponse:
    """Store a computed result; a failed knock-out suggests a screen-out that a person decides."""
    response = response_of(candidate)
    if response is None or response.is_submitted:
        raise HiringError("The questionnaire was already handed in.")
    if response.seq != scored.seq:
        raise HiringError("Your answers changed while they were being scored; hand in again.")
    result = scored.result
    response.submitted_at = now
    response.result = result.to_contract()
    response.digest = scored.digest
    response.suitability = float(result.suitability)
    response.consistency = float(result.consistency)
    response.eligible = result.eligible
    candidate.last_activity_at = now
    db.session.flush()
    record("candidate", "preferences.submitted", "preference_response", response.id,
           candidate_id=candidate.id,
           after={"suitability": result.suitability, "consistency": result.consistency,
                  "eligible": result.eligible, "version": response.questionnaire_version})
    if not result.eligible:
        candidate_services.suggest_screen_out(
            candidate, STEP, float(len(result.reasons)),
            [{"label": "Knock-out not met", "detail": reason} for reason in result.reasons])
    return response


# ------------------------------------------------------------------------------ results


def result_view(candidate: Candidate) -> dict | None:
    """Plain data for the candidate page: where the questionnaire stands and its result."""
    response = response_of(candidate)
    if response is None:
        return None
    view = {"submitted": response.is_submitted, "saved_at": response.saved_at,
            "answered": len(response.answers),
            "total": len(get_questionnaire(response.questionnaire_id).items)}
    if not response.is_submitted or not response.result:
        return view
    questionnaire = get_questionnaire(response.questionnaire_id)
    labels = {t.key: t.label for t in questionnaire.traits}
    result = response.result
    view.update(
        submitted_at=response.submitted_at,
        version=response.questionnaire_version, digest=response.digest,
        traits=[{"key": key, "label": labels.get(key, key), **value}
                for key, value in result["traits"].items()],
        suitability=result["suitability"], consistency=result["consistency"],
        low_consistency=result["consistency"] < LOW_CONSISTENCY,
        eligible=result["eligibility"]["passed"], reasons=result["eligibility"]["reasons"],
        probes=result["probes"])
    return view


def interview_probes(candidate: Candidate) -> list[dict]:
    """Forward-looking questions for each trait outside the position's range."""
    response = response_of(candidate)
    if response is None or not response.result:
        return []
    return list(response.result.get("probes", []))


# ------------------------------------------------------------------------------ reports

REPORT_LABEL = "Work preferences"


def handed_in(candidate_ids=None, position_id: int | None = None) -> list[PreferenceResponse]:
    """Handed-in responses of some candidates or of a position's candidates."""
    query = select(PreferenceResponse).where(PreferenceResponse.submitted_at.is_not(None))
    if candidate_ids is not None:
        query = query.where(PreferenceResponse.candidate_id.in_(list(candidate_ids)))
    if position_id is not None:
        query = query.join(Candidate, Candidate.id == PreferenceResponse.candidate_id).where(
            Candidate.position_id == position_id)
    return list(db.session.scalars(query))


def eligibility_decisions(position_id: int) -> list[tuple[int, bool]]:
    """(candidate id, passed every required knock-out) for the adverse-impact report."""
    return [(r.candidate_id, bool(r.eligible)) for r in handed_in(position_id=position_id)
            if r.eligible is not None]


def comparison_cells(candidate_ids) -> list[tuple[str, int, float | None, list[str]]]:
    """(row label, candidate id, value, evidence) for the comparison page."""
    cells = []
    for response in handed_in(candidate_ids):
        result = response.result or {}
        questionnaire = get_questionnaire(response.questionnaire_id)
        labels = {t.key: t.label for t in questionnaire.traits}
        cells.append(("Suitability (of 100)", response.candidate_id, response.suitability,
                      []))
        cells.append(("Consistency (of 1)", response.candidate_id, response.consistency,
                      ["Low: answers to repeated statements disagree."]
                      if (response.consistency or 0) < LOW_CONSISTENCY else []))
        reasons = result.get("eligibility", {}).get("reasons", [])
        cells.append(("Knock-outs passed (1 yes, 0 no)", response.candidate_id,
                      1.0 if response.eligible else 0.0, list(reasons)))
        for key, value in result.get("traits", {}).items():
            cells.append((labels.get(key, key), response.candidate_id, float(value["score"]),
                          [f"Ideal {value['ideal'][0]}–{value['ideal'][1]}: {value['fit']}"]))
    return cells
