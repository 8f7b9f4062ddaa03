"""Finished plan PDFs: cached by content and rendered outside the web request.

With a Redis URL the work goes to RQ (queue "pdf"; run `rq worker pdf`); without one, a few
threads hand it to the render processes of hiring.plans.pdf. Either way a request only starts
work or reads a finished file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from hiring.errors import HiringError
from hiring.plans import documents, pdf

QUEUE = "pdf"
RENDER_TIMEOUT = 120
BULK_TIMEOUT = 1800
_JOB_ID = re.compile(r"^[0-9a-f]{32}$")

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()
_pending: dict[str, tuple[Future, PdfCache, str | None]] = {}
# The newest cache key asked for each plan ("slot"): a render of an older version that has not
# started yet is dropped, so a run of edits to one plan renders once, not once per edit.
_latest: dict[str, str] = {}
_failures: dict[str, str] = {}
_bulk: dict[str, dict] = {}
_state_lock = threading.Lock()


def cached_document(cache: PdfCache, template: str, context: dict, *, title: str,
                    lang: str = "en") -> bytes:
    """A document without personal data (a position, a cost estimate) from the cache, or
    rendered in the pool and kept: an unchanged document downloads at once."""
    payload = json.dumps([pdf.TEMPLATE_VERSION, template, title, lang, context],
                         sort_keys=True, separators=(",", ":"), default=str)
    key = hashlib.sha256(payload.encode()).hexdigest()
    found = cache.get(key)
    if found is not None:
        cache.touch(key)
        return found.read_bytes()
    document = pdf.render_pdf(template, context, title=title, lang=lang)
    cache.put(key, document)
    return document


def app_cache() -> PdfCache:
    """The running app's PDF cache (instance/pdf-cache unless PDF_CACHE_DIR says otherwise)."""
    from flask import current_app

    return PdfCache(current_app.config.get("PDF_CACHE_DIR")
                    or Path(current_app.instance_path) / "pdf-cache")


class PdfCache:
    """Finished PDFs on disk, one file per cache key; files unused for `max_age_days` go."""

    def __init__(self, directory: str | Path, max_age_days: float = 30):
        self.directory = Path(directory)
        self.max_age = max_age_days * 86400
        self._puts = 0

    def path(self, key: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}|bulk-[0-9a-f]{32}", key):
            raise ValueError("not a cache key")
        return self.directory / f"{key}.pdf"

    def get(self, key: str) -> Path | None:
        path = self.path(key)
        return path if path.is_file() else None

    def claim(self, key: str, stale_after: float = RENDER_TIMEOUT) -> bool:
        """Mark `key` as being rendered; False when another process already is (web workers
        share the directory, so a plan is rendered once however many of them are asked)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        marker = self.directory / f"{key}.pending"
        try:
            fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            try:
                if time.time() - marker.stat().st_mtime < stale_after:
                    return False
                marker.unlink()
            except FileNotFoundError:
                pass
            return self.claim(key, stale_after)
        os.close(fd)
        return True

    def release(self, key: str) -> None:
        (self.directory / f"{key}.pending").unlink(missing_ok=True)

    def is_claimed(self, key: str, stale_after: float = RENDER_TIMEOUT) -> bool:
        marker = self.directory / f"{key}.pending"
        try:
            return time.time() - marker.stat().st_mtime < stale_after
        except FileNotFoundError:
            return False

    def put(self, key: str, data: bytes) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed, so a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, self.path(key))
        self._puts += 1
        # Every edit leaves the previous version behind; sweep now and then, not on every write.
        if self._puts % 50 == 1:
            self.prune()
        return self.path(key)

    def touch(self, key: str) -> None:
        self.path(key).touch(exist_ok=True)

    def prune(self) -> int:
        """Delete cached PDFs not written or downloaded for `max_age_days`; returns how many."""
        cutoff = time.time() - self.max_age
        removed = 0
        for path in self.directory.glob("*.pdf"):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        return removed


def render_plan(data: dict) -> bytes:
    """PDF bytes of a plan's JSON data, rendered in this process (CLI, RQ jobs)."""
    template, context = documents.context_for(data)
    return pdf.render_pdf_here(template, context, title=documents.document_title(data))


def _render_in_pool(data: dict) -> bytes:
    template, context = documents.context_for(data)
    return pdf.render_pdf(template, context, title=documents.document_title(data))


def _threads() -> ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            size = int(os.environ.get("HIRING_PDF_WORKERS", "2"))
            _executor = ThreadPoolExecutor(max_workers=size + 1, thread_name_prefix="pdf")
        return _executor


def _queue(redis_url: str):
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE, connection=Redis.from_url(redis_url))


# --- one plan -------------------------------------------------------------------------------


