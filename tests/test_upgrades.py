"""Upgrades keep every row: each release's demo data, loaded at that release's schema and
upgraded to the newest migrations, is all still there; a database older than the 0.1.0
baseline is refused with one sentence saying what to do.

Each directory under tests/data/migrations/ is a release's data (written by
tests/data/migrations/make_fixture.py from that release's checkout).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from flask_migrate import upgrade
from sqlalchemy import MetaData, select, text

from hiring import create_app, transfer
from hiring.auth.services import create_user
from hiring.db import db
from hiring.upgrades import (
    BASELINE,
    RETIRED,
    current_revisions,
    head_revisions,
    known_revisions,
)
from tests.conftest import base_config

RELEASES = sorted(path for path in (Path(__file__).parent / "data" / "migrations").iterdir()
                  if (path / transfer.MANIFEST).is_file())

# Columns a migration rewrites on purpose (a data migration where a column's meaning changes):
# ("table", "column"): "which migration, and why". Their values are not compared; test the
# rewrite itself beside the migration.
REWRITTEN: dict[tuple[str, str], str] = {}

PRE_BASELINE = "928f2c2bd167"  # what the last development build before 0.1.0 recorded


def test_there_is_a_fixture_for_the_baseline_release():
    assert [release.name for release in RELEASES][:1] == ["0.1.0"]
    assert transfer.read_manifest(RELEASES[0])["revisions"] == [BASELINE]


def _load_release(app, release: Path) -> None:
    """A database at the release's schema holding the release's rows, as its users had it."""
    with app.app_context():
        for revision in transfer.read_manifest(release)["revisions"]:
            upgrade(revision=revision)
        with db.engine.begin() as connection:
            transfer.import_(connection, release)


def _same(expected, actual) -> bool:
    if isinstance(actual, datetime):
        if actual.tzinfo is None:
            actual = actual.replace(tzinfo=UTC)
        return datetime.fromisoformat(expected) == actual
    if isinstance(actual, date):
        return date.fromisoformat(expected) == actual
    if isinstance(actual, Decimal):
        return Decimal(expected) == actual
    return expected == actual


def _missing_after_upgrade(app, release: Path) -> list[str]:
    """Every table, row and value of the release that is not in the upgraded database."""
    manifest = transfer.read_manifest(release)
    problems = []
    with app.app_context(), db.engine.connect() as connection:
        metadata = MetaData()
        metadata.reflect(bind=connection)
        for name, count in manifest["tables"].items():
            if name not in metadata.tables:
                problems.append(f"table {name} ({count} rows) is gone")
                continue
            table = metadata.tables[name]
            data = json.loads((release / f"{name}.json").read_text(encoding="utf-8"))
            key = [column.name for column in table.primary_key.columns]
            held = {tuple(row._mapping[k] for k in key): row._mapping
                    for row in connection.execute(select(table))}
            if len(held) != count:
                problems.append(f"{name}: {count} rows before the upgrade, {len(held)} after")
            changed: dict[str, int] = {}
            for values in data["rows"]:
                row = dict(zip(data["columns"], values, strict=True))
                current = held.get(tuple(row[k] for k in key))
                if current is None:
                    problems.append(f"{name}: row {[row[k] for k in key]} is gone")
                    continue
                for column, value in row.items():
                    if (name, column) in REWRITTEN:
                        continue
                    if column not in table.c:
                        changed[column] = len(data["rows"])
                    elif not _same(value, current[column]):
                        changed[column] = changed.get(column, 0) + 1
            problems += [f"{name}.{column}: {n} of {count} values changed or dropped (a "
                         f"rewrite on purpose goes into REWRITTEN with its reason)"
                         for column, n in changed.items()]
    return problems


def _models_read_everything(app) -> None:
    """The models at head load every upgraded row (types, JSON, timestamps)."""
    with app.app_context():
        for mapper in db.Model.registry.mappers:
            db.session.scalars(select(mapper.class_)).all()
        db.session.remove()


def _upgrade_keeps_every_row(app, release: Path) -> None:
    _load_release(app, release)
    with app.app_context():
        upgrade(revision="heads")
        with db.engine.connect() as connection:
            assert current_revisions(connection) == head_revisions()
    assert _missing_after_upgrade(app, release) == []
    _models_read_everything(app)
    with app.app_context():
        # New rows take ids after the loaded ones (PostgreSQL's sequences were moved on).
        create_user("after-upgrade@example.test", "manager", "correct horse battery")
        db.session.commit()
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize("release", RELEASES, ids=lambda path: path.name)
def test_upgrading_a_release_keeps_every_row_on_sqlite(tmp_path, release):
    _upgrade_keeps_every_row(create_app(base_config(tmp_path)), release)


@pytest.mark.postgres
@pytest.mark.parametrize("release", RELEASES, ids=lambda path: path.name)
def test_upgrading_a_release_keeps_every_row_on_postgresql(tmp_path, postgres_database,
                                                           release):
    _upgrade_keeps_every_row(create_app(base_config(tmp_path, postgres_database)), release)


def test_the_check_finds_a_changed_value(tmp_path):
    """The comparison is not vacuous: one edited value after the upgrade is reported."""
    app = create_app(base_config(tmp_path))
    _load_release(app, RELEASES[0])
    with app.app_context():
        db.session.execute(text("UPDATE candidate SET name = 'Someone else' WHERE id = 1"))
        db.session.execute(text("DELETE FROM note"))
        db.session.commit()
    assert _missing_after_upgrade(app, RELEASES[0]) == [
        "candidate.name: 1 of 12 values changed or dropped (a rewrite on purpose goes into "
        "REWRITTEN with its reason)",
        "note: 1 rows before the upgrade, 0 after",
        "note: row [1] is gone",
    ]
    with app.app_context():
        db.engine.dispose()


def _stranded_database(tmp_path, database_uri: str | None = None,
                       revision: str = PRE_BASELINE) -> dict:
    """A database from a development build before 0.1.0: rows, and an unknown revision."""
    config = base_config(tmp_path, database_uri)
    app = create_app(config)
    _load_release(app, RELEASES[0])
    with app.app_context():
        db.session.execute(text("UPDATE alembic_version SET version_num = :old"),
                           {"old": revision})
        db.session.commit()
        db.engine.dispose()
    return config


def _says_what_to_do(text_: str) -> bool:
    return (f"older than release 0.1.0 (revision {PRE_BASELINE})" in text_
            and "flask --app app db export DIRECTORY" in text_
            and "new, empty database" in text_
            and "flask --app app db import DIRECTORY" in text_)


def test_upgrade_of_a_database_older_than_the_baseline_says_what_to_do(tmp_path, caplog):
    app = create_app(_stranded_database(tmp_path))
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 1
    assert _says_what_to_do(result.output + caplog.text)
    assert "Traceback" not in result.output + caplog.text
    assert "Can't locate revision" not in result.output + caplog.text
    assert result.output.count("older than release 0.1.0") == 1
    with app.app_context():
        db.engine.dispose()


def test_the_app_meets_a_database_older_than_the_baseline_with_the_same_sentence(tmp_path,
                                                                                 caplog):
    config = _stranded_database(tmp_path)
    # Alembic's logging set-up (env.py) replaced the root handlers: listen on the app's logger.
    logger = logging.getLogger("hiring")
    logger.addHandler(caplog.handler)
    try:
        app = create_app(config)
    finally:
        logger.removeHandler(caplog.handler)
    assert _says_what_to_do(caplog.text)
    response = app.test_client().get("/login")
    assert response.status_code == 503
    assert _says_what_to_do(response.get_data(as_text=True))
    with app.app_context():
        db.engine.dispose()


def test_a_database_from_a_newer_version_is_not_called_older(tmp_path):
    """A revision this checkout lacks may be a newer release's: run that, or restore."""
    app = create_app(_stranded_database(tmp_path, revision="0123456789ab"))
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 1
    assert ("This database was upgraded by a newer version of the portal (revision "
            "0123456789ab, unknown here): run that version or a later one, or restore the "
            "backup taken before that upgrade.") in result.output
    assert "older than" not in result.output
    with app.app_context():
        db.engine.dispose()


