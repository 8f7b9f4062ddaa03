from tests.access import ANY_STAFF, MANAGERS, Rule


def _hired(w):
    return w.extra["plans_hired_id"]


def seed(world):
    from datetime import date

    from hiring.candidates.models import Candidate
    from hiring.db import db
    from hiring.plans import services

    hired = Candidate(position_id=world.position_id, name="Plans Hire",
                      email="plans-hire@example.com", stage="hired")
    db.session.add(hired)
    db.session.flush()
    services.draft_development_plan(hired, None, date(2027, 3, 1))
    services.create_onboarding_plan(hired, None, date(2027, 3, 1))
    world.extra["plans_hired_id"] = hired.id
    # Interviewers see a development plan only for a candidate whose panel they sit on.
    from hiring.db import utcnow
    from hiring.interviews.models import Interview, PanelMember

    interview = Interview(candidate_id=hired.id, position_id=world.position_id,
                          scheduled_at=utcnow())
    db.session.add(interview)
    db.session.flush()
    db.session.add(PanelMember(interview_id=interview.id, candidate_id=hired.id,
                               user_id=world.users["interviewer"]))


JOB = "0" * 32
RULES = {
    "plans.index": Rule(MANAGERS),
    "plans.template": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "plans.draft_development": Rule(MANAGERS, method="POST",
                                    kwargs={"candidate_id": lambda w: w.candidate_id},
                                    data={"start_date": "2027-03-01"}),
    "plans.development": Rule(ANY_STAFF, kwargs={"candidate_id": _hired}),
    "plans.save_development": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _hired},
                                   data={"start_date": "2027-04-01"}),
    "plans.record_reaction": Rule(ANY_STAFF, method="POST", kwargs={"candidate_id": _hired},
                                  data={"reaction": "Asked sharp questions about month 3."}),
    "plans.share_development": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _hired}),
    "plans.unshare_development": Rule(MANAGERS, method="POST",
                                      kwargs={"candidate_id": _hired}),
    "plans.record_review": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _hired},
                                data={"review_date": "2027-05-01"}),
    "plans.timeline": Rule(ANY_STAFF, kwargs={"candidate_id": _hired}),
    "plans.create_onboarding": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _hired},
                                    data={"start_date": "2027-03-01"}),
    "plans.onboarding": Rule(MANAGERS, kwargs={"candidate_id": _hired}),
    "plans.save_onboarding": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _hired},
                                  data={"start_date": "2027-03-01"}),
    "plans.check": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _hired},
                        data={"item_type": "activity", "item_id": "1", "done": "y"}),
    "plans.download": Rule(ANY_STAFF, kwargs={"candidate_id": _hired, "kind": "development"}),
    "plans.pdf_status": Rule(ANY_STAFF, kwargs={"candidate_id": _hired, "kind": "development"}),
    "plans.bulk": Rule(MANAGERS, method="POST", data={"month": "2027-03", "kind": "both"}),
    "plans.bulk_progress": Rule(MANAGERS, kwargs={"job_id": JOB}),
    "plans.bulk_status": Rule(MANAGERS, kwargs={"job_id": JOB}),
    "plans.bulk_download": Rule(MANAGERS, kwargs={"job_id": JOB}),
}
