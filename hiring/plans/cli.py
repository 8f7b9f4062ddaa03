"""`flask --app app plans export|render`: plans as JSON, and PDFs from that JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from hiring.db import db
from hiring.errors import HiringError
from hiring.plans import documents, printing, services
from hiring.plans.models import DevelopmentPlan, OnboardingPlan

plans_cli = AppGroup("plans", help="Development and onboarding plans.")
KIND = click.Choice(documents.KINDS)


@plans_cli.command("export")
@click.argument("plan_id", type=int)
@click.option("--kind", type=KIND, required=True)
def export_command(plan_id: int, kind: str) -> None:
    """Print plan PLAN_ID as JSON."""
    company = str(current_app.config.get("COMPANY_NAME") or "")
    if kind == "development":
        plan = db.session.get(DevelopmentPlan, plan_id)
        data = services.development_data(plan, company) if plan else None
    else:
        plan = db.session.get(OnboardingPlan, plan_id)
        data = services.onboarding_data(plan, company) if plan else None
    if data is None:
        raise click.ClickException(f"There is no {kind} plan with id {plan_id}.")
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@plans_cli.command("render")
@click.argument("plan_json", type=click.File("r", encoding="utf-8"))
@click.option("--kind", type=KIND, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), required=True,
              help="Where to write the PDF ('-' for standard output).")
def render_command(plan_json, kind: str, output: str) -> None:
    """Render a plan from JSON (as `plans export` prints it) to a PDF."""
    try:
        data = json.load(plan_json)
    except json.JSONDecodeError as error:
        raise click.ClickException(f"{plan_json.name} is not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise click.ClickException("The JSON must be an object, as `plans export` prints it.")
    if data.setdefault("kind", kind) != kind:
        raise click.ClickException(f"The JSON holds a {data['kind']} plan, not a {kind} plan.")
    try:
        pdf = printing.render_plan(data)
    except (HiringError, KeyError) as error:
        raise click.ClickException(f"Could not render the plan: {error}") from error
    if output == "-":
        sys.stdout.buffer.write(pdf)
    else:
        Path(output).write_bytes(pdf)
        click.echo(f"Wrote {output} ({len(pdf):,} bytes).", err=True)


groups = [plans_cli]
