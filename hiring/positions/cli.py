"""`flask outcomes lint "TEXT"` and `flask rubrics check`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from hiring.analysis.outcomes import check
from hiring.rubrics import DEFAULT_DIRECTORY, RubricError, load_rubrics
from hiring.suitability.questionnaire import QuestionnaireError, load_questionnaires

outcomes = AppGroup("outcomes", help="Outcome statements.")
rubrics = AppGroup("rubrics", help="Rubric files in rubrics/.")
groups = [outcomes, rubrics]


@outcomes.command("lint")
@click.argument("text")
def lint(text: str) -> None:
    """Print what the checker finds in TEXT as one JSON object."""
    click.echo(json.dumps(check(text).to_dict(), ensure_ascii=False))


@rubrics.command("check")
@click.option("--directory", type=click.Path(file_okay=False), default=str(DEFAULT_DIRECTORY),
              show_default=True)
def check_rubrics(directory: str) -> None:
    """Validate every rubric and questionnaire file; exit 1 listing every problem."""
    problems, found, questionnaires = [], {}, {}
    try:
        found = load_rubrics(directory)
    except RubricError as e:
        problems += e.problems
    try:
        questionnaires = load_questionnaires(Path(directory) / "questionnaires")
    except QuestionnaireError as e:
        problems += [f"questionnaires/{problem}" for problem in e.problems]
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        click.echo(f"{len(problems)} problem(s) in the rubric files.", err=True)
        sys.exit(1)
    for rubric in found.values():
        click.echo(f"{rubric.id} version {rubric.version}: {len(rubric.criteria)} criteria, "
                   f"digest {rubric.digest[:12]}")
    for q in questionnaires.values():
        click.echo(f"questionnaires/{q.id} version {q.version}: {len(q.traits)} traits, "
                   f"{len(q.items)} items, {len(q.knockouts)} knock-outs, "
                   f"digest {q.digest[:12]}")
    click.echo(f"{len(found)} rubric(s) and {len(questionnaires)} questionnaire(s) OK.")
