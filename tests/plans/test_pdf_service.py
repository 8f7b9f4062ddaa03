"""The PDF service pages use: its settings, and which documents it keeps on disk."""

from __future__ import annotations

from hiring.config import DEFAULTS, from_environment
from hiring.pdf import pool, service
from hiring.pdf.cache import Document


def test_the_number_of_render_processes_is_a_setting():
    assert DEFAULTS["PDF_WORKERS"] == 2
    assert from_environment({"HIRING_PDF_WORKERS": "3"})["PDF_WORKERS"] == 3


def test_the_service_reads_the_render_processes_from_the_app(app):
    app.config["PDF_WORKERS"] = 3
    with app.app_context():
        assert service.workers() == 3


def test_a_document_is_kept_unless_it_must_not_stay_on_disk(app, monkeypatch):
    calls = []

    def fake(template, context, *, title, lang="en"):
        calls.append(title)
        return b"%PDF-1.7 " + title.encode()

    monkeypatch.setattr(pool, "render_pdf", fake)
    kept = Document("pdf/document.html", {"kicker": "Kept"}, title="Kept")
    private = Document("pdf/document.html", {"kicker": "Notes"}, title="Private")
    with app.app_context():
        first = service.printed(kept)
        again = service.printed(kept)
        assert first.path is not None and again.path == first.path
        assert again.read() == b"%PDF-1.7 Kept"
        assert service.printed(private, keep=False).read() == b"%PDF-1.7 Private"
        assert service.app_cache().get(private.key()) is None
        assert service.printed(private, keep=False).ready
    assert calls == ["Kept", "Private", "Private"]
