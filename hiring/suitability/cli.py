"""`flask suitability questionnaire`, `flask suitability score ANSWERS --profile PROFILE`, and
`flask rubrics check` (rubric files and the questionnaires beside them)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from hiring.rubrics import DEFAULT_DIRECTORY, RubricError, load_rubrics
from hiring.suitability.questionnaire import (
    QuestionnaireError,
    get_questionnaire,
    load_questionnaires,
    parse_profile,
    score,
)

suitability = AppGroup("suitability", help="The work-preference questionnaire.")
rubrics = AppGroup("rubrics", help="Rubric files in rubrics/.")
groups = [suitability, rubrics]

MAX_INPUT_BYTES = 1_000_000  # an answers or profile file; a whole questionnaire is ~2 KB


def _fail(sentence: str) -> None:
    click.echo(sentence, err=True)
    sys.exit(2)


def _read_json(path: str, what: str):
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        _fail(f"The {what} file cannot be read: {error.strerror or error}.")
    if len(raw) > MAX_INPUT_BYTES:
        _fail(f"The {what} file is larger than {MAX_INPUT_BYTES:,} bytes.")
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        _fail(f"The {what} file is not valid JSON ({error}).")


@suitability.command("questionnaire")
def questionnaire_command() -> None:
    """Print the questionnaire's traits, items and knock-outs as JSON."""
    click.echo(json.dumps(get_questionnaire().to_contract(), ensure_ascii=False))


@suitability.command("score")
@click.argument("answers_path", metavar="ANSWERS.json")
@click.option("--profile", "profile_path", required=True, metavar="PROFILE.json",
              help="The position's ideal ranges and required knock-outs.")
def score_command(answers_path: str, profile_path: str) -> None:
    """Score ANSWERS.json against PROFILE.json and print the result as JSON."""
    questionnaire = get_questionnaire()
    answers = _read_json(answers_path, "answers")
    profile_data = _read_json(profile_path, "profile")
    if not isinstance(answers, dict):
        _fail("The answers file must hold a JSON object with \"answers\" and \"knockouts\".")
    try:
        profile = parse_profile(questionnaire, profile_data)
        result = score(questionnaire, answers.get("answers"), answers.get("knockouts", {}),
                       profile)
    except QuestionnaireError as error:
        _fail(f"The input does not fit the questionnaire: {'; '.join(error.problems)}.")
    click.echo(json.dumps(result.to_contract(), ensure_ascii=False, sort_keys=True))


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
