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


def _walk_older(query, column, size):
    from hiring.pagination import newest_first

    pages, window = [], newest_first(query, column, size=size)
    while True:
        pages.append(window)
        if window.older is None:
            return pages
        window = newest_first(query, column, before=window.older, size=size)


def test_keyset_pages_walk_both_ways_and_cursors_past_the_ends_give_the_newest(
        app, make_position):
    from hiring.pagination import newest_first
    from hiring.positions.models import Position

    ids = [make_position(title=f"K{n}") for n in range(7)]
    with app.app_context():
        query = select(Position)
        older = _walk_older(query, Position.id, 3)
        assert [[p.id for p in w.items] for w in older] == [
            ids[6:3:-1], ids[3:0:-1], ids[0:1]]
        assert [(w.newer is None, w.older is None) for w in older] == [
            (True, False), (False, False), (False, True)]
        # Back from the oldest page: the newer cursors lead to the same pages.
        back = newest_first(query, Position.id, after=older[2].newer, size=3)
        assert [p.id for p in back.items] == [p.id for p in older[1].items]
        newest = newest_first(query, Position.id, after=back.newer, size=3)
        assert [p.id for p in newest.items] == [p.id for p in older[0].items]
        assert newest.newer is None and newest.is_newest
        # A page short of `size` at the newest end is still full size after it.
        assert len(newest_first(query, Position.id, after=ids[1], size=3).items) == 3
        for beyond in ({"after": ids[6]}, {"before": ids[0]}):
            window = newest_first(query, Position.id, size=3, **beyond)
            assert [p.id for p in window.items] == ids[6:3:-1] and window.is_newest
        filtered = newest_first(query.where(Position.title == "K3"), Position.id, size=3)
        assert [p.title for p in filtered.items] == ["K3"] and filtered.older is None


def test_count_up_to_stops_counting(app, make_position):
    from hiring.pagination import count_up_to
    from hiring.positions.models import Position

    for n in range(5):
        make_position(title=f"C{n}")
    with app.app_context():
        assert count_up_to(select(Position), 3) == 3
        assert count_up_to(select(Position), 100) == 5


def test_a_capped_count_says_more_and_still_pages_on(app, make_position):
    from hiring.positions.models import Position

    for n in range(7):
        make_position(title=f"Q{n}")
    with app.app_context():
        query = select(Position).order_by(Position.title)
        first = paginate(query, 1, per_page=2, count_limit=3)
        assert (first.total, first.more, first.pages) == (3, True, 2)
        assert [p.title for p in first.items] == ["Q0", "Q1"] and first.has_next
        # Past the counted pages: still served, and a next page while pages are full.
        third = paginate(query, 3, per_page=2, count_limit=3)
        assert [p.title for p in third.items] == ["Q4", "Q5"] and third.has_next
        last = paginate(query, 4, per_page=2, count_limit=3)
        assert [p.title for p in last.items] == ["Q6"] and not last.has_next
        exact = paginate(query, 9, per_page=2, count_limit=50)
        assert (exact.total, exact.more, exact.page, exact.has_next) == (7, False, 4, False)
