"""With REDIS_URL set, plan PDFs and cohorts are rendered by RQ jobs (a real redis-server)."""

from datetime import date

from plans_pdf_helpers import text_of

from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.pdf import background
from hiring.pdf.cache import PdfCache
from hiring.plans import documents, printing, services


def run_worker(url):
    from redis import Redis
    from rq import Queue, SimpleWorker

    connection = Redis.from_url(url)
    SimpleWorker([Queue(background.QUEUE, connection=connection)], connection=connection).work(
        burst=True)


def _plans(app, make_candidate, count):
    ids = [make_candidate(stage="hired", name=f"Queued {n}") for n in range(count)]
    with app.app_context():
        datas = []
        for candidate_id in ids:
            candidate = db.session.get(Candidate, candidate_id)
            datas.append(services.onboarding_data(
                services.create_onboarding_plan(candidate, None, date(2027, 3, 1))))
        db.session.commit()
    return datas


def test_a_plan_pdf_is_rendered_by_an_rq_job(app, make_candidate, redis_url, tmp_path):
    data = _plans(app, make_candidate, 1)[0]
    cache = PdfCache(tmp_path / "cache")
    key = documents.cache_key(data)
    background.request_pdf(printing.document_of(data), key, cache, redis_url)
    assert background.pdf_status(key, cache, redis_url)[0] == "pending"
    # Asking again while it is queued does not queue it twice.
    background.request_pdf(printing.document_of(data), key, cache, redis_url)
    run_worker(redis_url)
    assert background.pdf_status(key, cache, redis_url)[0] == "ready"
    assert "Queued 0" in text_of(cache.get(key).read_bytes())


def test_a_cohort_is_printed_by_an_rq_job_with_progress(app, make_candidate, redis_url,
                                                        tmp_path):
    datas = _plans(app, make_candidate, 2)
    cache = PdfCache(tmp_path / "cache")
    job_id = background.start_bulk(printing.items_of(datas), cache, redis_url,
                                   title=printing.COHORT_TITLE)
    assert background.bulk_status(job_id, cache, redis_url)["state"] == "running"
    run_worker(redis_url)
    status = background.bulk_status(job_id, cache, redis_url)
    assert status["state"] == "done" and status["done"] == 2 and status["total"] == 2
    printed = text_of(cache.get(f"bulk-{job_id}").read_bytes())
    assert "Queued 0" in printed and "Queued 1" in printed
