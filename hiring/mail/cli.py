"""`flask --app app mail send-waiting`: deliver what waits in the outbox (for cron)."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from hiring.mail import sending

mail_cli = AppGroup("mail", help="Email delivery.")


@mail_cli.command("send-waiting")
def send_waiting_command() -> None:
    """Try every message that waits now, including those waiting for their next retry."""
    if not sending.smtp_configured(current_app.config):
        raise click.ClickException("Email is not configured: set HIRING_MAIL_SERVER first.")
    if not sending.make_waiting_due():
        click.echo("Nothing waits.")
        return
    sent, failed = sending.deliver_due(current_app.config)
    click.echo(f"{sent} sent, {failed} not sent.")
    if failed:
        raise SystemExit(1)


groups = (mail_cli,)
