"""`flask --app app candidates ...` and `flask --app app retention ...`."""

from __future__ import annotations

import json

import click
from flask.cli import AppGroup

from hiring.candidates import services
from hiring.candidates.models import Candidate
from hiring.candidates.retention import parse_period
from hiring.db import db, utcnow
from hiring.errors import HiringError

candidates_cli = AppGroup("candidates", help="Candidates' data: export and erasure.")
retention_cli = AppGroup("retention", help="Keep unsuccessful candidates' data no longer "
                                           "than needed.")


def _candidate(candidate_id: int) -> Candidate:
    candidate = db.session.get(Candidate, candidate_id)
    if candidate is None:
        raise click.ClickException(f"There is no candidate {candidate_id}.")
    return candidate


@candidates_cli.command("export")
@click.argument("candidate_id", type=int)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="File to write (default: standard output).")
@click.option("--self-identification", is_flag=True,
              help="Add the voluntary self-identification, marked as such (a data-access "
                   "export for the candidate themselves).")
def export_command(candidate_id: int, output, self_identification: bool) -> None:
    """Write everything held about a candidate as JSON."""
    data = services.export_candidate(_candidate(candidate_id), "cli",
                                     self_identification=self_identification)
    db.session.commit()
    json.dump(data, output, indent=2, ensure_ascii=False)
    output.write("\n")


@candidates_cli.command("erase")
@click.argument("candidate_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def erase_command(candidate_id: int, yes: bool) -> None:
    """Erase a candidate's personal data from every table."""
    candidate = _candidate(candidate_id)
    if not yes:
        click.confirm(f"Erase candidate {candidate_id} and all their data?", abort=True)
    try:
        services.erase_candidate(candidate, "cli")
    except HiringError as e:
        raise click.ClickException(str(e)) from e
    db.session.commit()
    click.echo(f"Erased candidate {candidate_id}.")


def _period(ctx, param, value: str):
    try:
        return parse_period(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@retention_cli.command("purge")
@click.option("--older-than", "period", required=True, callback=_period,
              help="Inactivity period, e.g. 180d, 26w, 6m or 1y.")
@click.option("--dry-run", is_flag=True, help="List who would be erased; change nothing.")
def purge_command(period, dry_run: bool) -> None:
    """Erase candidates not hired, not on legal hold, inactive for longer than the period."""
    ids = services.purge(period, dry_run=dry_run, now=utcnow())
    if not dry_run:
        db.session.commit()
    verb = "Would erase" if dry_run else "Erased"
    click.echo(f"{verb} {len(ids)} candidate{'s' if len(ids) != 1 else ''} inactive for more "
               f"than {period.days} days.")
    for candidate_id in ids:
        click.echo(f"  candidate {candidate_id}")


groups = [candidates_cli, retention_cli]
