"""The connection pool on PostgreSQL: sized by settings (HIRING_DB_* overrides), reading
requests without a transaction, writes always in one, idle connections checked before use."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.pool import NullPool

from hiring import config
from hiring.assessments import services
from hiring.assessments.models import Submission
from hiring.assessments.prompt_files import load_prompts
from hiring.db import db, draft_writes, immediate_transactions, standalone_writes
from hiring.errors import ConfigurationError
from hiring.positions.models import Position
from tests.waiting import wait_until

PG = "postgresql+psycopg://hiring@db.example/hiring"
SETTING = text("SELECT current_setting('synchronous_commit')")  # a read, where SHOW is not


def test_server_pool_is_sized_by_the_settings():
    options = config.engine_options(PG, {}, {})
    assert (options["pool_size"], options["max_overflow"], options["pool_timeout"],
            options["pool_recycle"]) == (2, 3, 10, 1800)
    # A pooled connection is checked only after sitting idle (hiring.db), not every time.
    assert "pool_pre_ping" not in options


def test_environment_overrides_the_pool_settings():
    found = config.from_environment({"HIRING_DB_POOL_SIZE": "5", "HIRING_DB_MAX_OVERFLOW": "0",
                                     "HIRING_DB_POOL_TIMEOUT": "3",
                                     "HIRING_DB_POOL_RECYCLE": "600",
                                     "HIRING_DB_PING_AFTER_IDLE_SECONDS": "0"})
    options = config.engine_options(PG, {}, found)
    assert (options["pool_size"], options["max_overflow"], options["pool_timeout"],
            options["pool_recycle"]) == (5, 0, 3, 600)
    assert options["pool_pre_ping"] is True  # 0: every checkout is checked


def test_engine_options_given_outright_win():
    options = config.engine_options(PG, {"pool_size": 9, "pool_pre_ping": False},
                                    {"DB_POOL_SIZE": 4, "DB_PING_AFTER_IDLE_SECONDS": 0})
    assert options["pool_size"] == 9 and options["pool_pre_ping"] is False


@pytest.mark.parametrize("value", ["many", "0", "-1", True])
def test_a_pool_size_that_is_no_whole_number_stops_start_up(value):
    found = config.from_environment({"HIRING_DB_POOL_SIZE": value}) if isinstance(
        value, str) else {"DB_POOL_SIZE": value}
    with pytest.raises(ConfigurationError, match="HIRING_DB_POOL_SIZE"):
        config.engine_options(PG, {}, found)


def test_sqlite_has_no_pool_settings():
    assert config.engine_options("sqlite:///x.sqlite3", {}, {"DB_POOL_SIZE": 7}) == {}


@pytest.fixture
def app_config(postgres_database):
    return {"SQLALCHEMY_DATABASE_URI": postgres_database, "DB_POOL_SIZE": 3,
            "DB_MAX_OVERFLOW": 1, "DB_PING_AFTER_IDLE_SECONDS": 30}


@pytest.mark.postgres
def test_the_app_pool_follows_the_settings(app):
    with app.app_context():
        pool = db.engine.pool
        assert (pool.size(), pool._max_overflow) == (3, 1)


@pytest.mark.postgres
def test_a_write_while_reading_runs_in_a_transaction(app, make_position):
    """A write sent during a read (a GET view without @writes) opens a real transaction
    first: rolled back, it leaves nothing behind."""
    position_id = make_position(title="Before")
    with app.app_context():
        token = immediate_transactions.set(False)
        try:
            db.session.execute(select(Position.id)).all()
            driver = db.session.connection().connection.dbapi_connection
            assert driver.autocommit  # reading: no BEGIN, no ROLLBACK
            db.session.execute(update(Position).where(Position.id == position_id)
                               .values(title="During"))
            assert not driver.autocommit
            db.session.rollback()
        finally:
            immediate_transactions.reset(token)
        assert db.session.get(Position, position_id).title == "Before"
        db.session.commit()
        # Back in the pool, a connection is transactional for whoever takes it next.
        raw = db.engine.raw_connection()
        try:
            assert raw.dbapi_connection.autocommit is False
        finally:
            raw.close()


def _backend_pid(app) -> int:
    with app.app_context():
        pid = db.session.scalar(text("SELECT pg_backend_pid()"))
        db.session.commit()
        return pid


def _end_app_connections(postgres_database: str) -> set[int]:
    """Every connection to the database but this one ended by the server, as a restart or
    an idle timeout would; returns their process ids."""
    # Autocommit: pg_stat_activity is read afresh by each statement, not once a transaction.
    admin = create_engine(postgres_database, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        others = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() " \
                 "AND pid <> pg_backend_pid()"
        pids = set(connection.scalars(text(others)))
        for pid in pids:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        wait_until(lambda: not pids & set(connection.scalars(text(others))),
                   "the server to end the connections")
    admin.dispose()
    return pids


@pytest.mark.postgres
def test_an_idle_connection_lost_meanwhile_is_replaced_before_use(app, postgres_database,
                                                                  monkeypatch):
    import hiring.db

    first = _backend_pid(app)
    ended = _end_app_connections(postgres_database)
    assert first in ended
    later = hiring.db.monotonic() + 31  # longer than DB_PING_AFTER_IDLE_SECONDS
    monkeypatch.setattr(hiring.db, "monotonic", lambda: later)
    assert _backend_pid(app) not in ended


@pytest.mark.postgres
def test_a_connection_lost_moments_ago_fails_one_request_then_the_pool_renews(
        app, client, login_as, postgres_database):
    login_as("manager")
    assert client.get("/dashboard").status_code == 200
    _end_app_connections(postgres_database)
    down = client.get("/dashboard", headers={"Accept": "application/json"})
    assert down.status_code == 503 and down.headers["Retry-After"] == "5"
    assert client.get("/dashboard").status_code == 200


@pytest.mark.postgres
def test_drafts_commit_without_waiting_for_the_disk_and_nothing_else_does(app):
    """A draft's write (the autosave) commits with synchronous_commit off; the next write
    on the same connection waits for the disk again, as the server is configured to."""
    def setting(driver) -> str:
        return driver.execute("SHOW synchronous_commit").fetchone()[0]

    with app.app_context():
        default = db.session.scalar(SETTING)
        db.session.commit()
        assert default != "off"
        tokens = [standalone_writes.set(True), draft_writes.set(True)]
        try:
            db.session.execute(text("CREATE TABLE draft (n integer)"))
            driver = db.session.connection().connection.dbapi_connection
            assert setting(driver) == "off"
            pid = db.session.scalar(text("SELECT pg_backend_pid()"))
            db.session.commit()
        finally:
            draft_writes.reset(tokens[1])
            standalone_writes.reset(tokens[0])
        token = immediate_transactions.set(False)  # it stays with the connection meanwhile
        assert db.session.scalar(SETTING) == "off"
        db.session.commit()
        immediate_transactions.reset(token)
        db.session.execute(text("INSERT INTO draft VALUES (1)"))
        assert db.session.scalar(text("SELECT pg_backend_pid()")) == pid
        assert db.session.scalar(SETTING) == default
        db.session.commit()
        # A read-only request leaves it as it is; its first write makes it wait again.
        tokens = [standalone_writes.set(True), draft_writes.set(True)]
        db.session.execute(text("INSERT INTO draft VALUES (2)"))
        db.session.commit()
        draft_writes.reset(tokens[1])
        standalone_writes.reset(tokens[0])
        token = immediate_transactions.set(False)
        try:
            assert db.session.scalar(SETTING) == "off"
            db.session.execute(text("INSERT INTO draft VALUES (3)"))
            assert db.session.scalar(SETTING) == default
            db.session.commit()
        finally:
            immediate_transactions.reset(token)
        assert db.session.scalar(text("SELECT count(*) FROM draft")) == 3


@pytest.mark.postgres
def test_a_draft_on_a_connection_lost_moments_ago_fails_once_then_saves(
        app, make_candidate, candidate_client, postgres_database):
    """The setting a draft needs is the first thing sent on the connection: when the server
    has dropped it, the save gets the 503 any statement would, and the next one is kept."""
    with app.app_context():
        services.seed_prompts(load_prompts())
        db.session.commit()
    browser = candidate_client(make_candidate(stage="writing"))
    assert browser.post("/assessments/take/writing/begin").status_code in (302, 303)
    _end_app_connections(postgres_database)
    save = "/assessments/take/writing/save"
    down = browser.post(save, json={"seq": 1, "text": "Dear Ms Okafor,"})
    assert down.status_code == 503 and "not reachable" in down.get_json()["error"]
    kept = browser.post(save, json={"seq": 2, "text": "Dear Ms Okafor, thank you"})
    assert kept.status_code == 200 and kept.get_json()["status"] == "saved"
    with app.app_context():
        assert db.session.scalar(select(Submission.text)) == "Dear Ms Okafor, thank you"
