"""`flask --app app questions lint "TEXT"`: the interview-question check from the command line."""

from __future__ import annotations

import json

import click
from flask.cli import AppGroup

from hiring.analysis.questions import lint

questions_cli = AppGroup("questions", help="Interview questions.")


@questions_cli.command("lint")
@click.argument("text")
def lint_command(text: str) -> None:
    """Print {"orientation", "problems", "suggestion"} as JSON for one question."""
    click.echo(json.dumps(lint(text).to_dict(), ensure_ascii=False))


groups = [questions_cli]
