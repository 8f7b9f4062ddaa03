"""The one way the portal's pages get a PDF: from the cache when the content is unchanged,
otherwise rendered in the background (`wait=False`) or now, in a render process (`wait=True`).

Reads the running app's settings: PDF_CACHE_DIR (instance/pdf-cache by default), REDIS_URL
(background work on RQ when set) and PDF_WORKERS (render processes, HIRING_PDF_WORKERS).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import current_app

from hiring.pdf import background
from hiring.pdf import pool as pdf_pool
from hiring.pdf.cache import Document, PdfCache


@dataclass(frozen=True)
class Printed:
    """A document's PDF: `path` when it is in the cache, `data` when rendered and not kept,
    neither while it is being rendered in the background."""

    key: str
    path: Path | None = None
    data: bytes | None = None

    @property
    def ready(self) -> bool:
        return self.path is not None or self.data is not None

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.path is None:
            raise ValueError("The PDF is not ready.")
        return self.path.read_bytes()


def app_cache() -> PdfCache:
    """The running app's PDF cache (instance/pdf-cache unless PDF_CACHE_DIR says otherwise)."""
    return PdfCache(current_app.config.get("PDF_CACHE_DIR")
                    or Path(current_app.instance_path) / "pdf-cache")


def _redis() -> str | None:
    return current_app.config.get("REDIS_URL") or None


def workers() -> int:
    """How many render processes the app runs (PDF_WORKERS)."""
    return max(1, int(current_app.config.get("PDF_WORKERS") or pdf_pool.DEFAULT_WORKERS))


def printed(document: Document, *, key: str | None = None, slot: str | None = None,
            wait: bool = True, keep: bool = True) -> Printed:
    """The document's PDF, from the cache when its content is unchanged.

    Otherwise `wait` renders it now in a render process (kept in the cache unless `keep` is
    False, for documents that must not stay on disk); without `wait` it is rendered in the
    background and the result is not ready yet (see `status`). `key` is the cache key when the
    caller has one of its own (a plan's data); `slot` as in background.request_pdf. Raises
    HiringError when the document cannot be printed.
    """
    key = key or document.key()
    cache = app_cache()
    if keep:
        found = cache.get(key)
        if found is not None:
            cache.touch(key)  # kept while people download it
            return Printed(key, path=found)
    if not wait:
        background.request_pdf(document, key, cache, _redis(), slot=slot, workers=workers())
        return Printed(key)
    pdf_pool.render_pool(workers())  # made with the app's size the first time
    data = pdf_pool.render_pdf(document.template, document.context, title=document.title,
                               lang=document.lang)
    if not keep:
        return Printed(key, data=data)
    return Printed(key, path=cache.put(key, data), data=data)


def status(key: str) -> tuple[str, str]:
    """("ready" | "pending" | "failed", message) for a PDF asked for with wait=False."""
    return background.pdf_status(key, app_cache(), _redis())


def start_bulk(items: list[tuple[str, Document]], *, title: str) -> str:
    """Start printing (cache key, document) pairs as one PDF; returns the job id."""
    return background.start_bulk(items, app_cache(), _redis(), title=title, workers=workers())


def bulk_status(job_id: str) -> dict:
    """{"state": running|done|failed, "done", "total", "message"}; HiringError when unknown."""
    return background.bulk_status(job_id, app_cache(), _redis())


def bulk_file(job_id: str) -> Path | None:
    """The PDF of a bulk job that is done (see bulk_status), or None."""
    return app_cache().get(f"bulk-{job_id}")


def forget(keys: list[str]) -> None:
    """Delete the cached PDFs of these keys (erasure of the person they describe)."""
    cache = app_cache()
    for key in keys:
        found = cache.get(key)
        if found is not None:
            found.unlink(missing_ok=True)