def test_every_retired_revision_is_gone_from_the_scripts():
    assert RETIRED and not RETIRED & known_revisions()
    assert BASELINE in known_revisions() and PRE_BASELINE in RETIRED


@pytest.mark.postgres
def test_a_postgresql_database_older_than_the_baseline_is_refused_alike(tmp_path,
                                                                         postgres_database):
    app = create_app(_stranded_database(tmp_path, postgres_database))
    response = app.test_client().get("/login")
    assert response.status_code == 503 and _says_what_to_do(response.get_data(as_text=True))
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 1 and _says_what_to_do(result.output)
    with app.app_context():
        db.engine.dispose()


def test_the_app_starts_as_usual_on_a_current_database(tmp_path):
    app = create_app(base_config(tmp_path))
    with app.app_context():
        upgrade()
        db.engine.dispose()
    assert create_app(base_config(tmp_path)).test_client().get("/login").status_code == 200


def _counts_hold(app):
    """The counts per stage the database keeps match the imported candidates (counted by the
    migration that brought them, or by the triggers as the rows went in)."""
    from hiring.candidates.stage_counts import PositionStageCount, drifted

    with app.app_context():
        assert db.session.scalar(db.select(db.func.sum(PositionStageCount.n))) > 0
        assert drifted() == []
        db.session.remove()


