"""The database handle, the naming convention and SQLite settings for concurrent use."""

from __future__ import annotations

from contextvars import ContextVar
from datetime import UTC, datetime

from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, registry
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """A timestamp that is always timezone-aware UTC in Python, whatever the database keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC column")
            value = value.astimezone(UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    registry = registry(metadata=MetaData(naming_convention=NAMING_CONVENTION),
                        type_annotation_map={datetime: UTCDateTime()})


db = SQLAlchemy(model_class=Base)


def utcnow() -> datetime:
    return datetime.now(UTC)


# Whether the next transaction on this context takes SQLite's write lock at BEGIN.
# Requests that only read start deferred transactions so readers never queue behind writers;
# everything else (writes, CLI commands) begins IMMEDIATE, so a read-then-write transaction
# can never fail half-way with "database is locked" when another writer got there first.
immediate_transactions: ContextVar[bool] = ContextVar("immediate_transactions", default=True)


def _sqlite_connect(busy_timeout_ms: int):
    def on_connect(dbapi_connection, connection_record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    return on_connect


def _sqlite_begin(connection):
    if immediate_transactions.get():
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def begin_write() -> None:
    """From here on the request writes: end its read transaction, so that the next one begins
    IMMEDIATE. On SQLite a deferred read transaction cannot safely turn into a write: another
    writer may have committed since it started. Loaded objects reload on next access."""
    db.session.commit()
    immediate_transactions.set(True)


def begin_read() -> None:
    """Until begin_write(), the request only reads: end its transaction, so that the next
    one begins deferred and holds no write lock (for work, like analysing a text, that must
    not keep other writers waiting)."""
    db.session.commit()
    immediate_transactions.set(False)


def configure_engine(engine: Engine, busy_timeout_ms: int) -> None:
    """Apply WAL, busy_timeout, foreign keys and BEGIN IMMEDIATE to a SQLite engine."""
    if engine.dialect.name != "sqlite":
        return
    if not event.contains(engine, "begin", _sqlite_begin):
        event.listen(engine, "connect", _sqlite_connect(busy_timeout_ms))
        event.listen(engine, "begin", _sqlite_begin)


def init_app(app: Flask) -> None:
    db.init_app(app)
    with app.app_context():
        configure_engine(db.engine, app.config["SQLITE_BUSY_TIMEOUT_MS"])
