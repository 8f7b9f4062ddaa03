"""Scheduling the final presentation, its brief for the candidate and its result.

A presentation is an `Interview` of kind "presentation": the same panel rules, the same blind
scorecards and the same debrief, with the rated items copied from the position's
final-presentation rubric instead of the question bank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import bindparam, func, select

from hiring import audit, blind
from hiring.analysis.research import split_sections
from hiring.assessments.models import Submission
from hiring.auth.models import User
from hiring.candidates import notices
from hiring.candidates.models import Candidate
from hiring.db import among, db, utcnow
from hiring.errors import HiringError
from hiring.interviews import services as interviews
from hiring.interviews.models import AskedQuestion, Interview, PanelMember
from hiring.positions.services import rubric_for, rubric_id_for
from hiring.research.services import current_record
from hiring.rubrics import Rubric, RubricError, get_rubric
from hiring.timezones import local_text

KIND = "presentation"
STEP = "presentation"  # the position's rubric step
MINUTES_DEFAULT, MINUTES_MIN, MINUTES_MAX = 30, 10, 90
QUESTIONS_MINUTES = 15
# What the article asks the candidate to do, in the candidate's words.
TASK = ("Present a profile of {company} as if {company} were your target customer: its "
        "leaders, what it sells, who buys from it and the pressures on it. Then describe "
        "exactly how you would turn that understanding into an opportunity to do business "
        "with {company}.")


def rubric_of(candidate: Candidate) -> Rubric:
    """The final-presentation rubric the candidate's position uses."""
    try:
        return rubric_for(candidate.position_id, STEP)
    except (HiringError, RubricError) as error:
        raise HiringError("The position has no final-presentation rubric; choose one on the "
                          "position's page first.") from error


def presentation_of(candidate: Candidate) -> Interview | None:
    """The candidate's latest final presentation, if one is scheduled."""
    return db.session.scalars(
        select(Interview).where(Interview.candidate_id == candidate.id, Interview.kind == KIND)
        .order_by(Interview.scheduled_at.desc(), Interview.id.desc()).limit(1)).first()


def presentations_of(candidate_ids) -> dict[int, Interview]:
    """{candidate id: latest final presentation} for many candidates at once, with what
    `result_for` reads already loaded (read with their structured interviews, which the
    board asks for the same candidates)."""
    return {candidate_id: interview for (candidate_id, kind), interview
            in interviews.latest_interviews(candidate_ids).items() if kind == KIND}


def schedule_presentation(candidate: Candidate, *, panel: list[User], scheduled_at: datetime,
                          minutes: int, location: str, actor: User) -> Interview:
    """Schedule the final presentation with a panel of two or three, scored on the rubric."""
    if candidate.stage in interviews.CLOSED_STAGES:
        raise HiringError(f"{candidate.name} is {candidate.stage_label.lower()}; there is no "
                          "presentation to schedule.")
    if scheduled_at.tzinfo is None:
        raise HiringError("Give the presentation time with its time zone.")
    if not MINUTES_MIN <= minutes <= MINUTES_MAX:
        raise HiringError(f"Give the candidate between {MINUTES_MIN} and {MINUTES_MAX} minutes "
                          "to present.")
    interviews.check_panel(panel)
    existing = presentation_of(candidate)
    if existing is not None:
        raise HiringError(f"{candidate.name}'s final presentation is already scheduled for "
                          f"{local_text(existing.scheduled_at, actor, '%d %B %Y at %H:%M')}.")
    rubric = rubric_of(candidate)
    presentation = Interview(
        kind=KIND, candidate_id=candidate.id, position_id=candidate.position_id,
        scheduled_at=scheduled_at, minutes=minutes, location=(location or "").strip(),
        created_by_id=actor.id, rubric_id=rubric.id, rubric_version=rubric.version,
        rubric_digest=rubric.digest)
    presentation.panel = [PanelMember(user_id=u.id, candidate_id=candidate.id) for u in panel]
    presentation.questions = [
        AskedQuestion(candidate_id=candidate.id, sort_order=i, kind="criterion",
                      text=criterion.label,
                      anchors={str(level.points): level.anchor for level in criterion.levels},
                      minutes=0, weight=criterion.weight)
        for i, criterion in enumerate(rubric.criteria)]
    db.session.add(presentation)
    db.session.flush()
    audit.record(actor, "presentation.scheduled", "interview", presentation.id,
                 candidate_id=candidate.id,
                 after={"panel": sorted(u.id for u in panel),
                        "scheduled_at": scheduled_at.isoformat(), "minutes": minutes,
                        "rubric": f"{rubric.id}@{rubric.version}"})
    notices.interview_scheduled(presentation)  # the candidate and each panelist, with a calendar
    return presentation


# ---------------------------------------------------------------------------------------------
# The brief the candidate reads


def _research_sections(candidate: Candidate) -> dict[str, str]:
    text = db.session.scalar(select(Submission.text).where(
        Submission.candidate_id == candidate.id, Submission.step == "research",
        Submission.submitted_at.is_not(None)))
    if not text:
        return {}
    joined = split_sections(text)
    return {k: v.strip() for k, v in joined.bodies().items()} if joined else {}


