"""Postings of open positions, their JSON-LD, and applying to them.

Services check before they change anything, raise HiringError with a message the applicant
can act on, and leave the commit to the view.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Mapping
from datetime import timedelta
from pathlib import Path

from markupsafe import Markup, escape
from sqlalchemy import select

from hiring.assessments import services as assessments
from hiring.candidates import notices
from hiring.candidates import services as candidate_services
from hiring.candidates.models import Candidate
from hiring.company.models import CompanySettings
from hiring.company.services import display_name
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.jobs.models import Application
from hiring.mail.models import OutboxMessage
from hiring.positions.models import Position

QUESTION = "Which of these results would you reach first, and how?"
ANSWER_MAX_CHARS = 2000
RESUME_MAX_BYTES = 5 * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"
SOURCE = "posting"
# How long search engines may list an open posting before they look again.
LISTING_DAYS = 30

_STEP_WORK = {
    "writing": ("Writing test", "a short business letter or email, written in the portal"),
    "research": ("Company-research exercise",
                 "a profile of our company as if it were your customer, written in the portal"),
}
_LATER_STEPS = [
    ("Structured interview", "with a panel of two or three people, looking forward: "
                             "what would you do, how would you handle it"),
    ("Final presentation", "your research presented to the panel"),
]


class PostingClosed(HiringError):
    """The position no longer takes applications."""


class DuplicateApplication(HiringError):
    """This email has already applied to this position."""


def process_steps(position: Position, ttl_days: int) -> list[tuple[str, str]]:
    """Each step of the process with the time it allows, as the position runs it."""
    steps = []
    for step, (label, work) in _STEP_WORK.items():
        limit = f"the link works for {ttl_days} days"
        try:
            prompt, _ = assessments.setup_for(position.id, step)
        except HiringError:
            prompt = None
        if prompt is not None and assessments.is_timed(position.id, step):
            limit += f"; once you start, you have {prompt.time_limit_minutes} minutes"
        steps.append((label, f"{work}: {limit}."))
    steps.extend((label, f"{work}.") for label, work in _LATER_STEPS)
    return steps


def posting_for(position_id: int) -> Position | None:
    """The position behind a public posting: None when there is none or it is a draft."""
    position = db.session.get(Position, position_id)
    if position is None or position.status == "draft":
        return None
    return position


def open_positions() -> list[Position]:
    return list(db.session.scalars(
        select(Position).where(Position.status == "open").order_by(Position.title)))


def _plain_description(position: Position, company: CompanySettings) -> str:
    """The posting as simple HTML for job search engines: outcomes first."""
    parts = [f"<p>{escape(company.description)}</p>"] if company.description else []
    parts.append("<p>What you will achieve, and by when:</p>")
    if position.outcomes_due:
        parts.append(f"<p>{escape(position.outcomes_due)}:</p>")
    parts.append("<ul>")
    parts.extend(f"<li>{escape(o.text)}</li>" for o in position.outcomes)
    parts.append("</ul>")
    if position.target_market:
        parts.append(f"<p>Target market: {escape(position.target_market)}</p>")
    return "".join(str(p) for p in parts)


def job_posting_data(position: Position, company: CompanySettings, url: str,
                     logo_url: str | None = None) -> dict:
    """schema.org JobPosting for one open position."""
    posted = position.created_at
    organization = {"@type": "Organization", "name": display_name(company)}
    if logo_url:
        organization["logo"] = logo_url
    data: dict = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": position.title,
        "description": _plain_description(position, company),
        "identifier": {"@type": "PropertyValue", "name": display_name(company),
                       "value": str(position.id)},
        "datePosted": posted.date().isoformat(),
        "validThrough": (utcnow() + timedelta(days=LISTING_DAYS)).replace(
            microsecond=0).isoformat(),
        "employmentType": "FULL_TIME",
        "hiringOrganization": organization,
        "directApply": True,
        "url": url,
    }
    if company.location:
        data["jobLocation"] = {"@type": "Place", "address": {
            "@type": "PostalAddress", "addressLocality": company.location}}
    else:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": "US"}
    if position.base_salary is not None:
        value: dict = {"@type": "QuantitativeValue", "unitText": "YEAR"}
        if position.variable_pay:
            value["minValue"] = float(position.base_salary)
            value["maxValue"] = float(position.base_salary + position.variable_pay)
        else:
            value["value"] = float(position.base_salary)
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": "USD", "value": value}
    return data


def json_ld(data: dict) -> Markup:
    """JSON safe inside <script type="application/ld+json">: no <, > or & left to end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def check_resume(data: bytes) -> bytes:
    """A PDF judged by its bytes, at most RESUME_MAX_BYTES."""
    if len(data) > RESUME_MAX_BYTES:
        raise HiringError(f"The résumé is larger than {RESUME_MAX_BYTES // (1024 * 1024)} MB. "
                          "Send a smaller PDF, or apply without it.")
    if not data.startswith(PDF_SIGNATURE):
        raise HiringError("The résumé must be a PDF file. Save it as PDF and try again.")
    return data


def resume_folder(instance_path: str) -> Path:
    return Path(instance_path) / "resumes"


def application_for(candidate_id: int) -> Application | None:
    return db.session.scalar(select(Application).where(
        Application.candidate_id == candidate_id))


def apply(position: Position, *, name: str, email: str, phone: str = "", answer: str,
          consent: bool, resume: bytes | None = None, instance_path: str) -> Candidate:
    """A candidate at Applied with source "posting", their answer and résumé if any."""
    if position.status != "open":
        raise PostingClosed(f"{position.title} is closed and takes no more applications.")
    if not consent:
        raise HiringError("Please confirm you have read the privacy notice.")
    answer = (answer or "").strip()
    if not answer:
        raise HiringError(f"Please answer the question: {QUESTION}")
    if len(answer) > ANSWER_MAX_CHARS:
        raise HiringError(f"Your answer is {len(answer):,} characters; please keep it to "
                          f"{ANSWER_MAX_CHARS:,}.")
    if resume is not None and not position.accepts_resume:
        resume = None
    if resume is not None:
        check_resume(resume)
    try:
        candidate = candidate_services.add_candidate(
            position, name=name, email=email, phone=phone, source=SOURCE)
    except candidate_services.DuplicateCandidate:
        raise DuplicateApplication(
            f"You have already applied for {position.title} with this email address. "
            "We have your application and will be in touch; nothing was changed.") from None
    filename = ""
    if resume is not None:
        folder = resume_folder(instance_path)
        folder.mkdir(parents=True, exist_ok=True)
        filename = f"{secrets.token_hex(16)}.pdf"
        (folder / filename).write_bytes(resume)
    db.session.add(Application(candidate_id=candidate.id, answer=answer,
                               resume_file=filename, consented_at=utcnow()))
    db.session.flush()
    return candidate


def send_acknowledgement(candidate: Candidate) -> OutboxMessage:
    """The confirmation email, in the outbox; the background sender delivers it."""
    return notices.application_received(candidate)


def invite_at_once(candidate: Candidate, config: Mapping,
                   link_for: Callable[[str], str]) -> OutboxMessage:
    """The writing-test invitation, created and delivered as staff would send it."""
    invitation, token = candidate_services.invite(
        candidate, "writing", None, int(config.get("INVITATION_TTL_DAYS") or 14))
    return candidate_services.deliver_invitation(candidate, invitation, link_for(token), config)
