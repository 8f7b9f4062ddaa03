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
# The app is loaded once, in the master, and each worker is a fork of it: a worker starts in
# milliseconds instead of the second that importing and building the app takes, so recycling
# (above) or replacing a crashed worker never leaves the others to carry the load meanwhile.
# Code changes need a restart, not a HUP.
preload_app = True


def _release_database_connections(app, close: bool) -> None:
    # Connections made while the app was built (checking the database's version) belong to
    # the master: it closes them before forking, and a worker never uses what it inherited.
    sqlalchemy = getattr(app, "extensions", {}).get("sqlalchemy")
    if sqlalchemy is not None:
        with app.app_context():
            for engine in sqlalchemy.engines.values():
                engine.dispose(close=close)


def when_ready(server):
    _release_database_connections(server.app.wsgi(), close=True)


def post_fork(server, worker):
    _release_database_connections(worker.app.wsgi(), close=False)
accesslog = os.environ.get("HIRING_ACCESS_LOG", "-")
forwarded_allow_ips = os.environ.get("HIRING_FORWARDED_ALLOW_IPS", "127.0.0.1")
