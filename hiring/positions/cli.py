"""`flask outcomes lint "TEXT"`."""

from __future__ import annotations

import json

import click
from flask.cli import AppGroup

from hiring.analysis.outcomes import check

outcomes = AppGroup("outcomes", help="Outcome statements.")
groups = [outcomes]


@outcomes.command("lint")
@click.argument("text")
def lint(text: str) -> None:
    """Print what the checker finds in TEXT as one JSON object."""
    click.echo(json.dumps(check(text).to_dict(), ensure_ascii=False))
