"""Every table's rows as portable JSON, and back into a fresh database.

The export reads the tables the database actually has (not the models), so it works on a
database of any version, SQLite or PostgreSQL. The import builds the export's schema in a new,
empty database (the 0.1.0 baseline for anything older), inserts the rows column by column where
the names still match, and upgrades to the newest migrations. A directory holds
`manifest.json` (the recorded revision and each table's row count) and one `<table>.json`
per table: `{"columns": [...], "rows": [[...], ...]}`, one row a line, timestamps as ISO
8601 strings in UTC, decimals as strings, binary data as base64.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    Table,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from hiring.errors import HiringError
from hiring.upgrades import current_revisions

MANIFEST = "manifest.json"
# Not exported: the migration record, and the counts per stage the database keeps from the
# candidates (hiring.candidates.stage_counts), which the import's own triggers write again.
SKIPPED = frozenset({"alembic_version", "position_stage_count"})
BATCH = 1000


def _portable(value):
    if isinstance(value, datetime):
        if value.tzinfo is None:  # SQLite keeps UTC without an offset
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _native(value, column, dialect_name: str):
    """A portable value back in the form the target column takes."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if dialect_name == "sqlite" or not kind.timezone:
            return moment.astimezone(UTC).replace(tzinfo=None)
        return moment
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Numeric) and kind.asdecimal:
        return Decimal(str(value))
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    return value


def _tables(connection: Connection) -> list[Table]:
    """The database's own tables, parents before children."""
    metadata = MetaData()
    metadata.reflect(bind=connection)
    return [table for table in metadata.sorted_tables if table.name not in SKIPPED]


def export(connection: Connection, directory: Path) -> dict[str, int]:
    """Write every table's rows into `directory`; returns the row count per table."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()):
        raise HiringError(f"{directory} is not empty; choose a new directory.")
    directory.mkdir(parents=True, exist_ok=True)
    if connection.dialect.name == "postgresql" and not connection.in_transaction():
        # One snapshot for every table, while the portal keeps writing.
        connection.execution_options(isolation_level="REPEATABLE READ")
    counts: dict[str, int] = {}
    for table in _tables(connection):
        columns = [column.name for column in table.columns]
        order = list(table.primary_key.columns) or list(table.columns)
        path = directory / f"{table.name}.json"
        count = 0
        with path.open("w", encoding="utf-8") as out:
            out.write('{"columns": ' + json.dumps(columns) + ', "rows": [')
            for row in connection.execute(select(table).order_by(*order)):
                out.write(",\n" if count else "\n")
                out.write(json.dumps([_portable(v) for v in row], ensure_ascii=False,
                                     sort_keys=True))
                count += 1
            out.write("\n]}\n")
        counts[table.name] = count
    manifest = {"revisions": sorted(current_revisions(connection)), "tables": counts}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return counts


@dataclass
class ImportReport:
    rows: dict[str, int] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # table or table.column with no place
    loaded_at: str = ""  # the revision the rows went in at


def read_manifest(directory: Path) -> dict:
    path = Path(directory) / MANIFEST
    if not path.is_file():
        raise HiringError(f"{directory} holds no {MANIFEST}: it is not an export of the portal.")
    return json.loads(path.read_text(encoding="utf-8"))


def import_(connection: Connection, directory: Path) -> ImportReport:
    """Insert an export's rows into the empty tables of this database (the caller commits)."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    dialect_name = connection.dialect.name
    tables = _tables(connection)
    by_name = {table.name: table for table in tables}
    filled = [t.name for t in tables
              if connection.execute(select(func.count()).select_from(t)).scalar()]
    if filled:
        raise HiringError("The database already holds data (" + ", ".join(filled[:5]) +
                          "); import only into a new, empty database.")
    report = ImportReport()
    report.dropped = sorted(name for name in manifest["tables"] if name not in by_name
                            and manifest["tables"][name])
    for table in tables:
        path = directory / f"{table.name}.json"
        if table.name not in manifest["tables"] or not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        kept = [(i, table.c[name]) for i, name in enumerate(data["columns"]) if name in table.c]
        report.dropped += [f"{table.name}.{name}" for name in data["columns"]
                           if name not in table.c and data["rows"]]
        rows = [{column.name: _native(row[i], column, dialect_name) for i, column in kept}
                for row in data["rows"]]
        try:
            for start in range(0, len(rows), BATCH):
                connection.execute(table.insert(), rows[start:start + BATCH])
        except IntegrityError as error:
            raise HiringError(f"Rows of {table.name} do not fit this database's schema: "
                              f"{error.orig}") from error
        report.rows[table.name] = len(rows)
    if dialect_name == "postgresql":
        _restart_sequences(connection, tables)
    return report


def _restart_sequences(connection: Connection, tables: list[Table]) -> None:
    """Serial ids continue after the imported ones, so new rows do not collide."""
    quote = connection.dialect.identifier_preparer.quote
    for table in tables:
        for column in table.primary_key.columns:
            if not isinstance(column.type, Integer):
                continue
            name = quote(column.name)
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX({name}), 1),"
                f" MAX({name}) IS NOT NULL) FROM {quote(table.name)}"),
                {"table": quote(table.name), "column": column.name})


def load_into_new_database(directory: Path) -> ImportReport:
    """Build the export's schema in the app's new, empty database, insert its rows there and
    upgrade to the newest migrations, so data migrations treat them as any upgrade would.
    An export from before release 0.1.0 goes in at the 0.1.0 baseline. Needs an app context."""
    from flask_migrate import upgrade

    from hiring.db import db
    from hiring.upgrades import BASELINE, known_revisions

    manifest = read_manifest(directory)
    with db.engine.connect() as connection:
        existing = sorted(inspect(connection).get_table_names())
    if existing:
        raise HiringError("The database already has tables (" + ", ".join(existing[:5]) +
                          "); import only into a new, empty one: the import builds the schema "
                          "itself.")
    revisions = manifest["revisions"]
    if not revisions or not set(revisions) <= known_revisions():
        revisions = [BASELINE]
    for revision in revisions:
        upgrade(revision=revision)
    try:
        with db.engine.begin() as connection:
            report = import_(connection, directory)
    except HiringError as error:
        raise HiringError(f"{error} Nothing was imported; start again with a new, empty "
                          f"database.") from error
    upgrade(revision="heads")
    report.loaded_at = ", ".join(revisions)
    return report
