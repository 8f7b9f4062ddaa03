from tests.access import ADMINS, ANY_STAFF, CANDIDATE, MANAGERS, Rule


def seed(world):
    from hiring.assessments.models import Submission
    from hiring.assessments.prompt_files import load_prompts
    from hiring.assessments.services import begin, seed_prompts, submission_for, submit
    from hiring.candidates.models import Candidate
    from hiring.db import db, utcnow

    seed_prompts(load_prompts())
    other = db.session.get(Candidate, world.other_candidate_id)
    submission = submission_for(other, "writing")
    begin(submission, utcnow())
    submission.text = "Dear Ana,\n\nCould we meet on Tuesday?\n\nBest,\nSam"
    submit(submission, utcnow())
    # The matrix's interviewer is given this work, as a manager would.
    from hiring.assessments.services import assign_reviewer
    from hiring.auth.models import User

    assign_reviewer(submission, db.session.get(User, world.users["interviewer"]), None)
    db.session.commit()
    world.extra["submission_id"] = submission.id
    assert db.session.get(Submission, submission.id).is_submitted


RULES = {
    "assessments.take": Rule(CANDIDATE, kwargs={"step": "writing"}),
    "assessments.begin": Rule(CANDIDATE, method="POST", kwargs={"step": "writing"}),
    "assessments.save": Rule(CANDIDATE, method="POST", kwargs={"step": "writing"},
                             json={"seq": 1, "text": "Hello"}),
    "assessments.event": Rule(CANDIDATE, method="POST", kwargs={"step": "writing"},
                              json={"kind": "paste", "size": 3}),
    "assessments.submit": Rule(CANDIDATE, method="POST", kwargs={"step": "writing"}),
    "assessments.queue": Rule(ANY_STAFF),
    "assessments.review": Rule(ANY_STAFF,
                               kwargs={"submission_id": lambda w: w.extra["submission_id"]}),
    "assessments.prompts": Rule(ADMINS),
    "assessments.edit_prompt": Rule(ADMINS),
    "assessments.position_prompts": Rule(MANAGERS,
                                         kwargs={"position_id": lambda w: w.position_id}),
    "assessments.assign": Rule(MANAGERS, method="POST", kwargs={
        "submission_id": lambda w: w.extra["submission_id"]},
        data={"user_id": lambda w: w.users["manager"]}),
    "assessments.unassign": Rule(MANAGERS, method="POST", kwargs={
        "submission_id": lambda w: w.extra["submission_id"], "user_id": 999}),
    "assessments.reconcile": Rule(ANY_STAFF, method="POST", kwargs={
        "submission_id": lambda w: w.extra["submission_id"]}, data={"note": "x"}),
}
