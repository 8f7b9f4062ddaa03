"""The validity report names rubric criteria by their labels, never by their keys."""

from hiring.db import db
from hiring.reports import scores
from tests.reports.helpers import add_candidate


def test_criterion_rows_use_the_rubrics_labels(app, make_position):
    from hiring.assessments.models import Review, Submission

    position_id = make_position()
    with app.app_context():
        c = add_candidate(position_id, 1, ["writing", "research", "interview", "decision",
                                           "hired"])
        db.session.flush()
        submission = Submission(candidate_id=c.id, step="writing", code="S-LABELS",
                                rubric_id="business-writing", time_limit_minutes=30)
        db.session.add(submission)
        db.session.flush()
        db.session.add(Review(candidate_id=c.id, submission_id=submission.id,
                              rubric_id="business-writing", rubric_version=1, rubric_digest="x",
                              ratings={"purpose_and_ask": 3, "gone_criterion": 2}, score=60.0))
        db.session.commit()
        keys = {key for _, key, _ in scores.criterion_rows(position_id, hires_only=True)}
    assert keys == {"Writing test: Clear purpose and a single ask",
                    "Writing test: Gone criterion"}
