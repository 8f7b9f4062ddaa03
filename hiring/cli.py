"""Command-line tools: `flask --app app <group> <command>`.

Core commands live here; each domain package may add its own groups in
`hiring/<package>/cli.py` as a module-level list `groups` of click groups
(usually `flask.cli.AppGroup`, so commands run inside an app context).
"""

from __future__ import annotations

import sys

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from hiring.auth.services import create_user
from hiring.db import db
from hiring.errors import HiringError

users_cli = AppGroup("users", help="Staff accounts.")
demo_cli = AppGroup("demo", help="Demonstration data.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--role", required=True, type=click.Choice(["admin", "manager", "interviewer"]))
@click.option("--name", default="")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def create_user_command(email: str, role: str, name: str, password_stdin: bool) -> None:
    """Create a staff account (the password is prompted unless --password-stdin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = create_user(email, role, password, name)
    except HiringError as error:
        raise click.ClickException(str(error)) from error
    db.session.commit()
    click.echo(f"Created {user.role} {user.email}.")


@demo_cli.command("load")
@click.option("--scale", type=click.IntRange(min=1), default=None,
              help="Also generate this many candidates with their records, for measuring.")
def demo_load_command(scale: int | None) -> None:
    """Load the demonstration company, positions, candidates and logins (only once)."""
    from hiring.demo import DEMO_LOGINS, DEMO_PASSWORD, load_demo

    if current_app.config["HIRING_ENV"] == "production":
        raise click.ClickException("Demo data is not loaded when HIRING_ENV=production.")
    created = load_demo()
    db.session.commit()
    click.echo("Loaded the demo data." if created
               else "Demo data is already there; nothing changed.")
    click.echo(f"Demo logins (password: {DEMO_PASSWORD}):")
    for email, role in DEMO_LOGINS:
        click.echo(f"  {email:28} {role}")
    if scale:
        from hiring.scale import generate

        with click.progressbar(length=scale, label=f"Generating {scale:,} candidates",
                               show_pos=True, file=sys.stderr) as bar:
            report = generate(scale, progress=bar.update)
        db.session.commit()
        for line in report.lines():
            click.echo(line)


@click.command("backup")
@click.argument("target", type=click.Path(dir_okay=False))
@with_appcontext
def backup_command(target: str) -> None:
    """Write a consistent online backup of the SQLite database to TARGET."""
    from pathlib import Path

    from hiring.backup import backup

    try:
        size = backup(db.engine, Path(target))
    except HiringError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Backed up to {target} ({size:,} bytes); integrity check passed.")


@click.command("restore")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_appcontext
def restore_command(source: str, yes: bool) -> None:
    """Replace the SQLite database with SOURCE after checking its integrity."""
    from pathlib import Path

    from hiring.backup import restore

    if not yes:
        click.confirm("Replace everything in the database with this backup?", abort=True)
    try:
        restore(db.engine, Path(source))
    except HiringError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored from {source}.")


@click.command("export")
@click.argument("directory", type=click.Path(file_okay=False))
@with_appcontext
def export_command(directory: str) -> None:
    """Write every table's rows as JSON files into DIRECTORY (any version of the database)."""
    from pathlib import Path

    from hiring import transfer
    from hiring.db import immediate_transactions

    token = immediate_transactions.set(False)  # a read: writers carry on meanwhile
    try:
        with db.engine.connect() as connection:
            counts = transfer.export(connection, Path(directory))
    except HiringError as error:
        raise click.ClickException(str(error)) from error
    finally:
        immediate_transactions.reset(token)
    click.echo(f"Exported {sum(counts.values()):,} rows of {len(counts)} tables to {directory}.")


@click.command("import")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@with_appcontext
def import_command(directory: str) -> None:
    """Load an export from DIRECTORY into a new, empty database and upgrade it."""
    from pathlib import Path

    from hiring import transfer

    try:
        report = transfer.load_into_new_database(Path(directory))
    except HiringError as error:
        raise click.ClickException(str(error)) from error
    if report.dropped:
        click.echo("Not imported (no longer in the schema): " + ", ".join(report.dropped),
                   err=True)
    click.echo(f"Imported {sum(report.rows.values()):,} rows into {len(report.rows)} tables "
               f"at revision {report.loaded_at}, then upgraded to the newest schema.")


def register(app: Flask, domain_cli_modules) -> None:
    from flask_migrate.cli import db as migrate_group

    # `flask db` is Flask-Migrate's group; backup, restore, export and import belong beside
    # upgrade.
    migrate_group.add_command(backup_command)
    migrate_group.add_command(restore_command)
    migrate_group.add_command(export_command)
    migrate_group.add_command(import_command)
    app.cli.add_command(users_cli)
    app.cli.add_command(demo_cli)
    for module in domain_cli_modules:
        for group in getattr(module, "groups", ()):
            app.cli.add_command(group)
