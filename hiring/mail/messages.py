"""What each message says: defaults from messages.toml or an admin's wording, rendered in a
Jinja sandbox into a subject, a plain-text part and an HTML part escaped as a whole."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flask import has_app_context
from jinja2 import TemplateSyntaxError, meta
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from hiring.audit import record
from hiring.company.services import saved as saved_settings
from hiring.db import db
from hiring.errors import HiringError
from hiring.mail.models import MessageWording

DEFAULTS_FILE = Path(__file__).with_name("messages.toml")
DEFAULT_COMPANY = "Our company"


def company_name(config: Mapping) -> str:
    """The company's name as messages show it: the admins' company settings, else the
    `COMPANY_NAME` setting."""
    settings = _company_settings()
    if settings is not None and settings.name:
        return settings.name
    return str(config.get("COMPANY_NAME") or DEFAULT_COMPANY)


def _company_settings():
    """The saved company settings row, or None outside an app or before any is saved."""
    if not has_app_context():
        return None
    return saved_settings()


@dataclass(frozen=True)
class Wording:
    kind: str
    label: str
    variables: tuple[str, ...]
    subject: str
    body: str


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@cache
def defaults() -> dict[str, Wording]:
    data = tomllib.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))
    return {kind: Wording(kind, entry["label"], tuple(entry["variables"]), entry["subject"],
                          entry["body"].strip() + "\n")
            for kind, entry in data.items()}


_text_env = SandboxedEnvironment(autoescape=False, keep_trailing_newline=True)


def wording(kind: str) -> Wording:
    """The admin's wording when there is one, else the default."""
    base = defaults()[kind]
    stored = db.session.get(MessageWording, kind)
    if stored is None:
        return base
    return Wording(kind, base.label, base.variables, stored.subject, stored.body)


def validate(kind: str, subject: str, body: str) -> None:
    """Refuse wording that does not parse or uses a variable the message does not have."""
    allowed = set(defaults()[kind].variables)
    if not subject.strip():
        raise HiringError("Write a subject.")
    if len(subject) > 200:
        raise HiringError("Keep the subject under 200 characters.")
    if not body.strip():
        raise HiringError("Write the message.")
    for label, source in (("subject", subject), ("message", body)):
        try:
            used = meta.find_undeclared_variables(_text_env.parse(source))
        except TemplateSyntaxError as e:
            raise HiringError(f"The {label} has a template error on line {e.lineno}: "
                              f"{e.message}.") from e
        unknown = sorted(used - allowed)
        if unknown:
            raise HiringError(
                f"The {label} uses {{{{ {unknown[0]} }}}}, which this message does not have. "
                f"It can use: {', '.join(sorted(allowed))}.")


def _html(company: str, body_html: str) -> str:
    paragraphs = [p.strip() for p in body_html.split("\n\n") if p.strip()]
    inner = "".join(f"<p>{Markup(p).replace(chr(10), Markup('<br>'))}</p>"
                    for p in paragraphs)
    return (
        '<!doctype html><html><head><meta charset="utf-8"></head>'
        '<body style="margin:0;padding:24px;background:#f6f6f4;'
        'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1b">'
        '<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;'
        'border:1px solid #deded8">'
        f'<p style="font-weight:bold;margin-top:0">{escape(company)}</p>'
        f"{inner}</div></body></html>"
    )


def render_wording(text: Wording | tuple[str, str], variables: Mapping[str, object],
                   company: str) -> Rendered:
    subject_source, body_source = ((text.subject, text.body) if isinstance(text, Wording)
                                   else text)
    values = {**variables, "company": company}
    subject = " ".join(_text_env.from_string(subject_source).render(values).split())
    plain = _text_env.from_string(body_source).render(values)
    # The wording is plain text: in the HTML part everything is escaped, the admin's own
    # text as well as the values filled in.
    html = _html(company, str(escape(plain)))
    return Rendered(subject[:200], plain, html)


def render(kind: str, variables: Mapping[str, object], config: Mapping) -> Rendered:
    """The message `kind` with its variables filled in."""
    return render_wording(wording(kind), variables, company_name(config))


SAMPLE_VALUES = {
    "candidate_name": "Alex Example",
    "recipient_name": "Alex Example",
    "position_title": "Account Executive, Nordics",
    "step": "writing test",
    "link": "https://hiring.example.com/i/sample-link",
    "expires_on": "14 March 2027",
    "starts_at": "Tuesday 9 March 2027, 14:00 UTC",
    "ends_at": "15:00 UTC",
    "location": "Video call",
    "panel": "Sam Manager, Kim Interviewer",
    "reason": "",
}


def sample(kind: str) -> dict[str, object]:
    """Made-up values for a preview."""
    return {name: SAMPLE_VALUES.get(name, name) for name in defaults()[kind].variables
            if name != "company"}


def save_wording(kind: str, subject: str, body: str, actor) -> None:
    """Keep an admin's wording after checking it; the default file is left alone."""
    if kind not in defaults():
        raise HiringError(f"There is no message called '{kind}'.")
    subject, body = subject.strip(), body.replace("\r\n", "\n").strip() + "\n"
    validate(kind, subject, body)
    saved = db.session.get(MessageWording, kind) or MessageWording(kind=kind)
    saved.subject, saved.body = subject, body
    saved.updated_by_id = getattr(actor, "id", None)
    db.session.add(saved)
    db.session.flush()
    record(actor, "mail.wording_saved", "mail_message_wording", None, after={"kind": kind})


def reset_wording(kind: str, actor) -> None:
    """Back to the default wording."""
    saved = db.session.get(MessageWording, kind)
    if saved is None:
        raise HiringError("This message already uses the default wording.")
    db.session.delete(saved)
    db.session.flush()
    record(actor, "mail.wording_reset", "mail_message_wording", None, after={"kind": kind})
