"""Which databases `flask db upgrade` can carry forward, and what to say about the others.

Migrations are append-only from release 0.1.0 on: its initial schema (`BASELINE`) is never
edited again, so any database made by 0.1.0 or later upgrades. Development builds before it
recorded revisions that no longer exist; their data leaves through `flask db export` and
comes back into a new, empty database through `flask db import`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

BASELINE = "d9ff5ecac5db"
# What development builds before 0.1.0 recorded (each regenerated the initial schema).
RETIRED = frozenset({"04c26e3eb0b3", "ca93972b12e4", "928f2c2bd167"})
VERSIONS = Path(__file__).resolve().parent.parent / "migrations" / "versions"
_REVISION = re.compile(r"""^revision\s*=\s*['"]([0-9A-Za-z_]+)['"]""", re.MULTILINE)


@cache
def known_revisions(versions: Path = VERSIONS) -> frozenset[str]:
    """Every revision id in the migration scripts (read as text: nothing is imported)."""
    found = set()
    for script in versions.glob("*.py"):
        match = _REVISION.search(script.read_text(encoding="utf-8"))
        if match:
            found.add(match.group(1))
    return frozenset(found)


def stranded_message(revision: str) -> str:
    """One sentence on what to do with a database at a revision no script here knows."""
    if revision in RETIRED:
        return (f"This database was made by a development build older than release 0.1.0 "
                f"(revision {revision}) and cannot be upgraded: export its data with "
                f"`flask --app app db export DIRECTORY`, then point DATABASE_URL at a new, "
                f"empty database (or move instance/hiring.sqlite3 aside) and run "
                f"`flask --app app db import DIRECTORY`.")
    return (f"This database was upgraded by a newer version of the portal (revision "
            f"{revision}, unknown here): run that version or a later one, or restore the "
            f"backup taken before that upgrade.")


def stranded_revision(connection: Connection) -> str | None:
    """The recorded revision that no migration script knows, or None when there is none."""
    unknown = sorted(current_revisions(connection) - known_revisions())
    return unknown[0] if unknown else None


def check_at_start(engine: Engine) -> str | None:
    """The stranded-database sentence for this engine's database, or None. One short query
    at start-up; a database that does not exist yet or cannot be reached is left alone."""
    url = make_url(engine.url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:" or not Path(url.database).is_file():
            return None
    from hiring.db import immediate_transactions

    token = immediate_transactions.set(False)  # a read: no write lock on SQLite
    try:
        with engine.connect() as connection:
            # One statement; a database without the table (new, or not the portal's) fails it.
            recorded = set(connection.execute(
                text("SELECT version_num FROM alembic_version")).scalars())
    except SQLAlchemyError:
        return None
    finally:
        immediate_transactions.reset(token)
        # Nothing pooled survives start-up, so worker processes never share a connection.
        engine.dispose()
    unknown = sorted(recorded - known_revisions())
    return stranded_message(unknown[0]) if unknown else None


def head_revisions() -> set[str]:
    """The newest revision of each line of migrations (one once the lines are merged)."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory(str(VERSIONS.parent)).get_heads())


def current_revisions(connection: Connection) -> set[str]:
    """The revisions recorded in the database (none before `flask db upgrade`)."""
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
