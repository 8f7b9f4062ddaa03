"""The fact-sheet editor and the TOML import form."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import FieldList, Form, FormField, StringField, TextAreaField
from wtforms.validators import Length, Optional

ROW_LISTS = ("executives", "services", "customers", "facts")


class ExecutiveRow(Form):
    name = StringField("Name", validators=[Length(max=200)])
    title = StringField("Title", validators=[Length(max=200)])


class NameRow(Form):
    name = StringField("Name", validators=[Length(max=200)])


class FactRow(Form):
    text = TextAreaField("Statement", validators=[Length(max=1000)])
    keywords = TextAreaField("Keywords, one per line", validators=[Length(max=1000)])


class FactSheetForm(FlaskForm):
    name = StringField("Company name", validators=[Length(max=200)])
    aliases = TextAreaField("Other names, one per line", validators=[Optional()])
    executives = FieldList(FormField(ExecutiveRow))
    services = FieldList(FormField(NameRow))
    customers = FieldList(FormField(NameRow))
    facts = FieldList(FormField(FactRow))
    about_text = TextAreaField("The company's own \"about us\" text", validators=[Optional()])

    def sheet_data(self) -> tuple[dict, dict[str, list[int]]]:
        """The TOML shape as plain data, and for each list the form row of each kept entry.

        Rows left entirely blank are dropped (an added row nobody filled in).
        """
        rows: dict[str, list[int]] = {}
        data: dict = {"company": {"name": self.name.data or "",
                                  "aliases": _lines(self.aliases.data)}}
        for key in ROW_LISTS:
            data[key], rows[key] = [], []
            for i, entry in enumerate(getattr(self, key)):
                values = {k: (v or "") for k, v in entry.data.items() if k != "csrf_token"}
                if not any(v.strip() for v in values.values()):
                    continue
                if key == "facts":
                    values["keywords"] = _lines(values["keywords"])
                data[key].append(values)
                rows[key].append(i)
        return data, rows


def form_data(sheet: dict | None, about_text: str = "") -> dict:
    """Initial data for FactSheetForm from the TOML shape as plain data."""
    sheet = sheet or {}
    company = sheet.get("company", {})
    return {
        "name": company.get("name", ""),
        "aliases": "\n".join(company.get("aliases", [])),
        "executives": list(sheet.get("executives", [])),
        "services": list(sheet.get("services", [])),
        "customers": list(sheet.get("customers", [])),
        "facts": [{"text": f.get("text", ""), "keywords": "\n".join(f.get("keywords", []))}
                  for f in sheet.get("facts", [])],
        "about_text": about_text,
    }


def _lines(value: str | None) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class ImportForm(FlaskForm):
    toml_file = FileField("A fact sheet file (.toml)")
    toml_text = TextAreaField("Or paste its text", validators=[Optional()])