def test_a_stranded_database_moves_to_a_fresh_one_by_export_and_import(tmp_path):
    """The sentence's advice works: export the old database, import into a new one."""
    old = create_app(_stranded_database(tmp_path / "old"))
    exported = tmp_path / "export"
    result = old.test_cli_runner().invoke(args=["db", "export", str(exported)])
    assert result.exit_code == 0, result.output
    assert "Exported 174 rows of 41 tables" in result.output
    with old.app_context():
        db.engine.dispose()

    new = create_app(base_config(tmp_path / "new"))
    runner = new.test_cli_runner()
    result = runner.invoke(args=["db", "import", str(exported)])
    assert result.exit_code == 0, result.output
    assert (f"Imported 174 rows into 41 tables at revision {BASELINE}, then upgraded to the "
            "newest schema.") in result.output
    with new.app_context(), db.engine.connect() as connection:
        assert current_revisions(connection) == head_revisions()
    assert _missing_after_upgrade(new, exported) == []
    _counts_hold(new)
    again = runner.invoke(args=["db", "import", str(exported)])
    assert again.exit_code == 1 and "already has tables" in again.output
    with new.app_context():
        db.engine.dispose()


def test_an_export_of_a_current_database_goes_in_at_its_own_revision(tmp_path):
    """Moving between SQLite and PostgreSQL (or machines) at the same release."""
    old = create_app(base_config(tmp_path / "old"))
    _load_release(old, RELEASES[0])
    with old.app_context():
        upgrade(revision="heads")
        db.engine.dispose()
    exported = tmp_path / "export"
    assert old.test_cli_runner().invoke(args=["db", "export", str(exported)]).exit_code == 0
    with old.app_context():
        db.engine.dispose()
    new = create_app(base_config(tmp_path / "new"))
    result = new.test_cli_runner().invoke(args=["db", "import", str(exported)])
    assert result.exit_code == 0, result.output
    assert f"at revision {', '.join(sorted(head_revisions()))}," in result.output
    assert _missing_after_upgrade(new, exported) == []
    _counts_hold(new)
    with new.app_context():
        db.engine.dispose()
