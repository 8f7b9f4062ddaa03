"""The database handle, the naming convention and SQLite settings for concurrent use."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import lru_cache
from time import monotonic

import psycopg
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from psycopg.pq import ExecStatus
from sqlalchemy import ARRAY, DateTime, MetaData, any_, bindparam, cast, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import DeclarativeBase, registry
from sqlalchemy.types import TypeDecorator, UserDefinedType

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


class _Untyped(UserDefinedType):
    """A parameter sent with no type of its own (psycopg sends a str as "unknown") and no
    cast around it: PostgreSQL takes its type from where it stands."""

    cache_ok = True

    def get_col_spec(self, **kw):
        return "TEXT"


class ArrayText(TypeDecorator):
    """A list sent to PostgreSQL as the text of an array literal ('{1,2,3}') and cast to the
    array in SQL (see `array_parameter`): psycopg's own conversion of a Python list costs
    about 0.13 ms for 90 ids, its text a few microseconds. The text goes untyped, so the
    cast types the parameter itself and the literal is read once, when the statement runs;
    sent as a VARCHAR, the cast from it would be read again for every row a scan filters."""

    impl = _Untyped
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = list(value)
        if all(type(v) is int for v in value):  # ids: the common case, and the fast one
            return "{" + ",".join(map(str, value)) + "}"
        return "{" + ",".join(_array_element(v) for v in value) + "}"


def _array_element(value) -> str:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"An array parameter holds ids or short names, not {value!r}.")
    if isinstance(value, int):
        return str(value)
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def array_parameter(name: str, item_type, value=None):
    """The parameter `name`, a list of ints or strings, as a PostgreSQL array of item_type."""
    return cast(bindparam(name, value, type_=ArrayText()), ARRAY(item_type))


def among(column, values: Iterable):
    """`column IN (values)`, for a list of ids that comes from the rows of a page. On
    PostgreSQL it is `column = ANY(array)`, one parameter: the statement has the same short
    text whatever the number of ids, so the driver caches its conversion and prepares it,
    where an IN list of a hundred ids is a new, long statement to convert and parse."""
    values = list(values)
    if db.session.get_bind().dialect.name == "postgresql":
        return column == any_(array_parameter(None, column.type, values))
    return column.in_(values)


def among_parameter(column, name: str, dialect: str):
    """`among` for a statement built once and run many times: the values are the statement's
    parameter `name`, given when it runs (a list of ids, as for `among`)."""
    if dialect == "postgresql":
        return column == any_(array_parameter(name, column.type))
    return column.in_(bindparam(name, expanding=True))


def dialect_name() -> str:
    """The name of the session's database dialect ("postgresql", "sqlite")."""
    return db.session.get_bind().dialect.name


_IDLE = 0  # psycopg.pq.TransactionStatus.IDLE: no transaction open on the connection

# Whether the next transaction on this context may write. On SQLite a writing one takes the
# write lock at BEGIN: requests that only read start deferred transactions so readers never
# queue behind writers; everything else (writes, CLI commands) begins IMMEDIATE, so a
# read-then-write transaction can never fail half-way with "database is locked" when another
# writer got there first. On PostgreSQL a reading one runs without a transaction (below).
immediate_transactions: ContextVar[bool] = ContextVar("immediate_transactions", default=True)

# Whether every write on this context is one statement complete in itself (the autosave's
# guarded UPDATE): on PostgreSQL such a request needs no transaction at all, each statement
# commits as it runs, and the BEGIN and COMMIT round trips are saved. SQLite is unaffected.
standalone_writes: ContextVar[bool] = ContextVar("standalone_writes", default=False)

# Whether the writes on this context are drafts that their client sends again (the autosave):
# on PostgreSQL they commit without waiting for the disk (synchronous_commit off). A crash of
# the database's server or machine may lose the last fraction of a second of them, as SQLite's
# WAL mode with synchronous=NORMAL may lose its last commits on a power cut; the candidate's
# page still holds the text and its next save carries it. Every other write waits for the
# disk as the server is configured to.
draft_writes: ContextVar[bool] = ContextVar("draft_writes", default=False)


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


def _postgres_begin(connection) -> None:
    # A transaction that only reads runs in the driver's autocommit mode: no BEGIN and no
    # ROLLBACK round trips, and psycopg keeps its prepared statements (a ROLLBACK drops them).
    # Under READ COMMITTED each statement sees its own snapshot anyway, in a transaction or
    # not. Writes (and anything outside a read-only request) get a real transaction.
    driver = connection.connection.dbapi_connection
    autocommit = not immediate_transactions.get() or standalone_writes.get()
    if immediate_transactions.get():  # this one may write
        _wait_for_disk(connection, not draft_writes.get())
    if driver.autocommit != autocommit and driver.info.transaction_status == _IDLE:
        driver.autocommit = autocommit


def _wait_for_disk(connection, wait: bool) -> None:
    """Make the connection's commits wait for the disk (the server's own setting) or not
    (drafts, see draft_writes). The setting stays with the connection between checkouts, so
    it is sent only when it changes: a run of autosaves on one connection sends it once."""
    pooled = connection.connection
    unwaited = pooled.info.get("commits_unwaited", False)
    driver = pooled.dbapi_connection
    if unwaited != wait or driver.info.transaction_status != _IDLE:
        return
    sql = "RESET synchronous_commit" if wait else "SET synchronous_commit TO off"
    was = driver.autocommit
    try:
        driver.autocommit = True  # a session setting, not one a rollback would undo
        driver.execute(sql)
        driver.autocommit = was
    except psycopg.Error as error:
        # As SQLAlchemy treats a statement's failure: a connection the server dropped leaves
        # the pool at once, and the request gets a 503 (hiring.errors).
        lost = driver.broken or driver.closed
        if lost:
            connection.invalidate(error)
        raise DBAPIError.instance(sql, None, error, psycopg.Error,
                                  connection_invalidated=lost) from error
    pooled.info["commits_unwaited"] = not wait


