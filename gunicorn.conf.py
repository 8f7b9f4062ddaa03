"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py app:app`.

Each setting can be overridden on the command line or with GUNICORN_CMD_ARGS.
"""

import multiprocessing
import os

bind = os.environ.get("HIRING_BIND", "127.0.0.1:8000")
# Sync workers, one per core: requests are short database round-trips and PDFs render
# outside the request, so a worker is never parked on slow work.
workers = int(os.environ.get("HIRING_WORKERS", multiprocessing.cpu_count()))
worker_class = "sync"
timeout = 30
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound.
max_requests = 5000
max_requests_jitter = 500
accesslog = os.environ.get("HIRING_ACCESS_LOG", "-")
forwarded_allow_ips = os.environ.get("HIRING_FORWARDED_ALLOW_IPS", "127.0.0.1")