def brief(presentation: Interview) -> dict:
    """Plain data for the candidate: what to present, for how long, to whom, when and where."""
    sheet = current_record()
    company = sheet.name if sheet else "our company"
    research = _research_sections(presentation.candidate)
    try:
        criteria = [{"label": c.label, "description": c.description}
                    for c in get_rubric(presentation.rubric_id).criteria]
    except (RubricError, KeyError, TypeError):
        criteria = [{"label": q.text, "description": ""} for q in presentation.questions]
    minutes = presentation.minutes or MINUTES_DEFAULT
    return {
        "company": company,
        "task": TASK.format(company=company),
        "minutes": minutes,
        "questions_minutes": QUESTIONS_MINUTES,
        "scheduled_at": presentation.scheduled_at,
        "location": presentation.location,
        "panel": [{"name": m.user.name or m.user.email, "role": m.user.role_label}
                  for m in presentation.panel],
        "executives": [dict(e) for e in (sheet.executives if sheet else [])],
        "services": list(sheet.services) if sheet else [],
        "customers": list(sheet.customers) if sheet else [],
        "research": [(label, research[key]) for key, label in
                     (("target", "The company as a target customer"),
                      ("opportunity", "Opportunity plan")) if research.get(key)],
        "criteria": criteria,
    }


# ---------------------------------------------------------------------------------------------
# The result, where the deciders look


@dataclass(frozen=True)
class Result:
    presentation: Interview
    happened: bool
    submitted: int
    panel: int
    score: float | None  # 0-100 on the rubric, None until shown or rated
    pass_threshold: float | None
    flagged: int
    blocked: bool  # the viewer sits on the panel and has not scored yet

    @property
    def passed(self) -> bool | None:
        if self.score is None or self.pass_threshold is None:
            return None
        return self.score >= self.pass_threshold


def result_for(presentation: Interview, viewer: User | None,
               hidden: blind.Withheld | None = None) -> Result:
    """Where the presentation stands; the combined score only for those allowed to see it
    (`hidden`, when given, is what the viewer may not see yet)."""
    combined = interviews.debrief(presentation)
    if hidden is not None:
        blocked = hidden.hides_interview(presentation.id)
    else:
        blocked = interviews.debrief_block(presentation, viewer) is not None
    try:
        threshold = get_rubric(presentation.rubric_id).pass_threshold
    except (RubricError, KeyError, TypeError):
        threshold = None
    return Result(
        presentation=presentation, happened=presentation.scheduled_at <= utcnow(),
        submitted=len(combined.submitted), panel=len(combined.panelists),
        score=None if blocked else combined.weighted_percent, pass_threshold=threshold,
        flagged=0 if blocked else sum(1 for row in combined.rows if row.flagged),
        blocked=blocked)


def scores(candidate_ids=None, position_id: int | None = None) -> dict[int, float]:
    """{candidate id: combined rubric score 0-100} for presentations with submitted scores."""
    if candidate_ids is None and position_id is not None:
        # The dashboard's question, as a statement built once.
        presentations = db.session.scalars(_position_presentations(),
                                           {"position_id": position_id})
    else:
        query = select(Interview).join(Candidate, Candidate.id == Interview.candidate_id).where(
            Interview.kind == KIND)
        if position_id is not None:
            query = query.where(Candidate.position_id == position_id,
                                Interview.position_id == position_id)
        if candidate_ids is not None:
            query = query.where(among(Interview.candidate_id, candidate_ids))
        presentations = db.session.scalars(query.order_by(Interview.scheduled_at)
                                           .options(*interviews.debrief_loads()))
    found: dict[int, float] = {}
    for presentation in presentations:
        percent = interviews.debrief(presentation).weighted_percent
        if percent is not None:
            found[presentation.candidate_id] = percent
    return found


@cache
def _position_presentations():
    """A position's presentations, with what their debrief reads."""
    position_id = bindparam("position_id")
    # Both: an interview is on its candidate's position, and its own column is indexed.
    return (select(Interview).join(Candidate, Candidate.id == Interview.candidate_id)
            .where(Interview.kind == KIND, Candidate.position_id == position_id,
                   Interview.position_id == position_id)
            .order_by(Interview.scheduled_at).options(*interviews.debrief_loads()))


def happened_count(position_id: int) -> int:
    """Candidates of the position whose final presentation has taken place."""
    return db.session.scalar(
        select(func.count(func.distinct(Interview.candidate_id)))
        .join(Candidate, Candidate.id == Interview.candidate_id)
        .where(Candidate.position_id == position_id, Interview.kind == KIND,
               Interview.scheduled_at <= utcnow())) or 0


def rubric_id_of_position(position_id: int) -> str | None:
    """The final-presentation rubric the position uses, if it has one."""
    try:
        return rubric_id_for(position_id, STEP)
    except (HiringError, RubricError):
        return None
