"""How a page serves a document's PDF: the file at once when it is ready, otherwise a page
that follows the background render and offers the download when it is done.

    return pages.download(document, filename="position.pdf",
                          status_url=url_for(".pdf_status", ...),
                          heading="Preparing the PDF of Account Executive",
                          ready_heading="The PDF of Account Executive is ready")
    return pages.status_of(document)        # the JSON the preparing page polls

A document that cannot be printed is a HiringError, for the view to flash.
"""

from __future__ import annotations

from flask import render_template, request, send_file

from hiring.pdf import service
from hiring.pdf.cache import Document


def download(document: Document, *, filename: str, status_url: str, heading: str,
             ready_heading: str = "The PDF is ready", slot: str | None = None):
    """The PDF as a download when it is in the cache; else start it and answer 202 with the
    preparing page. Raises HiringError when the document cannot be printed."""
    asked = service.printed(document, slot=slot, wait=False)
    if asked.ready:
        return send_file(asked.path, mimetype="application/pdf", as_attachment=True,
                         download_name=filename, max_age=0, conditional=True, etag=asked.key)
    return render_template("pdf_preparing.html", heading=heading, ready_heading=ready_heading,
                           status_url=status_url,
                           download_url=request.path), 202


def status_of(document: Document) -> dict:
    """{"state": ready|pending|failed, "message"} of a document asked for with download()."""
    state, message = service.status(document.key())
    return {"state": state, "message": message}
