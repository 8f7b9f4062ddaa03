"""PDFs rendered outside the web request, into the cache: one document, or many as one PDF.

With a Redis URL the work goes to RQ (queue "pdf"; run `rq worker pdf`); without one, a few
threads hand it to the render processes of hiring.pdf.pool. Either way a request only starts
work or reads a finished file. Nothing here needs a Flask app: hiring.pdf.service passes the
cache, the Redis URL and the number of render processes.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor

from hiring.errors import HiringError
from hiring.pdf import pool as pdf_pool
from hiring.pdf.cache import RENDER_TIMEOUT, Document, PdfCache
from hiring.pdf.render import merge_pdfs, render_pdf_here

QUEUE = "pdf"
BULK_TIMEOUT = 1800
_JOB_ID = re.compile(r"^[0-9a-f]{32}$")

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()
# Keyed by _job(cache, key): equal content in two caches (two apps in one process) is two
# renders, each into its own cache, never one that leaves the other cache waiting forever.
_pending: dict[str, tuple[Future, PdfCache, str, str | None]] = {}
# The newest cache key asked for each document ("slot", e.g. one plan whatever its version): a
# render of an older version that has not started yet is dropped, so a run of edits to one plan
# renders once, not once per edit.
_latest: dict[str, str] = {}
_failures: dict[str, str] = {}
_bulk: dict[str, dict] = {}
_state_lock = threading.Lock()


def _job(cache: PdfCache, key: str) -> str:
    return f"{cache.directory}:{key}"


def _render_in_pool(document: Document) -> bytes:
    return pdf_pool.render_pdf(document.template, document.context, title=document.title,
                               lang=document.lang)


def _threads(workers: int = pdf_pool.DEFAULT_WORKERS) -> ThreadPoolExecutor:
    global _executor
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=workers + 1, thread_name_prefix="pdf")
        return _executor


def _queue(redis_url: str):
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE, connection=Redis.from_url(redis_url))


# --- one document ---------------------------------------------------------------------------


def render_job(document: Document, key: str, directory: str) -> str:
    """RQ job: render a document into the cache; returns its key."""
    PdfCache(directory).put(key, render_pdf_here(document.template, document.context,
                                                 title=document.title, lang=document.lang))
    return key


def _render_to_cache(document: Document, cache: PdfCache, key: str,
                     slot: str | None = None) -> None:
    try:
        with _state_lock:
            superseded = slot is not None and _latest.get(slot) not in (None, key)
        if not superseded:
            cache.put(key, _render_in_pool(document))
    except HiringError as error:
        with _state_lock:
            _failures[_job(cache, key)] = str(error)
    except Exception:  # a background thread has nobody else to tell
        logging.getLogger(__name__).exception("rendering %s failed", key)
        with _state_lock:
            _failures[_job(cache, key)] = ("The PDF could not be rendered. Try again, or "
                                           "shorten the plan.")
    finally:
        _forget(key, cache, slot)


def _forget(key: str, cache: PdfCache, slot: str | None) -> None:
    cache.release(key)
    with _state_lock:
        _pending.pop(_job(cache, key), None)
        if slot is not None and _latest.get(slot) == key:
            del _latest[slot]


def request_pdf(document: Document, key: str, cache: PdfCache, redis_url: str | None = None,
                *, slot: str | None = None, workers: int = pdf_pool.DEFAULT_WORKERS) -> str:
    """Make sure the document's PDF is in the cache under `key` or on its way; returns `key`.

    `slot` names the document whatever its version (a plan): a newer request for the same slot
    makes a waiting render of an older version pointless, and it is skipped.
    """
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
        queue.enqueue(render_job, document, key, str(cache.directory), job_id=f"pdf-{key}",
                      job_timeout=RENDER_TIMEOUT, result_ttl=600, failure_ttl=600)
        return key
    slot = f"{cache.directory}:{slot}" if slot is not None else None
    job = _job(cache, key)
    with _state_lock:
        if slot is not None:
            _latest[slot] = key
        if job in _pending:
            return key
        if not cache.claim(key):
            return key
        _failures.pop(job, None)
        pdf_pool.render_pool(workers)
        _pending[job] = (_threads(workers).submit(_render_to_cache, document, cache, key, slot),
                         cache, key, slot)
    return key


def cancel_waiting() -> int:
    """Drop every background render that has not started (a stopping server, or a test that
    is over); returns how many were dropped. Renders already under way finish."""
    with _state_lock:
        waiting = list(_pending.items())
    dropped = 0
    for _job_id, (future, cache, key, slot) in waiting:
        if future.cancel():
            dropped += 1
            _forget(key, cache, slot)  # a cancelled render never runs its own clean-up
    return dropped


def pdf_status(key: str, cache: PdfCache, redis_url: str | None = None) -> tuple[str, str]:
    """("ready" | "pending" | "failed", message) for a requested PDF."""
    if redis_url:
        if cache.get(key) is not None:
            return "ready", "The PDF is ready."
        from rq.exceptions import NoSuchJobError
        from rq.job import Job

        try:
            job = Job.fetch(f"pdf-{key}", connection=_queue(redis_url).connection)
        except NoSuchJobError:
            return "failed", "The PDF was not requested or has expired. Ask for it again."
        if job.get_status() == "failed":
            return "failed", "The PDF could not be rendered. Shorten the longest fields and retry."
        return "pending", "The PDF is being prepared."
    # The render's state is read before the cache: a render puts its file before it forgets
    # its state, so one that finishes between the two reads is seen as pending or ready, never
    # as a PDF nobody asked for.
    job = _job(cache, key)
    with _state_lock:
        failure = _failures.get(job)
        pending = job in _pending
    pending = pending or cache.is_claimed(key)
    if cache.get(key) is not None:
        return "ready", "The PDF is ready."
    if failure is not None:
        return "failed", failure
    if pending:
        return "pending", "The PDF is being prepared."
    return "failed", "The PDF was not requested or has expired. Ask for it again."


# --- many documents in one PDF --------------------------------------------------------------


CHUNK = 12

# (cache key, document): what a bulk job prints, in order.
Item = tuple[str, Document]


def _chunks(items: list[Item], cache: PdfCache, workers: int) -> list[tuple[int, list[Item]]]:
    """Runs of documents not in the cache, cut so every render process gets a share."""
    runs: list[list[int]] = []
    for index, (key, _document) in enumerate(items):
        if cache.get(key) is not None:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    pending = sum(len(run) for run in runs)
    size = max(1, min(CHUNK, -(-pending // workers)))
    return [(run[i], [items[j] for j in run[i:i + size]])
            for run in runs for i in range(0, len(run), size)]


def _bulk_pdf(items: list[Item], cache: PdfCache, render_collection, progress, *,
              title: str, workers: int = pdf_pool.DEFAULT_WORKERS) -> bytes:
    """Reuse cached documents, render the rest in chunks on every render process, merge them
    in order. `render_collection(list_of_items) -> bytes` renders several as one PDF."""
    workers = max(1, workers)
    segments: dict[int, bytes] = {}
    chunks = _chunks(items, cache, workers)
    covered = {start + offset for start, chunk in chunks for offset in range(len(chunk))}
    done = 0
    lock = threading.Lock()
    for index, item in enumerate(items):
        if index not in covered:
            # Cached when the chunks were cut; read now, so a sweep in between cannot bite.
            path = cache.get(item[0])
            segments[index] = path.read_bytes() if path else render_collection([item])
            done += 1
    progress(done)

    def render(start: int, chunk: list[Item]) -> None:
        nonlocal done
        segments[start] = render_collection(chunk)
        with lock:
            done += len(chunk)
            progress(done)

    with ThreadPoolExecutor(max_workers=workers) as threads:
        for future in [threads.submit(render, start, chunk) for start, chunk in chunks]:
            future.result()
    return merge_pdfs([segments[i] for i in sorted(segments)], title=title)


def pool_collection(pool: pdf_pool.RenderPool, title: str):
    """`render_collection` for _bulk_pdf: several documents as one PDF in one render process."""
    def render(chunk: list[Item]) -> bytes:
        return pool.render_collection(
            [(document.template, document.context, document.title) for _key, document in chunk],
            title=title)

    return render


def bulk_job(items: list[Item], directory: str, title: str,
             workers: int = pdf_pool.DEFAULT_WORKERS) -> str:
    """RQ job: the documents as one PDF, with progress in the job's meta."""
    from rq import get_current_job

    job = get_current_job()
    cache = PdfCache(directory)
    pool = pdf_pool.RenderPool(size=workers)

    def progress(done):
        if job is not None:
            job.meta["done"] = done
            job.save_meta()

    try:
        merged = _bulk_pdf(items, cache, pool_collection(pool, title), progress, title=title,
                           workers=workers)
    finally:
        pool.close()
    job_id = job.id.removeprefix("bulk-") if job is not None else uuid.uuid4().hex
    cache.put(f"bulk-{job_id}", merged)
    return job_id


