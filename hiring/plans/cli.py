"""`flask --app app plans export|render`: plans as JSON, and PDFs from that JSON."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from hiring.db import db
from hiring.errors import HiringError
from hiring.inputs import check_date
from hiring.plans import documents, printing, schedule, services
from hiring.plans.models import MILESTONE_STATUSES, OWNERS, DevelopmentPlan, OnboardingPlan

plans_cli = AppGroup("plans", help="Development and onboarding plans.")
KIND = click.Choice(documents.KINDS)


class BadPlan(click.ClickException):
    """A plan JSON the renderer cannot use: one sentence, exit status 2."""

    exit_code = 2


def _choice(value, allowed, where: str) -> str | None:
    if value is None or value in allowed:
        return None
    shown = json.dumps(value, ensure_ascii=False)[:60]
    return f"{where} is {shown}, not one of {', '.join(allowed)}"


def _whole(value, low: int, high: int, where: str) -> str | None:
    if value is None or (type(value) is int and low <= value <= high) or (
            isinstance(value, str) and value.isascii() and value.isdigit()
            and low <= int(value) <= high):
        return None
    return f"{where} must be a whole number from {low} to {high}"


def plan_problems(data: dict) -> list[str]:
    """Unknown enumerated values and numbers out of range, named by where they are."""
    problems = []

    def rows(key):
        found = data.get(key, [])
        if not isinstance(found, list) or not all(isinstance(r, dict) for r in found):
            problems.append(f"{key} must be a list of objects")
            return []
        return found

    for i, m in enumerate(rows("milestones"), start=1):
        problems.append(_choice(m.get("status"), MILESTONE_STATUSES, f"milestones[{i}].status"))
        problems.append(_whole(m.get("month"), 1, 12, f"milestones[{i}].month"))
    weeks = len(schedule.onboarding_weeks(date(2000, 1, 3)))
    for i, a in enumerate(rows("activities"), start=1):
        problems.append(_choice(a.get("kind"), [k for k, _ in schedule.ACTIVITY_KINDS],
                                f"activities[{i}].kind"))
        problems.append(_choice(a.get("owner"), [k for k, _ in OWNERS], f"activities[{i}].owner"))
        problems.append(_whole(a.get("week"), 1, weeks, f"activities[{i}].week"))
    for i, c in enumerate(rows("connections"), start=1):
        problems.append(_whole(c.get("by_week"), 1, weeks, f"connections[{i}].by_week"))
    try:
        check_date(date.fromisoformat(str(data.get("start_date"))), "start_date")
    except ValueError as error:
        problems.append(str(error).rstrip(".") if "must be" in str(error)
                        else "start_date must be a date written as YYYY-MM-DD")
    return [p for p in problems if p]


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
    problems = plan_problems(data)
    if problems:
        raise BadPlan(f"{plan_json.name} cannot be rendered: {'; '.join(problems)}.")
    try:
        pdf = printing.render_plan(data)
    except (HiringError, KeyError, TypeError, ValueError) as error:
        raise BadPlan(f"Could not render the plan: {error}") from error
    if output == "-":
        sys.stdout.buffer.write(pdf)
    else:
        Path(output).write_bytes(pdf)
        click.echo(f"Wrote {output} ({len(pdf):,} bytes).", err=True)


groups = [plans_cli]
