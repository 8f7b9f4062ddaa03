"""The pool of render processes: a render that overruns its time limit kills its process.

`render_pool(size)` is the process-wide pool (the web app passes its PDF_WORKERS setting);
`render_pdf` renders one document there, `RenderPool.render_collection` several as one PDF.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import queue
import threading

from hiring.errors import HiringError
from hiring.pdf.render import (
    LIMITS,
    Limits,
    PdfBusy,
    PdfError,
    PdfTimeout,
    clean_context,
    configured_limits,
    html_to_pdf,
    render_collection_here,
    render_pdf_here,
    render_resources,
)

DEFAULT_WORKERS = 2


def _worker_main(conn, memory_bytes: int) -> None:
    """Render jobs sent over `conn` until it closes."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):
        pass
    # Renders yield the CPU to web workers, so pages stay quick while PDFs are printed.
    try:
        os.nice(int(os.environ.get("HIRING_PDF_NICE", "10")))
    except (OSError, ValueError):
        pass
    # Warm up so the first real document does not pay for parsing CSS and loading fonts.
    render_resources()
    html_to_pdf("<!doctype html><html lang=en><title>warm</title><p>warm</p></html>")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        kind, payload, title, lang = job
        try:
            if kind == "collection":
                result = render_collection_here(payload, title=title, lang=lang)
            else:
                template, context = payload
                result = render_pdf_here(template, context, title=title, lang=lang)
            conn.send(("ok", result))
        except HiringError as error:
            conn.send(("error", str(error)))
        except MemoryError:
            conn.send(("error", "This document needs too much memory to print."))
        except Exception as error:  # the parent needs an answer, whatever went wrong
            conn.send(("error", f"The PDF could not be rendered ({type(error).__name__})."))


class _Worker:
    def __init__(self, ctx, memory_bytes: int):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, memory_bytes), daemon=True, name="pdf-render"
        )
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)


class RenderPool:
    """A few render processes; a render that overruns its time limit kills and replaces one."""

    def __init__(self, size: int = 2, limits: Limits = LIMITS):
        self.size = max(1, size)
        self.limits = limits
        # spawn: a fork of a threaded web server could inherit held locks.
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False

    def _start_workers(self) -> None:
        with self._lock:
            if self._closed:
                raise PdfError("The PDF renderer has been shut down.")
            while len(self._all) < self.size:
                worker = _Worker(self._ctx, self.limits.worker_memory_bytes)
                self._all.append(worker)
                self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)

    def render(self, template: str, context: dict, *, title: str, lang: str = "en",
               timeout: float | None = None) -> bytes:
        """PDF bytes, rendered by one of the pool's processes within the time limit."""
        job = ("one", (template, clean_context(context)), title, lang)
        return self._run(job, self.limits.render_seconds if timeout is None else timeout)

    def render_collection(self, items: list[tuple[str, dict, str]], *, title: str,
                          lang: str = "en", timeout: float | None = None) -> bytes:
        """Several documents as one PDF (see render_collection_here), in one render process."""
        cleaned = [(template, clean_context(context), item_title)
                   for template, context, item_title in items]
        limit = self.limits.render_seconds * max(1, len(items)) if timeout is None else timeout
        return self._run(("collection", cleaned, title, lang), limit)

    def _run(self, job: tuple, limit: float) -> bytes:
        self._start_workers()
        try:
            worker = self._idle.get(timeout=self.limits.wait_for_renderer_seconds)
        except queue.Empty:
            raise PdfBusy("Every PDF renderer is busy. Try again in a minute.") from None
        if worker is None:  # the pool was closed while this render waited
            self._idle.put(None)  # and the next one waiting learns it too
            raise PdfError("The PDF renderer has been shut down.")
        # A fresh worker is still warming up; its first answer may take a few seconds more.
        try:
            worker.conn.send(job)
            ready = worker.conn.poll(limit)
            outcome = worker.conn.recv() if ready else None
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            raise PdfError("The PDF renderer stopped unexpectedly. Try again.") from None
        if outcome is None:
            self._replace(worker)
            raise PdfTimeout(
                f"The PDF took longer than {limit:g} seconds to render and was stopped. "
                "Shorten the longest fields or split the document."
            )
        self._idle.put(worker)
        status, payload = outcome
        if status != "ok":
            raise PdfError(payload)
        return payload

    def busy(self) -> bool:
        """Whether a render process is at work now."""
        with self._lock:
            return len(self._all) > self._idle.qsize()

    def close(self) -> None:
        """Stop every render process; renders under way or waiting end with a PdfError."""
        with self._lock:
            self._closed = True
            workers, self._all = self._all, []
        self._idle.put(None)
        for worker in workers:
            worker.stop()


_pool: RenderPool | None = None
_pool_lock = threading.Lock()


def render_pool(size: int | None = None) -> RenderPool:
    """The process-wide pool; `size` processes (the PDF_WORKERS setting) when it is made first."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = RenderPool(size=size or DEFAULT_WORKERS, limits=configured_limits())
            atexit.register(_pool.close)
        return _pool


def stop_busy_pool() -> bool:
    """Stop the process-wide pool if a render is under way (the next render starts a new one);
    True when it was stopped. For a server that stops, and for tests that must not inherit
    another test's long render."""
    global _pool
    with _pool_lock:
        pool = _pool
        if pool is None or not pool.busy():
            return False
        _pool = None
    pool.close()
    return True


def render_pdf(template: str, context: dict, *, title: str, lang: str = "en") -> bytes:
    """PDF bytes of a templates/pdf template, rendered in a render process with a time limit."""
    return render_pool().render(template, context, title=title, lang=lang)
