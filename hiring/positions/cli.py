"""`flask outcomes lint "TEXT" [--due "PERIOD"]`."""

from __future__ import annotations

import json

import click
from flask.cli import AppGroup

from hiring.analysis.outcomes import check, period_problem, read_period

outcomes = AppGroup("outcomes", help="Outcome statements.")
groups = [outcomes]


@outcomes.command("lint")
@click.argument("text")
@click.option("--due", default="", metavar="PERIOD",
              help="When the whole list is due (\"within 90 days of the hire date\"); TEXT "
                   "takes it when it gives no deadline of its own.")
def lint(text: str, due: str) -> None:
    """Print what the checker finds in TEXT as one JSON object."""
    problem = period_problem(due)
    if problem:
        raise click.BadParameter(problem, param_hint="--due")
    click.echo(json.dumps(check(text, due=read_period(due)).to_dict(), ensure_ascii=False))
