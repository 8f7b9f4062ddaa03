"""The funnel counts the stages candidates actually went through, from their stage history."""

import re

from hiring.db import db
from hiring.reports import funnel as fn
from tests.reports.helpers import add_candidate


def _cells(page, label):
    row = re.search(rf"<th scope=\"row\">{label}</th>(.*?)</tr>", page, re.S).group(1)
    return [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def test_a_skipped_stage_is_not_counted_as_reached(app, client, login_as, make_position):
    position_id = make_position()
    with app.app_context():
        add_candidate(position_id, 1, ["writing", "research", "interview"])
        add_candidate(position_id, 2, ["interview"])  # applied straight to interview
        add_candidate(position_id, 3, ["interview", "decision"])
        add_candidate(position_id, 4, ["writing"], "writing")
        db.session.commit()
    login_as("manager")
    page = client.get(f"/reports/positions/{position_id}").get_data(as_text=True)
    # reached, in it now, went on, screened out here, ...
    assert _cells(page, "Applied")[:4] == ["4", "0", "4", "0"]
    assert _cells(page, "Writing test")[:4] == ["2", "0", "1", "1"]
    assert _cells(page, "Research exercise")[:4] == ["1", "0", "1", "0"]
    assert _cells(page, "Interview")[:4] == ["3", "2", "1", "0"]
    assert _cells(page, "Decision")[:4] == ["1", "1", "0", "0"]


def test_funnel_from_visits_is_pure():
    # (stage visited, furthest stage) -> candidates
    visits = {("applied", "interview"): 2, ("writing", "interview"): 1,
              ("interview", "interview"): 2, ("applied", "writing"): 1,
              ("writing", "writing"): 1}
    funnel = fn.build_funnel({"interview": 2, "screened_out": 1},
                             {("writing", "writing"): 1}, {}, visits=visits)
    rows = {row.stage: row for row in funnel.rows}
    # applied, writing, research, interview, decision, offer, hired
    assert [rows[s].reached for s in fn.PIPELINE] == [3, 2, 0, 2, 0, 0, 0]
    assert (rows["writing"].advanced, rows["writing"].screened_out) == (1, 1)
    assert rows["applied"].advanced == 3