def render_job(data: dict, directory: str) -> str:
    """RQ job: render a plan into the cache; returns its key."""
    key = documents.cache_key(data)
    PdfCache(directory).put(key, render_plan(data))
    return key


def _render_to_cache(data: dict, cache: PdfCache, key: str, slot: str | None = None) -> None:
    try:
        with _state_lock:
            superseded = slot is not None and _latest.get(slot) not in (None, key)
        if not superseded:
            cache.put(key, _render_in_pool(data))
    except HiringError as error:
        with _state_lock:
            _failures[key] = str(error)
    except Exception:  # a background thread has nobody else to tell
        logging.getLogger(__name__).exception("rendering %s failed", key)
        with _state_lock:
            _failures[key] = "The PDF could not be rendered. Try again, or shorten the plan."
    finally:
        _forget(key, cache, slot)


def _forget(key: str, cache: PdfCache, slot: str | None) -> None:
    cache.release(key)
    with _state_lock:
        _pending.pop(key, None)
        if slot is not None and _latest.get(slot) == key:
            del _latest[slot]


def request_pdf(data: dict, cache: PdfCache, redis_url: str | None = None, *,
                slot: str | None = None) -> str:
    """Make sure the plan's PDF is in the cache or on its way; returns the cache key.

    `slot` names the plan (whatever its version): a newer request for the same slot makes a
    waiting render of an older version pointless, and it is skipped.
    """
    key = documents.cache_key(data)
    if cache.get(key) is not None:
        return key
    if redis_url:
        from rq.exceptions import NoSuchJobError
        from rq.job import Job

        queue = _queue(redis_url)
        try:
            job = Job.fetch(f"pdf-{key}", connection=queue.connection)
            if job.get_status() in ("queued", "started", "deferred", "scheduled"):
                return key
        except NoSuchJobError:
            pass
        queue.enqueue(render_job, data, str(cache.directory), job_id=f"pdf-{key}",
                      job_timeout=RENDER_TIMEOUT, result_ttl=600, failure_ttl=600)
        return key
    slot = f"{cache.directory}:{slot}" if slot is not None else None
    with _state_lock:
        if slot is not None:
            _latest[slot] = key
        if key in _pending:
            return key
        if not cache.claim(key):
            return key
        _failures.pop(key, None)
        _pending[key] = (_threads().submit(_render_to_cache, data, cache, key, slot), cache,
                         slot)
    return key


def cancel_waiting() -> int:
    """Drop every background render that has not started (a stopping server, or a test that
    is over); returns how many were dropped. Renders already under way finish."""
    with _state_lock:
        waiting = list(_pending.items())
    dropped = 0
    for key, (future, cache, slot) in waiting:
        if future.cancel():
            dropped += 1
            _forget(key, cache, slot)  # a cancelled render never runs its own clean-up
    return dropped


def pdf_status(key: str, cache: PdfCache, redis_url: str | None = None) -> tuple[str, str]:
    """("ready" | "pending" | "failed", message) for a requested PDF."""
    if cache.get(key) is not None:
        return "ready", "The PDF is ready."
    if redis_url:
        from rq.exceptions import NoSuchJobError
        from rq.job import Job

        try:
            job = Job.fetch(f"pdf-{key}", connection=_queue(redis_url).connection)
        except NoSuchJobError:
            return "failed", "The PDF was not requested or has expired. Ask for it again."
        if job.get_status() == "failed":
            return "failed", "The PDF could not be rendered. Shorten the longest fields and retry."
        return "pending", "The PDF is being prepared."
    with _state_lock:
        if key in _failures:
            return "failed", _failures[key]
        if key in _pending:
            return "pending", "The PDF is being prepared."
    if cache.is_claimed(key):
        return "pending", "The PDF is being prepared."
    return "failed", "The PDF was not requested or has expired. Ask for it again."


# --- a cohort in one PDF --------------------------------------------------------------------


CHUNK = 12


