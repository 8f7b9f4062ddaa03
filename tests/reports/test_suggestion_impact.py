"""The adverse-impact report also shows the four-fifths ratio if the automated suggestion
alone decided, beside the reviewers' decision, over the same people."""

import pytest

from hiring.analysis import adverse_impact as ai
from hiring.assessments.models import Review, Submission
from hiring.db import db, utcnow
from hiring.positions.models import Position
from hiring.reports import services
from hiring.reports.models import SelfIdentification
from hiring.rubrics import get_rubric
from tests.reports.helpers import add_candidate

RUBRIC = get_rubric("business-writing")
TOP = {c.key: c.max_points for c in RUBRIC.criteria}
BOTTOM = {c.key: c.min_points for c in RUBRIC.criteria}


def reviewed_writing(app, position_id):
    """80 men and 40 women, 60% of each passing as reviewed; the suggestion alone would pass
    48 of 80 men but only 12 of 40 women. Three more kept no suggestion; three answered
    'another sex'."""
    with app.app_context():
        n = 0
        people = [("male", 80, 48, 48), ("female", 40, 24, 12), ("another", 3, 3, 3),
                  (None, 3, 3, None)]
        for sex, total, passed, suggested_pass in people:
            for i in range(total):
                n += 1
                c = add_candidate(position_id, n, ["writing"])
                if sex:
                    db.session.add(SelfIdentification(candidate_id=c.id, sex=sex))
                ratings = TOP if i < passed else BOTTOM
                s = Submission(candidate_id=c.id, step="writing", code=f"W-I{n:05d}",
                               rubric_id=RUBRIC.id, time_limit_minutes=30,
                               submitted_at=utcnow(), text="Answer.",
                               final_score=RUBRIC.score(ratings))
                db.session.add(s)
                db.session.flush()
                suggested = {} if suggested_pass is None else (
                    TOP if i < suggested_pass else BOTTOM)
                db.session.add(Review(candidate_id=c.id, submission_id=s.id, reviewer_id=None,
                                      rubric_id=RUBRIC.id, rubric_version=RUBRIC.version,
                                      rubric_digest=RUBRIC.digest, ratings=ratings,
                                      suggested=suggested, score=RUBRIC.score(ratings)))
        db.session.commit()


def test_partial_score_weighs_only_the_criteria_with_a_level():
    # Two criteria given: one at the top, one at the bottom -> their weights decide.
    clarity, tone = RUBRIC.criterion("clarity"), RUBRIC.criterion("tone")
    score = RUBRIC.partial_score({"clarity": clarity.max_points, "tone": tone.min_points,
                                  "structure": None})
    assert score == round(clarity.weight / (clarity.weight + tone.weight) * 100, 2)
    assert RUBRIC.partial_score(TOP) == RUBRIC.score(TOP) == 100
    assert RUBRIC.partial_score({}) is None
    assert RUBRIC.partial_score({"clarity": None}) is None


def test_side_by_side_pairs_the_groups_of_two_reports():
    first = ai.impact({("A",): ai.Count(40, 20), ("B",): ai.Count(40, 20)})
    second = ai.impact({("A",): ai.Count(40, 30), ("C",): ai.Count(40, 10)})
    rows = ai.side_by_side(first, second)
    assert [(g, f is not None, s is not None) for g, f, s in rows] == [
        (("A",), True, True), (("B",), True, False), (("C",), False, True)]


def test_suggestion_alone_shows_the_impact_the_reviewers_did_not_make(app, make_position):
    position_id = make_position()
    reviewed_writing(app, position_id)
    with app.app_context():
        [step] = services.suggestion_impact(db.session.get(Position, position_id))
    assert (step.step, step.people, step.left_out) == ("writing", 123, 3)
    reviewed, alone = step.reports[0]  # by sex
    assert reviewed.dimensions == ("sex",)
    by_group = {g.group: g for g in reviewed.groups}
    assert by_group[("Female",)].verdict == ai.NO_ADVERSE_IMPACT
    by_group = {g.group: g for g in alone.groups}
    assert by_group[("Female",)].verdict == ai.ADVERSE_IMPACT
    assert by_group[("Female",)].impact_ratio == pytest.approx(0.5)
    assert by_group[("Another sex",)].verdict == ai.TOO_SMALL  # small groups stay unjudged


def test_the_adverse_impact_page_shows_both_columns(app, client, login_as, make_position):
    position_id = make_position()
    reviewed_writing(app, position_id)
    login_as("admin")
    page = client.get(f"/reports/positions/{position_id}/adverse-impact").get_data(as_text=True)
    section = page.split('id="checkers-heading"')[1]
    assert ("123 reviewed people compared; 3 more left out because their review kept no "
            "suggestion") in section
    table = section.split("</table>")[0]
    assert "75 of 123 pass as reviewed, 63 on the suggestion alone" in table
    female = table.split('<th scope="row">Female</th>')[1].split("</tr>")[0]
    cells = [c.split(">", 1)[1].split("</td")[0] for c in female.split("<td")[1:]]
    assert cells[:3] == ["40", "60%", "1.00"]
    assert "At or above four-fifths" in cells[3]
    assert cells[4:6] == ["30%", "0.50"] and "Below four-fifths" in cells[6]


def test_the_checker_columns_are_for_admins_only(app, client, login_as, make_position):
    position_id = make_position()
    login_as("manager")
    assert client.get(f"/reports/positions/{position_id}/adverse-impact").status_code == 403
