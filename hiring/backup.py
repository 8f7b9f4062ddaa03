"""Online backup and restore of the embedded SQLite database, through SQLite's backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from hiring.errors import HiringError


def _require_sqlite(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        raise HiringError(
            "Backups through the portal are for the embedded SQLite database. For PostgreSQL use "
            "pg_dump and pg_restore (see the README's backup section).")


def integrity_problems(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` reports for a database file ([] when it is sound)."""
    if not path.is_file():
        return [f"{path} does not exist."]
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [f"{path} is not a readable SQLite database ({error})."]
    problems = [] if rows == ["ok"] else rows
    if "alembic_version" not in tables:
        problems.append(f"{path} is not a backup of this portal (it has no migration record).")
    return problems


def backup(engine: Engine, target: Path) -> int:
    """Copy the live database into `target` page by page while it stays in use; returns bytes."""
    _require_sqlite(engine)
    target = Path(target)
    if target.exists():
        raise HiringError(f"{target} already exists; choose a new file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination, pages=1024)
        finally:
            destination.close()
    finally:
        raw.close()
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise HiringError("The backup failed its integrity check: " + "; ".join(problems))
    return target.stat().st_size


def restore(engine: Engine, source: Path) -> None:
    """Replace the live database's contents with a checked backup."""
    _require_sqlite(engine)
    problems = integrity_problems(Path(source))
    if problems:
        raise HiringError("Nothing was restored: " + "; ".join(problems))
    engine.dispose()
    raw = engine.raw_connection()
    try:
        origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            origin.backup(raw.driver_connection, pages=1024)
        finally:
            origin.close()
    finally:
        raw.close()
    engine.dispose()
