"""`flask writing score FILE`: the analysis and suggested rubric levels as one JSON object."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

from hiring.analysis.writing import analyse
from hiring.assessments.analysing import analysis_input
from hiring.assessments.prompt_files import PromptFileError, load_prompts
from hiring.assessments.services import close_analysed, overdue
from hiring.db import begin_read, begin_write, db, utcnow
from hiring.rubrics import RubricError, get_rubric, suggest_levels
from hiring.steps import STEPS

writing = AppGroup("writing", help="Writing test tools.")
groups = [writing]


@writing.command("score")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--prompt", "prompt_id", help="Prompt id: its word range, email rule and names.")
@click.option("--rubric", "rubric_id", default="business-writing", show_default=True)
def score(file: Path, prompt_id: str | None, rubric_id: str) -> None:
    """Analyse FILE and print measures, findings, suggested levels and score as JSON."""
    try:
        rubric = get_rubric(rubric_id)
        prompt = load_prompts()[prompt_id] if prompt_id else None
    except (RubricError, PromptFileError) as e:
        raise click.ClickException(str(e)) from e
    except KeyError:
        raise click.ClickException(f"no prompt '{prompt_id}'") from None
    result = analyse(
        file.read_text(encoding="utf-8"),
        word_range=prompt.word_range if prompt else None,
        is_email=prompt.is_email if prompt else False,
        allowed_words=prompt.allowed_words if prompt else (),
    ).to_dict()
    suggestions = suggest_levels(rubric, result["measures"], result["findings"])
    suggested = {key: s.points for key, s in suggestions.items()}
    # Criteria without an automated suggestion count at their lowest level: a person must rate.
    full = {c.key: suggested.get(c.key, c.min_points) for c in rubric.criteria}
    result["suggested"] = suggested
    result["suggested_score"] = round(rubric.score(full), 2)
    click.echo(json.dumps(result))


@writing.command("close-overdue")
def close_overdue_command() -> None:
    """Hand in every started test whose deadline and grace minute have passed (for cron)."""
    now = utcnow()
    # Analyse with no write lock held (candidates keep saving meanwhile), then write.
    begin_read()
    inputs = [analysis_input(s) for step in STEPS for s in overdue(step, now)]
    begin_write()
    closed = close_analysed([i.run() for i in inputs], now)
    db.session.commit()
    click.echo(f"Handed in {closed} overdue submission(s).")
