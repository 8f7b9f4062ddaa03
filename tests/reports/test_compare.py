import re
from datetime import UTC, datetime

from hiring.assessments.models import Review, Submission
from hiring.db import db
from hiring.interviews.models import AskedQuestion, Interview, Rating, Scorecard

NOW = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _scored(app, candidate_id, code, final, ratings, comments, reviewer_ids, points,
            interviewer_ids, note=""):
    with app.app_context():
        sub = Submission(candidate_id=candidate_id, step="writing", code=code,
                         rubric_id="business-writing", time_limit_minutes=30,
                         final_score=final, submitted_at=NOW)
        db.session.add(sub)
        db.session.flush()
        for reviewer_id, given in zip(reviewer_ids, ratings, strict=True):
            db.session.add(Review(candidate_id=candidate_id, submission_id=sub.id,
                                  reviewer_id=reviewer_id, rubric_id="business-writing",
                                  rubric_version=1, rubric_digest="x" * 64, ratings=given,
                                  comments=comments, score=final))
        from hiring.candidates.models import Candidate

        position_id = db.session.get(Candidate, candidate_id).position_id
        interview = Interview(candidate_id=candidate_id, position_id=position_id,
                              scheduled_at=NOW)
        db.session.add(interview)
        db.session.flush()
        asked = AskedQuestion(interview_id=interview.id, candidate_id=candidate_id,
                              text="How would you open an account in the target market?")
        db.session.add(asked)
        db.session.flush()
        for interviewer_id, p in zip(interviewer_ids, points, strict=True):
            card = Scorecard(interview_id=interview.id, interviewer_id=interviewer_id,
                             candidate_id=candidate_id, submitted_at=NOW)
            db.session.add(card)
            db.session.flush()
            db.session.add(Rating(scorecard_id=card.id, asked_question_id=asked.id,
                                  candidate_id=candidate_id, points=p, notes=note))
        db.session.commit()


def _row(page, label):
    row = re.search(rf"<th scope=\"row\">{re.escape(label)}</th>(.*?)</tr>", page, re.S).group(1)
    return [re.sub(r"<[^>]+>", " ", c).split()[0] if c.strip() else ""
            for c in re.findall(r"<td>(.*?)</td>", row, re.S)]


def test_two_candidates_side_by_side_with_evidence(app, client, login_as, make_user,
                                                   make_position, make_candidate):
    position_id = make_position()
    ann = make_candidate(position_id, name="Ann Able", stage="interview")
    bo = make_candidate(position_id, name="Bo Baker", stage="interview")
    r1, r2 = make_user("manager"), make_user("manager")
    i1, i2 = make_user("interviewer"), make_user("interviewer")
    _scored(app, ann, "AAA", 80.0, [{"clarity": 4}, {"clarity": 3}],
            {"clarity": "Opens with the reader's problem."}, [r1, r2], [4, 5], [i1, i2],
            note="Named three target accounts.")
    _scored(app, bo, "BBB", 55.0, [{"clarity": 2}], {}, [r1], [2, 3], [i1, i2])
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}/compare?candidate={ann}"
                      f"&candidate={bo}").get_data(as_text=True)
    assert page.index("Ann Able") < page.index("Bo Baker")
    assert _row(page, "Final score (of 100)") == ["80.0", "55.0"]
    assert _row(page, "Clarity") == ["3.5", "2.0"]  # mean of the reviewers' points
    assert _row(page, "How would you open an account in the target market?") == ["4.5", "2.5"]
    assert "Opens with the reader&#39;s problem." in page
    assert "Named three target accounts." in page


def test_comparison_needs_two_to_five_candidates_of_the_position(
        client, login_as, make_position, make_candidate):
    position_id = make_position()
    other_position = make_position(title="Other")
    ann = make_candidate(position_id)
    stranger = make_candidate(other_position)
    login_as("manager")
    one = client.get(f"/reports/positions/{position_id}/compare?candidate={ann}")
    assert "Choose between 2 and 5 candidates." in one.get_data(as_text=True)
    mixed = client.get(f"/reports/positions/{position_id}/compare?candidate={ann}"
                       f"&candidate={stranger}")
    assert "Choose candidates of this position only." in mixed.get_data(as_text=True)
