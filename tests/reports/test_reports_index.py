"""The reports index counts each position's candidates no further than it needs to."""

from __future__ import annotations


def test_candidate_counts_stop_past_the_limit(app, client, login_as, make_position,
                                              make_candidate, monkeypatch):
    from hiring.reports import services

    busy = make_position(title="Busy role")
    quiet = make_position(title="Quiet role")
    empty = make_position(title="Empty role")
    for n in range(5):
        make_candidate(busy, name=f"Busy {n}")
    make_candidate(quiet, name="Quiet 1")
    make_candidate(quiet, name="Quiet 2")
    with app.app_context():
        assert services.candidate_counts(10) == {busy: 5, quiet: 2}
        # Counted up to one past the limit: 3 of 5 says "more than 2".
        assert services.candidate_counts(2) == {busy: 3, quiet: 2}
        assert empty not in services.candidate_counts(2)
    login_as("manager")
    page = client.get("/reports/").get_data(as_text=True)
    assert '<td class="num">5</td>' in page and '<td class="num">2</td>' in page
    assert '<td class="num">0</td>' in page
    monkeypatch.setattr(services, "COUNTED", 2)
    page = client.get("/reports/").get_data(as_text=True)
    assert '<td class="num">More than 2</td>' in page
    assert '<td class="num">2</td>' in page and '<td class="num">5</td>' not in page
