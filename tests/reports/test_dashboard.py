import re

from hiring.db import db
from tests.reports.helpers import add_candidate


def _pipeline(app, position_id):
    with app.app_context():
        n = 0
        for path, reason, count in [
            ([], None, 2),  # still applied
            (["writing"], None, 3),  # taking the writing test
            (["writing"], "writing", 4),  # screened out at writing
            (["writing", "research", "interview"], None, 1),
            ([], "withdrew", 1),  # withdrew straight after applying
        ]:
            for _ in range(count):
                n += 1
                add_candidate(position_id, n, path, reason)
        db.session.commit()


def _cells(page, label):
    row = re.search(rf"<th scope=\"row\">{label}</th>(.*?)</tr>", page, re.S).group(1)
    return [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def test_dashboard_funnel_numbers(app, client, login_as, make_position):
    position_id = make_position()
    _pipeline(app, position_id)
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}").get_data(as_text=True)
    assert "11 candidates" in page
    # reached, in it now, went on, screened out here, conversion, median days
    assert _cells(page, "Applied") == ["11", "2", "8", "1", "89%", "2.0"]
    assert _cells(page, "Writing test") == ["8", "3", "1", "4", "20%", "2.0"]
    assert _cells(page, "Interview")[:2] == ["1", "1"]
    assert _cells(page, "Writing test below the bar") == ["4"]
    assert _cells(page, "Withdrew") == ["1"]
    assert "No scores recorded yet" in page


def test_funnel_chart_is_an_svg_image_with_its_own_policy(app, client, login_as, make_position):
    position_id = make_position()
    _pipeline(app, position_id)
    login_as("manager")
    response = client.get(f"/reports/positions/{position_id}/charts/funnel.svg")
    assert response.mimetype == "image/svg+xml"
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
    svg = response.get_data(as_text=True)
    assert "<script" not in svg and ">Writing test<" in svg
    assert client.get(f"/reports/positions/{position_id}/charts/nothing.svg").status_code == 404


def test_interviewers_cannot_see_reports(client, login_as, make_position):
    position_id = make_position()
    login_as("interviewer")
    assert client.get(f"/reports/positions/{position_id}").status_code == 403


def test_time_in_stage_follows_new_moves(app, client, login_as, make_position):
    from datetime import timedelta

    from hiring.candidates.models import Candidate
    from tests.reports.helpers import T0, stage_move

    position_id = make_position()
    _pipeline(app, position_id)
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}").get_data(as_text=True)
    assert _cells(page, "Research exercise")[-1] == "2.0"
    with app.app_context():
        # Three people leave research after 9 days: the median stay becomes 9.
        for n in range(3):
            c = add_candidate(position_id, 100 + n, ["writing", "research"])
            stage_move(c, T0 + timedelta(days=13), "research", "interview")
            db.session.get(Candidate, c.id).stage = "interview"
        db.session.commit()
    page = client.get(f"/reports/positions/{position_id}").get_data(as_text=True)
    assert _cells(page, "Research exercise")[-1] == "9.0"


def test_writing_score_distribution_marks_the_rubric_threshold(
        app, client, login_as, make_position, make_candidate):
    from hiring.assessments.models import Submission
    from hiring.rubrics import get_rubric

    threshold = get_rubric("business-writing").pass_threshold
    position_id = make_position()
    with app.app_context():
        for i, score in enumerate((45.0, 72.0, 88.0, 100.0)):
            cid = make_candidate(position_id)
            db.session.add(Submission(candidate_id=cid, step="writing", code=f"S{i}",
                                      rubric_id="business-writing", time_limit_minutes=30,
                                      final_score=score))
        db.session.commit()
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}").get_data(as_text=True)
    assert f"pass threshold {threshold:g}" in page
    assert _cells(page, "40–50") == ["1", "Yes" if 40 >= threshold else "No"]
    assert _cells(page, "70–80") == ["1", "Yes" if 70 >= threshold else "No"]
    assert _cells(page, "90–100") == ["1", "Yes"]  # 100 falls in the closed top band
    assert _cells(page, "0–10") == ["0", "No"]
    svg = client.get(f"/reports/positions/{position_id}/charts/writing.svg").get_data(
        as_text=True)
    assert "Pass threshold" in svg and "<script" not in svg