def _chunks(datas: list[dict], cache: PdfCache, workers: int) -> list[tuple[int, list[dict]]]:
    """Runs of plans not in the cache, cut so every render process gets a share."""
    runs: list[list[int]] = []
    for index, data in enumerate(datas):
        if cache.get(documents.cache_key(data)) is not None:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    pending = sum(len(run) for run in runs)
    size = max(1, min(CHUNK, -(-pending // workers)))
    return [(run[i], [datas[j] for j in run[i:i + size]])
            for run in runs for i in range(0, len(run), size)]


def collection_items(datas: list[dict]) -> list[tuple[str, dict, str]]:
    """(template, context, title) of each plan, for RenderPool.render_collection."""
    return [(*documents.context_for(data), documents.document_title(data)) for data in datas]


def _bulk_pdf(datas: list[dict], cache: PdfCache, render_collection, progress) -> bytes:
    """Reuse cached plans, render the rest in chunks on every render process, merge in order.

    `render_collection(list_of_data) -> bytes` renders several plans as one PDF.
    """
    workers = max(1, int(os.environ.get("HIRING_PDF_WORKERS", "2")))
    segments: dict[int, bytes] = {}
    chunks = _chunks(datas, cache, workers)
    covered = {start + offset for start, chunk in chunks for offset in range(len(chunk))}
    done = 0
    lock = threading.Lock()
    for index, data in enumerate(datas):
        if index not in covered:
            # Cached when the chunks were cut; read now, so a sweep in between cannot bite.
            path = cache.get(documents.cache_key(data))
            segments[index] = path.read_bytes() if path else render_collection([data])
            done += 1
    progress(done)

    def render(start: int, chunk: list[dict]) -> None:
        nonlocal done
        segments[start] = render_collection(chunk)
        with lock:
            done += len(chunk)
            progress(done)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for future in [pool.submit(render, start, chunk) for start, chunk in chunks]:
            future.result()
    return pdf.merge_pdfs([segments[i] for i in sorted(segments)], title="Plans: cohort")


def _pool_collection(pool: pdf.RenderPool):
    def render(chunk: list[dict]) -> bytes:
        return pool.render_collection(collection_items(chunk), title="Plans")

    return render


def bulk_job(datas: list[dict], directory: str) -> str:
    """RQ job: a cohort's plans as one PDF, with progress in the job's meta."""
    from rq import get_current_job

    job = get_current_job()
    cache = PdfCache(directory)
    pool = pdf.RenderPool(size=int(os.environ.get("HIRING_PDF_WORKERS", "2")))

    def progress(done):
        if job is not None:
            job.meta["done"] = done
            job.save_meta()

    try:
        merged = _bulk_pdf(datas, cache, _pool_collection(pool), progress)
    finally:
        pool.close()
    job_id = job.id.removeprefix("bulk-") if job is not None else uuid.uuid4().hex
    cache.put(f"bulk-{job_id}", merged)
    return job_id


def _run_bulk(job_id: str, datas: list[dict], cache: PdfCache) -> None:
    def progress(done):
        with _state_lock:
            _bulk[job_id]["done"] = done

    try:
        cache.put(f"bulk-{job_id}",
                  _bulk_pdf(datas, cache, _pool_collection(pdf.render_pool()), progress))
        state, message = "done", "The PDF is ready."
    except HiringError as error:
        state, message = "failed", str(error)
    except Exception:  # a background thread has nobody else to tell
        logging.getLogger(__name__).exception("printing cohort %s failed", job_id)
        state, message = "failed", "Printing failed. Try again in a minute."
    with _state_lock:
        _bulk[job_id].update(state=state, message=message)


def start_bulk(datas: list[dict], cache: PdfCache, redis_url: str | None = None) -> str:
    """Start printing every plan in `datas` as one PDF; returns the job id for bulk_status."""
    if not datas:
        raise HiringError("There are no plans to print for that choice.")
    job_id = uuid.uuid4().hex
    if redis_url:
        _queue(redis_url).enqueue(
            bulk_job, datas, str(cache.directory), job_id=f"bulk-{job_id}",
            job_timeout=BULK_TIMEOUT, result_ttl=3600, failure_ttl=3600,
            meta={"done": 0, "total": len(datas)})
        return job_id
    with _state_lock:
        _bulk[job_id] = {"state": "running", "done": 0, "total": len(datas),
                         "message": "Printing."}
    _threads().submit(_run_bulk, job_id, datas, cache)
    return job_id


def bulk_status(job_id: str, cache: PdfCache, redis_url: str | None = None) -> dict:
    """{"state": running|done|failed, "done": int, "total": int, "message": str}."""
    if not _JOB_ID.match(job_id or ""):
        raise HiringError("That print job does not exist.")
    if redis_url:
        from rq.exceptions import NoSuchJobError
        from rq.job import Job

        try:
            job = Job.fetch(f"bulk-{job_id}", connection=_queue(redis_url).connection)
        except NoSuchJobError:
            raise HiringError("That print job does not exist or has expired.") from None
        status = job.get_status()
        meta = job.get_meta(refresh=True)
        state = {"finished": "done", "failed": "failed"}.get(status, "running")
        if state == "done" and cache.get(f"bulk-{job_id}") is None:
            state = "failed"
        message = {"done": "The PDF is ready.", "failed": "Printing failed; try again."}.get(
            state, "Printing.")
        return {"state": state, "done": meta.get("done", 0), "total": meta.get("total", 0),
                "message": message}
    with _state_lock:
        found = _bulk.get(job_id)
        if found is None:
            raise HiringError("That print job does not exist or has expired.")
        return dict(found)
