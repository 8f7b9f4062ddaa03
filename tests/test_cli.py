"""flask --app app users / demo, and the start-up checks."""

from __future__ import annotations

import builtins

from sqlalchemy import func, select

from hiring.auth.models import User
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.positions.models import Position


def test_users_create_reads_the_password_from_stdin(app, runner):
    result = runner.invoke(args=["users", "create", "--email", "New@Example.test", "--role",
                                 "interviewer", "--password-stdin"],
                           input="a long enough password\n")
    assert result.exit_code == 0, result.output
    assert "Created interviewer new@example.test" in result.output
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "new@example.test"))
        assert user.role == "interviewer"


def test_users_create_prompts_for_the_password(app, runner):
    result = runner.invoke(args=["users", "create", "--email", "p@example.test", "--role",
                                 "manager"], input="a long enough password\n"
                                                   "a long enough password\n")
    assert result.exit_code == 0, result.output


def test_users_create_explains_problems(app, runner):
    args = ["users", "create", "--email", "x@example.test", "--role", "admin",
            "--password-stdin"]
    result = runner.invoke(args=args, input="short\n")
    assert result.exit_code == 1 and "at least 12 characters" in result.output
    runner.invoke(args=args, input="a long enough password\n")
    result = runner.invoke(args=args, input="a long enough password\n")
    assert result.exit_code == 1 and "already an account" in result.output
    result = runner.invoke(args=["users", "create", "--email", "y@example.test", "--role",
                                 "owner", "--password-stdin"], input="a long enough password\n")
    assert result.exit_code == 2 and "owner" in result.output


def test_demo_load_runs_once(app, runner):
    first = runner.invoke(args=["demo", "load"])
    assert first.exit_code == 0, first.output
    assert "admin@demo.test" in first.output and "demo-password" in first.output
    with app.app_context():
        counts = (db.session.scalar(select(func.count(User.id))),
                  db.session.scalar(select(func.count(Position.id))),
                  db.session.scalar(select(func.count(Candidate.id))))
        stages = set(db.session.scalars(select(Candidate.stage)))
    second = runner.invoke(args=["demo", "load"])
    assert "already there" in second.output
    with app.app_context():
        assert counts == (db.session.scalar(select(func.count(User.id))),
                          db.session.scalar(select(func.count(Position.id))),
                          db.session.scalar(select(func.count(Candidate.id))))
    assert counts[0] == 5 and counts[1] == 2
    from hiring.candidates.models import STAGES

    assert stages == set(STAGES)


def test_demo_load_is_refused_in_production(app, runner):
    app.config["HIRING_ENV"] = "production"
    result = runner.invoke(args=["demo", "load"])
    assert result.exit_code == 1 and "not loaded when HIRING_ENV=production" in result.output


def test_missing_pango_is_one_clear_sentence(monkeypatch, capsys):
    from hiring import syscheck

    real_import = builtins.__import__

    def failing_import(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "weasyprint", raising=False)
    monkeypatch.setattr(builtins, "__import__", failing_import)
    assert syscheck.main() == 1
    message = capsys.readouterr().err.strip()
    assert message.count("\n") == 0
    assert "apt-get install libpango-1.0-0" in message
