"""The background printer renders only the newest version of a plan, and drops waiting work."""

from __future__ import annotations

import threading

import pytest

from hiring.pdf import background
from hiring.pdf.cache import Document, PdfCache
from tests.waiting import wait_until


def _document(version: str) -> Document:
    return Document("pdf/document.html", {"version": version}, title=version)


def _request(version: str, cache: PdfCache, slot: str | None = None) -> str:
    document = _document(version)
    return background.request_pdf(document, document.key(), cache, slot=slot)


@pytest.fixture
def held_printer(monkeypatch, tmp_path):
    """The printer with renders that wait for `release` and record what they printed."""
    release = threading.Event()
    printed: list[str] = []
    started = threading.Semaphore(0)

    def render(document):
        started.release()
        release.wait(timeout=600)
        version = document.context["version"]
        printed.append(version)
        return b"%PDF-1.7 " + version.encode()

    monkeypatch.setattr(background, "_render_in_pool", render)
    cache = PdfCache(tmp_path / "cache")
    yield cache, release, printed, started
    release.set()
    background.cancel_waiting()


def _busy_printer(tmp_path, started) -> None:
    """Occupy every printer thread with a render of its own, so what follows must wait."""
    blockers = PdfCache(tmp_path / "blockers")
    size = background._threads()._max_workers
    for index in range(size):
        _request(f"blocker-{index}", blockers)
    for _ in range(size):
        assert started.acquire(timeout=600)


def test_an_edited_plan_is_rendered_once_in_its_newest_version(held_printer, tmp_path):
    cache, release, printed, started = held_printer
    _busy_printer(tmp_path, started)
    keys = [_request(f"v{n}", cache, slot="development-7") for n in range(1, 6)]
    release.set()
    wait_until(lambda: cache.get(keys[-1]) is not None, "the newest version to be printed",
               seconds=300)
    wait_until(lambda: not background._pending, "the printer to be idle", seconds=300)
    assert [version for version in printed if version.startswith("v")] == ["v5"]
    assert all(cache.get(key) is None for key in keys[:-1])


def test_waiting_renders_are_dropped_and_their_claims_freed(held_printer, tmp_path):
    cache, release, printed, started = held_printer
    _busy_printer(tmp_path, started)
    key = _request("w1", cache, slot="onboarding-3")
    assert background.pdf_status(key, cache)[0] == "pending"
    assert background.cancel_waiting() == 1
    assert not cache.is_claimed(key)
    release.set()
    wait_until(lambda: not background._pending, "the printer to be idle", seconds=300)
    assert "w1" not in printed
    # Asked again, it is rendered.
    _request("w1", cache, slot="onboarding-3")
    wait_until(lambda: cache.get(key) is not None, "the PDF", seconds=300)


def test_stopping_a_busy_pool_frees_whoever_waits_for_a_renderer(monkeypatch):
    from hiring.pdf import pool as pdf_pool

    class BusyWorker:
        stopped = False

        def stop(self):
            self.stopped = True

    worker = BusyWorker()
    render_pool = pdf_pool.RenderPool(size=1)
    render_pool._all = [worker]  # at work: not in the idle queue
    monkeypatch.setattr(render_pool, "_start_workers", lambda: None)
    monkeypatch.setattr(pdf_pool, "_pool", render_pool)
    outcome = []

    def wait_for_a_renderer():
        try:
            render_pool.render("pdf/document.html", {}, title="Waiting")
        except pdf_pool.PdfError as error:
            outcome.append(str(error))

    waiter = threading.Thread(target=wait_for_a_renderer)
    waiter.start()
    assert pdf_pool.stop_busy_pool() is True
    waiter.join(timeout=300)
    assert outcome == ["The PDF renderer has been shut down."]
    assert worker.stopped and pdf_pool._pool is None
    assert pdf_pool.stop_busy_pool() is False  # nothing left to stop


class _CacheReadBeforeTheRenderEnds(PdfCache):
    """A cache whose reads see the directory as it was, then let the held render finish before
    they answer: the render ends between a status's reads, the moment a poll can fall into."""

    held: threading.Event | None = None  # the held render's release, once it is asked for

    def get(self, key):
        found = super().get(key)
        if found is None and self.held is not None and not self.held.is_set():
            self.held.set()
            wait_until(lambda: super(_CacheReadBeforeTheRenderEnds, self).get(key) is not None
                       and not background._pending, "the render to finish", seconds=300)
        return found


def test_a_render_ending_while_its_status_is_read_is_never_reported_as_not_requested(
        held_printer, tmp_path):
    _cache, release, _printed, _started = held_printer
    cache = _CacheReadBeforeTheRenderEnds(tmp_path / "racing")
    document = _document("r1")
    key = background.request_pdf(document, document.key(), cache)
    cache.held = release
    state, message = background.pdf_status(key, cache)
    assert state == "pending", message
    assert background.pdf_status(key, cache)[0] == "ready"


def test_equal_content_in_two_caches_is_printed_into_each(held_printer, tmp_path):
    first, release, _printed, started = held_printer
    second = PdfCache(tmp_path / "second")
    key = _request("same", first)
    assert started.acquire(timeout=600)  # under way in the first cache
    assert _request("same", second) == key
    assert background.pdf_status(key, second)[0] == "pending"
    release.set()
    wait_until(lambda: first.get(key) is not None and second.get(key) is not None,
               "the PDF in both caches", seconds=300)
    assert background.pdf_status(key, second)[0] == "ready"
