"""Long lists come in pages: counts, bounds, and the pager links."""

from __future__ import annotations

from sqlalchemy import select

from hiring.pagination import paginate


def test_pages_of_a_query(app, make_position):
    from hiring.positions.models import Position

    for n in range(7):
        make_position(title=f"P{n}")
    with app.app_context():
        query = select(Position).order_by(Position.title)
        first = paginate(query, 1, per_page=3)
        assert [p.title for p in first.items] == ["P0", "P1", "P2"]
        assert (first.total, first.pages, first.has_prev, first.has_next) == (7, 3, False, True)
        last = paginate(query, 3, per_page=3)
        assert [p.title for p in last.items] == ["P6"] and not last.has_next
        assert paginate(query, 99, per_page=3).page == 3
        assert paginate(query, -2, per_page=3).page == 1
        assert paginate(query, None, per_page=3).page == 1
        empty = paginate(query.where(Position.title == "none"), 1)
        assert (empty.items, empty.total, empty.pages) == ([], 0, 1)


def test_interview_lists_page_and_keep_other_arguments(app, client, login_as, runner):
    result = runner.invoke(args=["demo", "load", "--scale", "400"])
    assert result.exit_code == 0, result.output
    login_as("admin")
    page = client.get("/interviews/?all_page=2").data.decode()
    assert "Page 2 of" in page and 'rel="prev"' in page
    assert "all_page=1" in page
    assert client.get("/interviews/?all_page=999&page=-1").status_code == 200
