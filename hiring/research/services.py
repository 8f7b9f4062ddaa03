"""The fact sheet: saving, TOML import and export, and the research step's analysis."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from hiring import audit
from hiring.analysis.research import FactSheet, FactSheetError, check
from hiring.assessments.models import Prompt
from hiring.assessments.prompt_files import load_prompt
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.research.models import CompanyFactSheet

PROMPT_FILE = Path(__file__).with_name("prompts") / "company-research.toml"
MAX_ABOUT = 20_000  # characters of the company's about text


def current_record() -> CompanyFactSheet | None:
    """The stored fact sheet row, if the company has one."""
    return db.session.scalar(select(CompanyFactSheet).order_by(CompanyFactSheet.id).limit(1))


def current_fact_sheet() -> FactSheet | None:
    """The stored fact sheet as a FactSheet."""
    record = current_record()
    return record.to_fact_sheet() if record else None


def readable_problem(problem: str) -> str:
    """'executives[1].title: required' -> 'Executive 2, title: required'."""
    labels = {"executives": "Executive", "services": "Service", "customers": "Customer",
              "facts": "Fact"}

    def row(m: re.Match) -> str:
        return f"{labels.get(m.group(1), m.group(1))} {int(m.group(2)) + 1}"

    text = re.sub(r"\b(executives|services|customers|facts)\[(\d+)\]", row, problem)
    text = re.sub(r"^company\.name\b", "Company name", text)
    text = re.sub(r"^company\.aliases\[(\d+)\]", lambda m: f"Alias {int(m.group(1)) + 1}", text)
    return text.replace(".", ", ", 1) if re.match(r"^\w+ \d+\.", text) else text


class FactSheetProblems(HiringError):
    """A fact sheet was refused; `problems` keeps every problem with its key path."""

    def __init__(self, message: str, problems: list[str]):
        super().__init__(message)
        self.problems = problems


def _validated(data: Mapping) -> FactSheet:
    try:
        return FactSheet.from_dict(data)
    except FactSheetError as e:
        raise FactSheetProblems(
            "The fact sheet was not saved: " + "; ".join(readable_problem(p) for p in e.problems),
            e.problems,
        ) from e


def save_fact_sheet(data: Mapping, about_text: str, actor) -> CompanyFactSheet:
    """Replace the fact sheet with `data` (the TOML shape as plain data) and the about text."""
    sheet = _validated(data)
    if len(about_text) > MAX_ABOUT:
        raise HiringError(f"The about text is longer than {MAX_ABOUT:,} characters; shorten it.")
    return _store(sheet, about_text.strip(), actor, "research.fact_sheet_saved")


def import_toml(text: str, actor) -> CompanyFactSheet:
    """Replace the fact sheet with a TOML file's; on any problem nothing changes."""
    try:
        sheet = FactSheet.from_toml(text)
    except FactSheetError as e:
        raise FactSheetProblems(
            "Nothing was imported. The file has these problems: " + "; ".join(e.problems),
            e.problems,
        ) from e
    record = current_record()
    return _store(sheet, record.about_text if record else "", actor, "research.fact_sheet_imported")


def export_toml() -> str:
    """The stored fact sheet in the TOML shape import_toml() reads."""
    sheet = current_fact_sheet()
    if sheet is None:
        raise HiringError("There is no fact sheet to export yet.")
    return sheet.to_toml()


def _store(sheet: FactSheet, about_text: str, actor, action: str) -> CompanyFactSheet:
    record = current_record()
    if record is None:
        record = CompanyFactSheet(revision=0)
        db.session.add(record)
    record.load(sheet)
    record.about_text = about_text
    record.revision = (record.revision or 0) + 1
    record.updated_at = utcnow()
    record.updated_by_id = getattr(actor, "id", None)
    ensure_prompt()
    db.session.flush()
    audit.record(actor, action, "fact_sheet", record.id, after={
        "revision": record.revision, "executives": len(sheet.executives),
        "services": len(sheet.services), "customers": len(sheet.customers),
        "facts": len(sheet.facts)})
    return record


def ensure_prompt() -> Prompt:
    """The research step's prompt in the library, added from prompts/ when missing."""
    prompt = db.session.scalar(
        select(Prompt).where(Prompt.step == "research").order_by(Prompt.id).limit(1))
    if prompt is None:
        spec = load_prompt(PROMPT_FILE)
        prompt = Prompt(
            slug=spec.id, step="research", title=spec.title, reader=spec.reader,
            situation=spec.situation, goal=spec.goal, instructions=spec.instructions,
            word_min=spec.word_min, word_max=spec.word_max,
            time_limit_minutes=spec.time_limit_minutes, is_email=False, allowed_words=[])
        db.session.add(prompt)
        db.session.flush()
    return prompt


def research_analysis(text: str) -> dict:
    """Coverage, findings and measures of a research submission against the stored sheet."""
    record = current_record()
    sheet = record.to_fact_sheet() if record else FactSheet(name="")
    result = check(text, sheet, about_text=record.about_text if record else "")
    data = result.to_dict()
    data["measures"] = dict(result.measures)
    data["fact_sheet_revision"] = record.revision if record else None
    if result.sections is not None:
        for finding in data["findings"]:
            located = result.locate(finding["start"], finding["end"])
            finding["section"] = located[0] if located else None
    return data