# A statement that only reads: SELECT or WITH, with no DML and no row locks. Anything else
# sent in a read-only transaction turns it into a real one first (a GET view writing without
# @writes keeps its writes in a transaction that commits or rolls back as a whole).
_READ = re.compile(r"\s*(?:SELECT|WITH)\b")
_WRITE = re.compile(r"\b(?:INSERT|UPDATE|DELETE|MERGE|SHARE|CREATE|ALTER|DROP|TRUNCATE)\b")


@lru_cache(maxsize=1024)
def _only_reads(statement: str) -> bool:
    return _READ.match(statement) is not None and _WRITE.search(statement) is None


def _postgres_statement(connection, cursor, statement, parameters, context, executemany):
    driver = connection.connection.dbapi_connection
    if driver.autocommit and not _only_reads(statement) and not standalone_writes.get() and \
            driver.info.transaction_status == _IDLE:
        _wait_for_disk(connection, not draft_writes.get())
        driver.autocommit = False


def _postgres_checkin(dbapi_connection, connection_record) -> None:
    # Back in the pool a connection is transactional again, whoever takes it next
    # (a raw connection, a background thread).
    connection_record.info["checked_in"] = monotonic()
    if dbapi_connection is not None and not dbapi_connection.closed and \
            dbapi_connection.info.transaction_status == _IDLE:
        dbapi_connection.autocommit = False


class _ResultShape:
    """What `psycopg.Column` reads of a cursor, fixed at one result."""

    __slots__ = ("pgresult", "_encoding", "adapters")

    def __init__(self, cursor: psycopg.Cursor):
        self.pgresult = cursor.pgresult
        self._encoding = cursor._encoding
        self.adapters = cursor.adapters


class _Description(Sequence):
    """A cursor's description whose columns are built when first read. SQLAlchemy asks for
    the description of every statement, but reads its columns only the first time a
    statement runs; after that the result's shape comes from its cache. psycopg builds a
    Column object per column on every ask: 66 of them on the candidate's test page, 0.15 ms
    of its 1.3 ms."""

    __slots__ = ("_shape", "_columns")

    def __init__(self, cursor: psycopg.Cursor, count: int):
        self._shape = _ResultShape(cursor)
        self._columns: list[psycopg.Column | None] = [None] * count

    def __len__(self) -> int:
        return len(self._columns)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._columns)))]
        column = self._columns[index]  # IndexError past the end, as a list
        if column is None:
            column = self._columns[index] = psycopg.Column(
                self._shape, index % len(self._columns))
        return column

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None


_TUPLES = (ExecStatus.TUPLES_OK, ExecStatus.SINGLE_TUPLE, ExecStatus.TUPLES_CHUNK)


class Cursor(psycopg.Cursor):
    """psycopg's cursor with a description built lazily (see _Description)."""

    @property
    def description(self) -> Sequence[psycopg.Column] | None:
        result = self.pgresult
        if result and (result.nfields or result.status in _TUPLES):
            return _Description(self, result.nfields)
        return None


def _postgres_connect(dbapi_connection, connection_record) -> None:
    dbapi_connection.cursor_factory = Cursor


def _ping_after_idle(dialect, idle_seconds: int):
    def on_checkout(dbapi_connection, connection_record, connection_proxy):
        # The server may have restarted while the connection sat unused: one round trip to
        # make sure, and a fresh connection if it is gone. A connection returned moments ago
        # is handed out as it is (a request that finds it broken gets a 503, and the pool
        # is renewed at once).
        last = connection_record.info.get("checked_in")
        if last is None or monotonic() - last < idle_seconds:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise DisconnectionError(str(error)) from error

    return on_checkout


def configure_engine(engine: Engine, busy_timeout_ms: int, ping_after_idle: int = 0) -> None:
    """SQLite: WAL, busy_timeout, foreign keys, BEGIN IMMEDIATE for writes. PostgreSQL:
    read-only transactions in autocommit, idle connections checked before use."""
    if engine.dialect.name == "sqlite":
        if not event.contains(engine, "begin", _sqlite_begin):
            event.listen(engine, "connect", _sqlite_connect(busy_timeout_ms))
            event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.driver == "psycopg" and not event.contains(
            engine, "begin", _postgres_begin):
        event.listen(engine, "connect", _postgres_connect)
        event.listen(engine, "begin", _postgres_begin)
        event.listen(engine, "before_cursor_execute", _postgres_statement)
        event.listen(engine, "checkin", _postgres_checkin)
        if ping_after_idle > 0:
            event.listen(engine, "checkout", _ping_after_idle(engine.dialect, ping_after_idle))


def init_app(app: Flask) -> None:
    db.init_app(app)
    with app.app_context():
        configure_engine(db.engine, app.config["SQLITE_BUSY_TIMEOUT_MS"],
                         app.config["DB_PING_AFTER_IDLE_SECONDS"])
