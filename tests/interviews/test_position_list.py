"""A position's interviews page: each interview with its scorecards handed in out of its
panel, read for the whole page at once, not interview by interview."""

from __future__ import annotations

from sqlalchemy import event

from hiring.db import db
from tests.conftest import login


def _panel_reads(app, client, url: str) -> tuple[int, str]:
    """How many statements read panels or scorecards while `url` is served, and the page."""
    sent = []
    with app.app_context():
        engine = db.engine

    def count(conn, cursor, statement, *args):
        flat = " ".join(statement.split())
        if " FROM interview_panel_member " in flat or " FROM scorecard " in flat:
            sent.append(flat)

    event.listen(engine, "before_cursor_execute", count)
    try:
        page = client.get(url)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert page.status_code == 200
    return len(sent), page.get_data(as_text=True)


def test_position_interviews_read_panels_and_scorecards_once(app, setup, schedule, score,
                                                             make_candidate):
    client = app.test_client()
    assert login(client, "max@example.test").status_code in (302, 303)
    url = f"/interviews/positions/{setup.position_id}"
    first = schedule("ana", "ben")
    score(first, "ana", [4, 3, 4])
    reads, page = _panel_reads(app, client, url)
    assert "1 of 2 scorecards in" in page
    for n in range(3):
        other = make_candidate(position_id=setup.position_id, stage="interview",
                               name=f"Other {n}")
        interview = schedule("ana", "ben", "cy", candidate_id=other)
        score(interview, "cy", [3, 3, 3])
        score(interview, "ben", [4, 4, 4])
    more_reads, page = _panel_reads(app, client, url)
    assert "1 of 2 scorecards in" in page
    assert page.count("2 of 3 scorecards in") == 3
    assert more_reads == reads == 2
