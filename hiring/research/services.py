"""The fact sheet: saving, TOML import and export, and the research step's analysis."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
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
# The fact sheet's size caps (README "Fact sheet"). Every research answer is checked against
# every fact and name, so they bound the time of that check; they are applied before the
# sheet is parsed or stored.
MAX_FACT_SHEET_BYTES = 32_000  # of the TOML file, or of all the editor's text together
MAX_FACTS = 25
MAX_KEYWORDS = 4  # of one fact
MAX_NAMES = 15  # executives, services and customers, each


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


def _text_bytes(value) -> int:
    """UTF-8 size of every string in plain data (the TOML shape)."""
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass"))
    if isinstance(value, Mapping):
        return sum(_text_bytes(k) + _text_bytes(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return sum(_text_bytes(v) for v in value)
    return 0


def check_sheet_size(data: Mapping) -> None:
    """Refuse a sheet over the caps, before anything validates or parses its entries."""
    size = _text_bytes(data)
    if size > MAX_FACT_SHEET_BYTES:
        raise HiringError(f"The fact sheet holds {size:,} bytes of text; the most is "
                          f"{MAX_FACT_SHEET_BYTES:,}. Shorten or remove some entries.")
    for table, most, label in (("facts", MAX_FACTS, "facts"),
                               ("executives", MAX_NAMES, "executives"),
                               ("services", MAX_NAMES, "services"),
                               ("customers", MAX_NAMES, "customers")):
        rows = data.get(table)
        if isinstance(rows, list | tuple) and len(rows) > most:
            raise HiringError(f"The fact sheet lists {len(rows):,} {label}; the most is "
                              f"{most:,}. Keep the ones a good answer should mention.")
    for i, fact in enumerate(data.get("facts") or ()):
        keywords = fact.get("keywords") if isinstance(fact, Mapping) else getattr(
            fact, "keywords", None)
        if isinstance(keywords, list | tuple) and len(keywords) > MAX_KEYWORDS:
            raise HiringError(f"Fact {i + 1} has {len(keywords)} keywords; the most is "
                              f"{MAX_KEYWORDS}. Keep the words an answer must use.")


def save_fact_sheet(data: Mapping, about_text: str, actor) -> CompanyFactSheet:
    """Replace the fact sheet with `data` (the TOML shape as plain data) and the about text."""
    if len(about_text) > MAX_ABOUT:
        raise HiringError(f"The about text is longer than {MAX_ABOUT:,} characters; shorten it.")
    check_sheet_size(data)
    sheet = _validated(data)
    return _store(sheet, about_text.strip(), actor, "research.fact_sheet_saved")


def fact_sheet_from_toml(text: str) -> FactSheet:
    """Parse a fact sheet file, refusing one over the size caps before parsing it."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FACT_SHEET_BYTES:
        raise HiringError(f"Nothing was imported: the file has {size:,} bytes; a fact sheet "
                          f"holds at most {MAX_FACT_SHEET_BYTES:,}.")
    try:
        sheet = FactSheet.from_toml(text)
    except FactSheetError as e:
        raise FactSheetProblems(
            "Nothing was imported. The file has these problems: " + "; ".join(e.problems),
            e.problems,
        ) from e
    check_sheet_size({"facts": sheet.facts, "executives": sheet.executives,
                      "services": sheet.services, "customers": sheet.customers})
    return sheet


def import_toml(text: str, actor) -> CompanyFactSheet:
    """Replace the fact sheet with a TOML file's; on any problem nothing changes."""
    sheet = fact_sheet_from_toml(text)
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


@dataclass(frozen=True)
class ResearchContext:
    """The stored sheet as plain values, so the check can run with no transaction open."""

    sheet: FactSheet
    about_text: str
    revision: int | None


def research_context() -> ResearchContext:
    """The stored fact sheet, about text and revision."""
    record = current_record()
    if record is None:
        return ResearchContext(FactSheet(name=""), "", None)
    return ResearchContext(record.to_fact_sheet(), record.about_text or "", record.revision)


def research_analysis(text: str, context: ResearchContext | None = None) -> dict:
    """Coverage, findings and measures of a research submission against the stored sheet."""
    context = context or research_context()
    result = check(text, context.sheet, about_text=context.about_text)
    data = result.to_dict()
    data["measures"] = dict(result.measures)
    data["fact_sheet_revision"] = context.revision
    if result.sections is not None:
        for finding in data["findings"]:
            located = result.locate(finding["start"], finding["end"])
            finding["section"] = located[0] if located else None
    return data
