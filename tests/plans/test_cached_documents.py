"""Documents without personal data are rendered once and then served from the cache."""

from __future__ import annotations

from pathlib import Path

from tests.waiting import downloaded_pdf


def test_position_pdf_renders_once_until_the_position_changes(app, client, login_as,
                                                              make_position, monkeypatch):
    from hiring.pdf import pool as pdf

    calls = []
    real = pdf.render_pdf

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "render_pdf", counting)
    position_id = make_position(title="Account Executive, Cached")
    login_as("manager")
    first = downloaded_pdf(client, f"/positions/{position_id}/pdf")
    second = client.get(f"/positions/{position_id}/pdf")
    second.get_data()
    second.close()
    assert first.status_code == second.status_code == 200
    assert first.data == second.data and first.data.startswith(b"%PDF")
    assert calls == ["pdf/position.html"]
    cached = list((Path(app.instance_path) / "pdf-cache").glob("*.pdf"))
    assert len(cached) == 1
    with app.app_context():
        from hiring.db import db
        from hiring.positions.models import Position

        db.session.get(Position, position_id).title = "Account Executive, Renamed"
        db.session.commit()
    assert client.get(f"/positions/{position_id}/pdf").status_code == 202  # changed: rendered
    assert downloaded_pdf(client, f"/positions/{position_id}/pdf").status_code == 200
    assert calls == ["pdf/position.html", "pdf/position.html"]
