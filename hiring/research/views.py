"""The fact-sheet editor, its TOML import and export."""

from __future__ import annotations

import re

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_login import current_user

from hiring.actions import attempt
from hiring.analysis.research import (
    SECTIONS,
    Section,
    join_sections,
    section_heading,
    split_sections,
)
from hiring.auth.access import roles_required
from hiring.research import services
from hiring.research.forms import ROW_LISTS, FactSheetForm, ImportForm, form_data

bp = Blueprint("research", __name__, url_prefix="/research")


# For the research sections inside the shared editor (templates/research/_sections.html).
@bp.app_template_global()
def research_sections(text: str) -> list[tuple[Section, str]]:
    """Each section with its body; a text not in the joined form is all in the first one."""
    joined = split_sections(text or "")
    bodies = joined.bodies() if joined else {SECTIONS[0].key: text or ""}
    return [(s, bodies.get(s.key, "")) for s in SECTIONS]


@bp.app_template_global()
def research_heading(section: Section) -> str:
    """The heading line of a section in the joined text."""
    return section_heading(section)


@bp.app_template_global()
def research_company() -> str:
    """The name of the company candidates research: the fact sheet's, or "" without one."""
    record = services.current_record()
    return record.name if record else ""


@bp.app_template_global()
def research_join(parts: list[tuple[Section, str]]) -> str:
    """The joined text of (section, body) pairs."""
    return join_sections({s.key: body for s, body in parts}).text

BLANK_ROWS = {"executives": {"name": "", "title": ""}, "services": {"name": ""},
              "customers": {"name": ""}, "facts": {"text": "", "keywords": ""}}


def _stored_form() -> FactSheetForm:
    record = services.current_record()
    if record is None:
        # A first sheet starts with one empty row of each kind to fill in.
        data = form_data(None)
        for key in ROW_LISTS:
            data[key] = [dict(BLANK_ROWS[key])]
    else:
        data = form_data(_toml_shape(record), record.about_text)
    return FactSheetForm(formdata=None, data=data)


def _toml_shape(record) -> dict:
    return {"company": {"name": record.name, "aliases": record.aliases},
            "executives": record.executives,
            "services": [{"name": n} for n in record.services],
            "customers": [{"name": n} for n in record.customers],
            "facts": record.facts}


def _page(form: FactSheetForm, import_form: ImportForm | None = None, *, focus: str = "",
          problems: list[str] = (), status: int = 200):
    return render_template(
        "research/facts.html", form=form, import_form=import_form or ImportForm(),
        record=services.current_record(), focus=focus, problems=problems,
        blank_rows=BLANK_ROWS), status


@bp.get("/facts")
@roles_required("manager")
def facts():
    return _page(_stored_form())


@bp.post("/facts")
@roles_required("manager")
def save_facts():
    form = FactSheetForm()
    add, remove = request.form.get("add", ""), request.form.get("remove", "")
    if form.validate_on_submit() and (add in ROW_LISTS or remove):
        return _change_rows(form, add, remove)
    if form.errors:
        return _page(form, status=400)
    data, rows = form.sheet_data()
    saved = attempt(lambda: services.save_fact_sheet(data, form.about_text.data or "",
                                                     current_user),
                    "The fact sheet is saved.", categories={services.FactSheetProblems: None})
    if saved:
        return redirect(url_for(".facts"))
    if isinstance(saved.error, services.FactSheetProblems):
        _attach_errors(form, saved.error.problems, rows)
        return _page(form, problems=[services.readable_problem(p)
                                     for p in saved.error.problems], status=400)
    return _page(form, status=400)


def _change_rows(form: FactSheetForm, add: str, remove: str):
    """Add an empty row or remove one, keeping everything typed so far (nothing is saved)."""
    data = {k: v for k, v in form.data.items() if k not in ("csrf_token",)}
    for key in ROW_LISTS:
        data[key] = [{k: v for k, v in row.items() if k != "csrf_token"} for row in data[key]]
    focus = ""
    if add in ROW_LISTS:
        data[add].append(dict(BLANK_ROWS[add]))
        first = next(iter(BLANK_ROWS[add]))
        focus = f"{add}-{len(data[add]) - 1}-{first}"
    else:
        m = re.fullmatch(r"(\w+)-(\d+)", remove)
        if m and m.group(1) in ROW_LISTS and int(m.group(2)) < len(data[m.group(1)]):
            del data[m.group(1)][int(m.group(2))]
            focus = f"add-{m.group(1)}"
    return _page(FactSheetForm(formdata=None, data=data), focus=focus)


def _attach_errors(form: FactSheetForm, problems: list[str], rows: dict[str, list[int]]) -> None:
    """Put each problem on its field, so it is announced with it (aria-invalid)."""
    for problem in problems:
        path, _, message = problem.partition(": ")
        m = re.match(r"(\w+)(?:\[(\d+)\])?(?:\.(\w+))?", path)
        if not m:
            continue
        table, index, attr = m.group(1), m.group(2), m.group(3)
        field = None
        if table == "company":
            field = form.aliases if attr == "aliases" else form.name
        elif table in ROW_LISTS and index is not None and int(index) < len(rows[table]):
            entry = getattr(form, table)[rows[table][int(index)]]
            field = getattr(entry.form, attr or "", None) or next(iter(entry.form))
        if field is not None:
            field.errors = [*field.errors, message]


@bp.post("/facts/import")
@roles_required("manager")
def import_facts():
    import_form = ImportForm()
    if not import_form.validate_on_submit():
        return _page(_stored_form(), import_form, status=400)
    upload = import_form.toml_file.data
    text = import_form.toml_text.data or ""
    if upload and getattr(upload, "filename", ""):
        raw = upload.read(services.MAX_FACT_SHEET_BYTES + 1)
        if len(raw) > services.MAX_FACT_SHEET_BYTES:
            flash(f"Nothing was imported: a fact sheet file holds at most "
                  f"{services.MAX_FACT_SHEET_BYTES:,} bytes.", "error")
            return _page(_stored_form(), import_form, status=400)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            flash("Nothing was imported: the file is not UTF-8 text.", "error")
            return _page(_stored_form(), import_form, status=400)
    if not text.strip():
        flash("Choose a .toml file or paste its text to import.", "error")
        return _page(_stored_form(), import_form, status=400)
    imported = attempt(lambda: services.import_toml(text, current_user),
                       "The fact sheet is imported.",
                       categories={services.FactSheetProblems: None})
    if imported:
        return redirect(url_for(".facts"))
    problems = (imported.error.problems
                if isinstance(imported.error, services.FactSheetProblems) else ())
    return _page(_stored_form(), import_form, problems=problems, status=400)


@bp.get("/facts/export")
@roles_required("manager")
def export_facts():
    exported = attempt(services.export_toml)
    if not exported:
        return redirect(url_for(".facts"))
    return Response(exported.value, mimetype="application/toml", headers={
        "Content-Disposition": 'attachment; filename="fact-sheet.toml"'})