def _run_bulk(job_id: str, items: list[Item], cache: PdfCache, title: str,
              workers: int) -> None:
    def progress(done):
        with _state_lock:
            _bulk[job_id]["done"] = done

    try:
        render = pool_collection(pdf_pool.render_pool(workers), title)
        cache.put(f"bulk-{job_id}",
                  _bulk_pdf(items, cache, render, progress, title=title, workers=workers))
        state, message = "done", "The PDF is ready."
    except HiringError as error:
        state, message = "failed", str(error)
    except Exception:  # a background thread has nobody else to tell
        logging.getLogger(__name__).exception("printing cohort %s failed", job_id)
        state, message = "failed", "Printing failed. Try again in a minute."
    with _state_lock:
        _bulk[job_id].update(state=state, message=message)


def start_bulk(items: list[Item], cache: PdfCache, redis_url: str | None = None, *,
               title: str, workers: int = pdf_pool.DEFAULT_WORKERS) -> str:
    """Start printing every document of `items` as one PDF; returns the job id for
    bulk_status."""
    if not items:
        raise HiringError("There is nothing to print.")
    job_id = uuid.uuid4().hex
    if redis_url:
        _queue(redis_url).enqueue(
            bulk_job, items, str(cache.directory), title, workers, job_id=f"bulk-{job_id}",
            job_timeout=BULK_TIMEOUT, result_ttl=3600, failure_ttl=3600,
            meta={"done": 0, "total": len(items)})
        return job_id
    with _state_lock:
        _bulk[job_id] = {"state": "running", "done": 0, "total": len(items),
                         "message": "Printing."}
    _threads(workers).submit(_run_bulk, job_id, items, cache, title, workers)
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
