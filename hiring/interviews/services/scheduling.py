"""Scheduling, moving and cancelling interviews; who may sit on a panel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from hiring import audit, registry
from hiring.auth.models import User
from hiring.candidates import notices
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.interviews.models import AskedQuestion, Interview, PanelMember, PlanItem
from hiring.interviews.services.planning import plan
from hiring.positions.models import Position

PANEL_MIN, PANEL_MAX = 2, 3
NUMBER_WORDS = {0: "nobody", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
# Stages from which a candidate can no longer be interviewed.
CLOSED_STAGES = ("screened_out", "hired", "onboarding")


@dataclass(frozen=True)
class PlanGate:
    """Whether the candidate's development plan allows an interview."""

    available: bool  # the development-plan feature exists
    drafted: bool

    @property
    def open(self) -> bool:
        return self.drafted or not self.available


def development_plan_gate(candidate: Candidate) -> PlanGate:
    """A drafted development plan must be on the table before the first interview."""
    answers = [hook(candidate.id) for hook in registry.hooks("has_drafted_plan")]
    if not answers:  # no package keeps development plans
        return PlanGate(available=False, drafted=False)
    return PlanGate(available=True, drafted=any(answers))


def check_panel(users: list[User]) -> None:
    """Two or three distinct, active staff members."""
    ids = {u.id for u in users}
    if len(ids) != len(users):
        raise HiringError("Each interviewer can sit on the panel only once.")
    if not PANEL_MIN <= len(users) <= PANEL_MAX:
        chosen = NUMBER_WORDS.get(len(users), str(len(users)))
        raise HiringError(
            f"A panel has two or three interviewers; you chose {chosen}. Two or three people "
            "asking the same questions and scoring independently make the scores comparable."
        )
    inactive = [u.name or u.email for u in users if not u.is_active]
    if inactive:
        raise HiringError(f"{', '.join(inactive)} can no longer sign in; choose someone else.")


def schedule_interview(candidate: Candidate, *, panel: list[User], scheduled_at: datetime,
                       location: str, actor: User) -> Interview:
    """Schedule an interview with the position's plan, a panel and a drafted development plan."""
    if candidate.stage in CLOSED_STAGES:
        raise HiringError(f"{candidate.name} is {candidate.stage_label.lower()}; there is no "
                          "interview to schedule.")
    if scheduled_at.tzinfo is None:
        raise HiringError("Give the interview time with its time zone.")
    check_panel(panel)
    gate = development_plan_gate(candidate)
    if not gate.open:
        raise HiringError("Draft the candidate's development plan first: it is discussed in "
                          "the interview.")
    items = plan(candidate.position)
    if not any(item.kind == "question" for item in items):
        raise HiringError("The position has no interview plan yet; plan the questions first.")
    interview = Interview(candidate_id=candidate.id, position_id=candidate.position_id,
                          scheduled_at=scheduled_at, location=(location or "").strip(),
                          created_by_id=actor.id)
    interview.panel = [PanelMember(user_id=u.id, candidate_id=candidate.id) for u in panel]
    interview.questions = [_snapshot(item, candidate.id) for item in items]
    db.session.add(interview)
    db.session.flush()
    audit.record(actor, "interview.scheduled", "interview", interview.id,
                 candidate_id=candidate.id,
                 after={"panel": sorted(u.id for u in panel),
                        "scheduled_at": scheduled_at.isoformat()})
    notices.interview_scheduled(interview)
    return interview


def _open_for_change(interview: Interview, doing: str) -> None:
    if interview.decision is not None:
        raise HiringError(f"The panel has decided on this interview; it cannot be {doing}.")
    if any(card.submitted_at is not None for card in interview.scorecards):
        raise HiringError(f"A panelist has submitted a scorecard; the interview took place "
                          f"and cannot be {doing}.")


def move_interview(interview: Interview, *, scheduled_at: datetime, location: str,
                   actor: User) -> Interview:
    """A new time or place; the candidate and panel get an updated calendar invitation."""
    _open_for_change(interview, "moved")
    if scheduled_at.tzinfo is None:
        raise HiringError("Give the interview time with its time zone.")
    location = (location or "").strip()
    before = {"scheduled_at": interview.scheduled_at.isoformat(),
              "location": interview.location}
    if scheduled_at == interview.scheduled_at and location == interview.location:
        raise HiringError("That is the interview's time and place already.")
    interview.scheduled_at, interview.location = scheduled_at, location
    interview.calendar_sequence += 1
    db.session.flush()
    audit.record(actor, "interview.moved", "interview", interview.id,
                 candidate_id=interview.candidate_id, before=before,
                 after={"scheduled_at": scheduled_at.isoformat(), "location": location})
    notices.interview_moved(interview)
    return interview


def cancel_interview(interview: Interview, actor: User) -> int:
    """Call the interview off: the candidate and panel get a calendar cancellation, and the
    interview with its draft scorecards is removed. Returns the candidate's id."""
    _open_for_change(interview, "cancelled")
    interview.calendar_sequence += 1
    notices.interview_cancelled(interview)
    candidate_id = interview.candidate_id
    audit.record(actor, "interview.cancelled", "interview", interview.id,
                 candidate_id=candidate_id,
                 before={"scheduled_at": interview.scheduled_at.isoformat(),
                         "panel": sorted(interview.panelist_ids())})
    db.session.delete(interview)
    db.session.flush()
    return candidate_id


def _snapshot(item: PlanItem, candidate_id: int) -> AskedQuestion:
    if item.kind == "development_plan":
        return AskedQuestion(candidate_id=candidate_id, sort_order=item.sort_order,
                             kind="development_plan", minutes=item.minutes, weight=0.0,
                             text="Discuss the candidate's first-year development plan and "
                                  "record their reaction.")
    question = item.question
    return AskedQuestion(candidate_id=candidate_id, sort_order=item.sort_order, kind="question",
                         question_id=question.id, text=question.text,
                         competency=question.competency, anchors=dict(question.anchors),
                         outcome_ids=[o.id for o in question.outcomes], minutes=item.minutes,
                         weight=item.weight)


def panel_candidates() -> list[User]:
    """Active staff who can sit on a panel."""
    return list(db.session.scalars(
        select(User).where(User.active.is_(True)).order_by(User.name, User.email)))


def ready_for_interview_query(position: Position):
    """The position's candidates ready for an interview, by name, ready to paginate: they
    passed the exercises and have none scheduled yet."""
    return (select(Candidate).where(Candidate.position_id == position.id,
                                    Candidate.stage == "interview",
                                    ~select(Interview.id).where(
                                        Interview.candidate_id == Candidate.id,
                                        Interview.kind == "interview").exists())
            .order_by(Candidate.name, Candidate.id))


def position_interviews_query(position: Position):
    """The position's interviews, most recent first, ready to paginate; with each one's
    panel and scorecards (the list counts them), two queries for the page, not two an
    interview."""
    return (select(Interview).where(Interview.position_id == position.id)
            .order_by(Interview.scheduled_at.desc(), Interview.id.desc())
            .options(joinedload(Interview.candidate), selectinload(Interview.panel),
                     selectinload(Interview.scorecards)))
