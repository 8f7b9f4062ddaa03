"""flask db backup / restore: an online, consistent copy of SQLite, checked before restoring."""

from __future__ import annotations

import sqlite3
import threading

from flask_migrate import upgrade
from sqlalchemy import func, select

from hiring import create_app
from hiring.auth.models import User
from hiring.db import db
from tests.conftest import base_config


def _migrated_app(tmp_path):
    app = create_app(base_config(tmp_path))
    with app.app_context():
        upgrade()
    return app


def _count_users(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(User.id)))


def test_backup_then_restore(tmp_path):
    from hiring.auth.services import create_user

    app = _migrated_app(tmp_path)
    runner = app.test_cli_runner()
    with app.app_context():
        create_user("kept@example.test", "manager", "correct horse battery")
        db.session.commit()
    target = tmp_path / "backups" / "one.sqlite3"
    result = runner.invoke(args=["db", "backup", str(target)])
    assert result.exit_code == 0, result.output
    assert "integrity check passed" in result.output
    with app.app_context():
        create_user("later@example.test", "manager", "correct horse battery")
        db.session.commit()
    assert _count_users(app) == 2
    result = runner.invoke(args=["db", "restore", str(target), "--yes"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        db.session.remove()
        assert list(db.session.scalars(select(User.email))) == ["kept@example.test"]
        db.engine.dispose()


def test_backup_is_consistent_while_writes_go_on(tmp_path):
    from hiring.auth.services import create_user

    app = _migrated_app(tmp_path)
    stop = threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            with app.app_context():
                create_user(f"w{n}@example.test", "interviewer", "correct horse battery")
                db.session.commit()
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        result = app.test_cli_runner().invoke(args=["db", "backup", str(tmp_path / "b.db")])
    finally:
        stop.set()
        thread.join()
    assert result.exit_code == 0, result.output
    copy = sqlite3.connect(tmp_path / "b.db")
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    users = copy.execute("SELECT count(*) FROM user").fetchone()[0]
    audits = copy.execute("SELECT count(*) FROM audit_event WHERE action = 'user.created'"
                          ).fetchone()[0]
    copy.close()
    assert users == audits  # every user with its audit entry: one transaction, never half
    with app.app_context():
        db.engine.dispose()


def test_restore_refuses_a_damaged_or_foreign_file(tmp_path):
    app = _migrated_app(tmp_path)
    runner = app.test_cli_runner()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    result = runner.invoke(args=["db", "restore", str(garbage), "--yes"])
    assert result.exit_code == 1 and "Nothing was restored" in result.output
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    result = runner.invoke(args=["db", "restore", str(foreign), "--yes"])
    assert result.exit_code == 1 and "not a backup of this portal" in result.output
    result = runner.invoke(args=["db", "backup", str(foreign)])
    assert result.exit_code == 1 and "already exists" in result.output
    with app.app_context():
        db.engine.dispose()
