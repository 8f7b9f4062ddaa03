"""The interview kit: plain data for its page and its printed document."""

from __future__ import annotations

from sqlalchemy import func, select

from hiring import blind
from hiring.assessments.models import Review, Submission
from hiring.auth.models import User
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.interviews.models import Interview
from hiring.interviews.services.planning import EXERCISE_STEPS
from hiring.suitability.services import interview_probes
from hiring.timezones import local_text


def kit_context(interview: Interview, viewer: User | None = None) -> dict:
    """Plain data for the kit page and its PDF, as `viewer` may see it."""
    position = interview.position
    outcomes = {o.id: o.text for o in position.outcomes}
    return {
        "candidate": interview.candidate.name,
        "position": position.title,
        "scheduled_at": local_text(interview.scheduled_at, viewer, "%Y-%m-%d %H:%M"),
        "location": interview.location,
        "panel": [m.user.name or m.user.email for m in interview.panel],
        "outcomes": [o.text for o in position.outcomes],
        "outcomes_due": position.outcomes_due or "",
        "questions": [
            {
                "number": i,
                "kind": q.kind,
                "text": q.text,
                "competency": q.competency,
                "minutes": q.minutes,
                "anchors": [{"points": int(k), "text": v}
                            for k, v in sorted(q.anchors.items(), key=lambda kv: int(kv[0]))],
                "outcomes": [outcomes[o] for o in q.outcome_ids if o in outcomes],
            }
            for i, q in enumerate(interview.questions, start=1)
        ],
        "total_minutes": interview.minutes or sum(q.minutes for q in interview.questions),
        "kicker": "Final presentation kit" if interview.is_presentation
        else "Structured interview kit",
        "exercises": exercise_summary(interview.candidate, blind.withheld(viewer)),
        "probes": _preference_probes(interview.candidate),
    }


def _preference_probes(candidate: Candidate) -> list[dict]:
    """Questions the work-preference questionnaire opens: one per trait outside its range."""
    return interview_probes(candidate)


def kit_document(kit: dict) -> dict:
    """The kit as a generic printed document (templates/pdf/document.html)."""
    due = kit.get("outcomes_due", "")
    outcomes = {"heading": "The outcomes this hire must deliver", "items": kit["outcomes"]}
    if due:
        outcomes["intro"] = f"{due[:1].upper()}{due[1:]}:"
    sections = [
        outcomes,
        {"heading": "Panel", "items": kit["panel"],
         "intro": "Each panelist scores independently and submits before the debrief."},
    ]
    if kit["exercises"]:
        sections.append({"heading": "Exercise results in summary",
                         "items": [f"{e['label']}: {e['value']}" for e in kit["exercises"]]})
    if kit.get("probes"):
        sections.append({"heading": "Questions from the work-preference questionnaire",
                         "items": [f"{p['label']} ({p['fit']} the range): {p['question']}"
                                   for p in kit["probes"]]})
    for q in kit["questions"]:
        section = {"heading": f"{q['number']}. {q['text']}",
                   "intro": " · ".join(part for part in (
                       f"{q['minutes']} minutes" if q["minutes"] else "", q["competency"])
                       if part)}
        if q["outcomes"]:
            section["items"] = [f"Evidence for: {o}" for o in q["outcomes"]]
        if q["anchors"]:
            section["table"] = {
                "caption": "Anchored scale",
                "columns": [{"label": "Points", "width": 12}, {"label": "Anchor", "width": 58},
                            {"label": "Notes", "width": 30}],
                "rows": [[str(a["points"]), a["text"], ""] for a in q["anchors"]],
            }
        # A question's heading, scale and room for notes print together on one page.
        section["keep"] = True
        section["notes_space"] = True
        sections.append(section)
    return {
        "kicker": kit["kicker"],
        "subtitle": f"{kit['candidate']} · {kit['position']}",
        "summary": [
            {"label": "When", "value": kit["scheduled_at"]},
            {"label": "Where", "value": kit["location"] or "To be confirmed"},
            {"label": "Length", "value": f"{kit['total_minutes']} minutes"},
        ],
        "sections": sections,
    }


def exercise_summary(candidate: Candidate, hidden: blind.Withheld = blind.NOTHING
                     ) -> list[dict]:
    """The candidate's exercises: mean reviewed score per step, or where the step stands
    (no score for a submission the viewer still has to review: `hidden`)."""
    rows = db.session.execute(
        select(Submission.id, Submission.step, Submission.submitted_at, func.avg(Review.score),
               func.count(Review.id))
        .outerjoin(Review, Review.submission_id == Submission.id)
        .where(Submission.candidate_id == candidate.id)
        .group_by(Submission.id, Submission.step, Submission.submitted_at)
        .order_by(Submission.id)).all()
    summary = []
    for submission_id, step, submitted_at, mean, count in rows:
        if hidden.hides_submission(submission_id):
            value = "waiting for your review (other reviews are shown once yours is in)"
        elif count:
            value = f"{mean:.0f} of 100, from {count} review{'s' if count != 1 else ''}"
        else:
            value = "handed in, not reviewed yet" if submitted_at else "not handed in"
        summary.append({"label": EXERCISE_STEPS.get(step, step), "value": value})
    return summary
