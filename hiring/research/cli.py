"""`flask research ...`: check a profile against a fact sheet, import and export the sheet."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

from hiring.analysis.research import check
from hiring.db import db
from hiring.errors import HiringError
from hiring.research import services

research = AppGroup("research", help="The company-research exercise.")


@research.command("check")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--facts", "facts_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Fact sheet TOML (default: the one stored in the portal).")
@click.option("--about", "about_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="The company's about text, for copied passages.")
def check_command(file: Path, facts_file: Path | None, about_file: Path | None) -> None:
    """Print coverage and findings of the profile in FILE as one JSON object."""
    if facts_file is not None:
        try:
            sheet = services.fact_sheet_from_toml(facts_file.read_text(encoding="utf-8"))
        except HiringError as e:
            raise click.ClickException(f"{facts_file}:\n{e}") from e
        about = ""
    else:
        record = services.current_record()
        if record is None:
            raise click.ClickException("No fact sheet is stored: pass --facts FACTS.toml.")
        sheet, about = record.to_fact_sheet(), record.about_text
    if about_file is not None:
        about = about_file.read_text(encoding="utf-8")
    result = check(file.read_text(encoding="utf-8"), sheet, about_text=about)
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False))


@research.command("import-facts")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(file: Path) -> None:
    """Replace the stored fact sheet with FILE (nothing changes if it has a problem)."""
    try:
        record = services.import_toml(file.read_text(encoding="utf-8"), "cli")
    except HiringError as e:
        raise click.ClickException(str(e)) from e
    db.session.commit()
    click.echo(f"Imported {record.name} (revision {record.revision}).")


@research.command("export-facts")
def export_command() -> None:
    """Print the stored fact sheet as TOML."""
    try:
        click.echo(services.export_toml(), nl=False)
    except HiringError as e:
        raise click.ClickException(str(e)) from e


groups = [research]
