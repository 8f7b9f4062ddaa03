"""SQLite is set for concurrent use; migrations match the models on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import create_engine, inspect, text

from hiring import create_app
from hiring.db import db
from tests.conftest import base_config


def test_sqlite_pragmas(app):
    with app.app_context():
        connection = db.session.connection()
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_write_transactions_begin_immediate(app):
    statements = []
    from sqlalchemy import event

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *a: statements.append(statement))
        db.session.execute(text("SELECT 1"))
        db.session.commit()
    assert "BEGIN IMMEDIATE" in statements


def test_read_only_requests_begin_deferred(app, client, login_as):
    statements = []
    from sqlalchemy import event

    with app.app_context():
        event.listen(db.engine, "before_cursor_execute",
                     lambda conn, cursor, statement, *a: statements.append(statement))
    client.get("/i/unknown-token-for-a-read")  # a GET marked @writes: immediate
    assert "BEGIN IMMEDIATE" in statements
    statements.clear()
    login_as("manager")
    statements.clear()
    client.get("/dashboard")  # reads only
    assert "BEGIN" in statements and "BEGIN IMMEDIATE" not in statements


def test_concurrent_read_then_write_loses_nothing(app, make_position):
    """Threads each read a value and write it back plus one: no lost update, no lock error."""
    from hiring.positions.models import Position

    position_id = make_position(title="0")
    errors: list[BaseException] = []

    def work():
        try:
            for _ in range(40):
                with app.app_context():
                    position = db.session.get(Position, position_id)
                    position.title = str(int(position.title) + 1)
                    db.session.commit()
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with app.app_context():
        assert db.session.get(Position, position_id).title == "160"


def test_foreign_keys_cascade_on_sqlite(app, make_candidate, invite):
    from hiring.candidates.models import Candidate, Invitation

    candidate_id = make_candidate()
    invite(candidate_id)
    with app.app_context():
        db.session.execute(db.delete(Candidate).where(Candidate.id == candidate_id))
        db.session.commit()
        assert db.session.scalar(db.select(db.func.count(Invitation.id))) == 0


def _drift(app) -> list:
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return compare_metadata(context, db.metadata)


def test_migrations_build_the_models_on_sqlite(tmp_path):
    app = create_app(base_config(tmp_path))
    assert _drift(app) == []
    with app.app_context():
        tables = set(inspect(db.engine).get_table_names())
        db.engine.dispose()
    assert set(db.metadata.tables) <= tables


@pytest.mark.postgres
def test_migrations_build_the_models_on_postgresql(tmp_path, postgres_database):
    app = create_app(base_config(tmp_path, postgres_database))
    assert _drift(app) == []
    with app.app_context():
        db.engine.dispose()
    engine = create_engine(postgres_database)
    with engine.connect() as connection:
        assert set(db.metadata.tables) <= set(inspect(connection).get_table_names())
    engine.dispose()


@pytest.mark.postgres
def test_sign_in_and_invitations_work_on_postgresql(pg_app, make_user):
    from hiring.auth.services import create_user
    from hiring.candidates.invitations import create_invitation
    from hiring.candidates.models import Candidate
    from hiring.positions.models import Position

    with pg_app.app_context():
        create_user("pg@example.test", "manager", "correct horse battery")
        position = Position(title="PG", status="open")
        candidate = Candidate(position=position, name="Pat", email="pat@example.com")
        db.session.add(candidate)
        db.session.flush()
        _, token = create_invitation(candidate, "writing", None, 14)
        db.session.commit()
    client = pg_app.test_client()
    response = client.post("/login", data={"email": "pg@example.test",
                                           "password": "correct horse battery"})
    assert response.headers["Location"] == "/dashboard"
    browser = pg_app.test_client()
    assert browser.get(f"/i/{token}").headers["Location"] == "/candidate/"
    assert b"Pat" in browser.get("/candidate/").data
