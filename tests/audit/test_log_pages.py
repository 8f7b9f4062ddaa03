"""The audit log pages by "after id" cursors: older and newer links, filters kept."""

from __future__ import annotations

import re
from html import unescape

from hiring.audit import record
from hiring.db import db


def _links(page: str) -> dict[str, str]:
    found = {}
    nav = page.split('<nav aria-label="Pages" class="pager">')[1].split("</nav>")[0]
    for href, rest in re.findall(r'<a href="([^"]+)"([^>]*)>', nav):
        rel = re.search(r'rel="(\w+)"', rest)
        found[rel.group(1) if rel else "newest"] = unescape(href)
    return found


def _subjects(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"<td>thing (\d+)", page)]


def test_log_pages_older_and_back_with_the_filter_kept(app, client, login_as):
    with app.app_context():
        for n in range(1, 121):
            record("system", "thing.done" if n % 2 else "thing.other", "thing", n)
        db.session.commit()
    login_as("manager")
    first = client.get("/candidates/audit?action=thing.done").get_data(as_text=True)
    assert "60 entries match" in first
    assert _subjects(first) == list(range(119, 19, -2))
    links = _links(first)
    assert set(links) == {"next"} and "action=thing.done" in links["next"]
    second = client.get(links["next"]).get_data(as_text=True)
    assert _subjects(second) == list(range(19, 0, -2))
    links = _links(second)
    assert set(links) == {"newest", "prev"}
    assert all("action=thing.done" in url for url in links.values())
    back = client.get(links["prev"]).get_data(as_text=True)
    assert _subjects(back) == _subjects(first) and set(_links(back)) == {"next"}
    assert _subjects(client.get(links["newest"]).get_data(as_text=True)) == _subjects(first)


def test_log_counts_up_to_ten_thousand(app, client, login_as, monkeypatch):
    from hiring.audit import log

    monkeypatch.setattr(log, "COUNTED", 30)
    with app.app_context():
        for n in range(40):
            record("system", "thing.done", "thing", n)
        db.session.commit()
    login_as("manager")
    page = client.get("/candidates/audit").get_data(as_text=True)
    assert "More than 30 entries." in page
    assert "More than" not in client.get(
        "/candidates/audit?candidate=1").get_data(as_text=True)


def test_a_cursor_past_the_end_shows_the_newest_entries(app, client, login_as):
    with app.app_context():
        for n in range(3):
            record("system", "thing.done", "thing", n + 1)
        db.session.commit()
    login_as("manager")
    for cursor in ("before=1", "after=999999", "before=abc", f"after={2**64}"):
        response = client.get(f"/candidates/audit?action=thing.done&{cursor}")
        assert response.status_code == 200
        assert _subjects(response.get_data(as_text=True)) == [3, 2, 1]
