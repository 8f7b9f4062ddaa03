"""A PostgreSQL server of the benchmark's own, with `pg_stat_statements` loaded.

The shared server does not preload `pg_stat_statements`, and the benchmarks never change its
configuration. With `--statements`, bench/bench_load.py starts a throwaway server for its
PostgreSQL runs instead: `initdb` into a temporary folder, the shared server's memory and
write settings copied over (so the figures stay comparable), `pg_stat_statements` preloaded,
listening only on a Unix socket in that folder and on a free loopback port. It is stopped and
its folder removed afterwards.

PostgreSQL refuses to run as root; when the benchmark runs as root, the server runs as the
`postgres` system user (Debian's packages create it).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

# The shared server's settings that change how fast it is; copied when they can be read.
COPIED = ("shared_buffers", "fsync", "synchronous_commit", "autovacuum", "max_wal_size",
          "min_wal_size", "work_mem", "effective_cache_size", "random_page_cost", "jit")


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder holding initdb, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit()
                   else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def shared_settings(admin_url: str) -> dict[str, str]:
    """The COPIED settings of the shared server at admin_url, as `name = value` strings
    with their units; {} when it cannot be reached."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    try:
        engine = create_engine(admin_url, poolclass=NullPool)
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT name, current_setting(name) FROM pg_settings WHERE name = ANY(:names)"),
                {"names": list(COPIED)}).all()
        engine.dispose()
    except Exception:  # noqa: BLE001 - the defaults then
        return {}
    return {name: value for name, value in rows}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def unavailable() -> str | None:
    """None when a private server can be started here, else why not."""
    if binaries() is None:
        return "initdb was not found (PostgreSQL's server package is not installed)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres system user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
    return None


@contextmanager
def private_server(admin_url: str):
    """Yields the admin URL (database `postgres`) of a new server with pg_stat_statements
    preloaded and the shared server's settings; raises RuntimeError when it cannot start."""
    why = unavailable()
    if why:
        raise RuntimeError(why)
    bin_dir = binaries()
    folder = Path(tempfile.mkdtemp(prefix="hiring-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    port = free_port()
    log = folder / "server.log"
    try:
        subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U",
                                        "postgres", "--auth=trust", "-E", "UTF8",
                                        "--no-sync"]),
                       check=True, capture_output=True, text=True)
        settings = shared_settings(admin_url)
        settings.update({"shared_preload_libraries": "'pg_stat_statements'",
                         "pg_stat_statements.track": "top",
                         # planning counted apart: a statement planned on every run
                         # shows it here
                         "pg_stat_statements.track_planning": "on",
                         "listen_addresses": "'127.0.0.1'", "port": str(port),
                         "unix_socket_directories": f"'{folder}'"})
        with (data / "postgresql.conf").open("a") as conf:
            for name, value in settings.items():
                quoted = value if value.startswith("'") else f"'{value}'"
                conf.write(f"{name} = {quoted}\n")
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-l",
                                        str(log), "-w", "-t", "60", "start"]),
                       check=True, capture_output=True, text=True)
    except subprocess.CalledProcessError as error:
        shutil.rmtree(folder, ignore_errors=True)
        detail = (error.stderr or error.stdout or "").strip().splitlines()
        raise RuntimeError(f"the private PostgreSQL server did not start: "
                           f"{detail[-1] if detail else error}") from error
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                        "-w", "stop"]), capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
