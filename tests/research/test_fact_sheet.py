"""The fact sheet: editing in the portal, TOML import and export, the command line."""

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from hiring.analysis.research import FactSheet
from hiring.audit import AuditEvent
from hiring.db import db
from hiring.research import services
from hiring.research.models import CompanyFactSheet

DEMO = Path(services.__file__).with_name("demo_facts.toml")
DEMO_TOML = DEMO.read_text(encoding="utf-8")


def stored(app) -> CompanyFactSheet | None:
    with app.app_context():
        record = services.current_record()
        if record is not None:
            db.session.expunge(record)
        return record


@pytest.fixture
def demo_sheet(app):
    with app.app_context():
        services.import_toml(DEMO_TOML, "test")
        services.current_record().about_text = "Calder moves what matters."
        db.session.commit()


# ------------------------------------------------------------------ services


def test_import_stores_the_sheet_adds_the_prompt_and_audits(app):
    with app.app_context():
        record = services.import_toml(DEMO_TOML, "test")
        db.session.commit()
        assert record.revision == 1
        assert record.to_fact_sheet() == FactSheet.from_toml(DEMO_TOML)
        assert services.ensure_prompt().step == "research"
        event = db.session.scalars(select(AuditEvent)).one()
        assert event.action == "research.fact_sheet_imported"
        assert event.after["executives"] == 5 and "Okafor" not in json.dumps(event.after)


def test_import_with_problems_changes_nothing_and_lists_every_problem(app, demo_sheet):
    broken = '[company]\nname = ""\n[[executives]]\nname = "Ann"\n[[facts]]\ntext = "x"\n'
    with app.app_context():
        with pytest.raises(services.FactSheetProblems) as err:
            services.import_toml(broken, "test")
        db.session.rollback()
    assert err.value.problems == [
        "company.name: required, a non-empty string",
        "executives[0].title: required, a non-empty string",
        "facts[0].keywords: required, a list of non-empty strings",
    ]
    assert "Nothing was imported" in str(err.value)
    record = stored(app)
    assert record.revision == 1 and record.name == "Calder Logistics Group"


def test_reimport_keeps_the_about_text_and_bumps_the_revision(app, demo_sheet):
    with app.app_context():
        record = services.import_toml('[company]\nname = "Calder"\n', "test")
        db.session.commit()
        assert (record.revision, record.name, record.executives) == (2, "Calder", [])
        assert record.about_text == "Calder moves what matters."


def test_export_round_trips_and_needs_a_sheet(app):
    with app.app_context():
        with pytest.raises(services.HiringError, match="no fact sheet"):
            services.export_toml()
        services.import_toml(DEMO_TOML, "test")
        assert FactSheet.from_toml(services.export_toml()) == FactSheet.from_toml(DEMO_TOML)


def test_readable_problem_names_the_row_people_see():
    assert services.readable_problem("executives[1].title: required") == (
        "Executive 2, title: required")
    assert services.readable_problem("company.name: required") == "Company name: required"
    assert services.readable_problem("facts[0].keywords: required") == (
        "Fact 1, keywords: required")


# ------------------------------------------------------------------ pages


def test_only_managers_and_admins_edit_the_sheet(app, client, login_as):
    assert client.get("/research/facts").headers["Location"].startswith("/login")
    login_as("interviewer")
    assert client.get("/research/facts").status_code == 403
    assert client.post("/research/facts", data={"name": "X"}).status_code == 403


def test_a_new_sheet_starts_with_one_row_of_each_kind(app, client, login_as):
    login_as("manager")
    page = client.get("/research/facts").get_data(as_text=True)
    for row in ("executives-0-name", "executives-0-title", "services-0-name",
                "customers-0-name", "facts-0-text", "facts-0-keywords"):
        assert f'id="{row}"' in page
    assert "Nothing is saved yet" in page


def form_of(record_rows: dict) -> dict:
    data = {"name": "Calder Logistics Group", "aliases": "Calder\nCLG", "about_text": "About."}
    data.update(record_rows)
    return data


def test_saving_the_form_stores_the_sheet_and_drops_blank_rows(app, client, login_as):
    login_as("manager")
    response = client.post("/research/facts", data=form_of({
        "executives-0-name": "Adaeze Okafor", "executives-0-title": "Chief Executive Officer",
        "executives-1-name": "", "executives-1-title": "",
        "services-0-name": "FreightView",
        "customers-0-name": "Harbor Hill Foods",
        "facts-0-text": "Calder runs 14 distribution centers.",
        "facts-0-keywords": "14\ndistribution center*\n",
        "save": "1",
    }))
    assert response.headers["Location"].endswith("/research/facts")
    record = stored(app)
    assert record.to_fact_sheet() == FactSheet.from_dict({
        "company": {"name": "Calder Logistics Group", "aliases": ["Calder", "CLG"]},
        "executives": [{"name": "Adaeze Okafor", "title": "Chief Executive Officer"}],
        "services": [{"name": "FreightView"}],
        "customers": [{"name": "Harbor Hill Foods"}],
        "facts": [{"text": "Calder runs 14 distribution centers.",
                   "keywords": ["14", "distribution center*"]}],
    })
    assert record.about_text == "About."
    assert "Revision 1" in client.get("/research/facts").get_data(as_text=True)


def test_saving_with_problems_marks_the_fields_and_changes_nothing(app, client, login_as,
                                                                    demo_sheet):
    login_as("manager")
    response = client.post("/research/facts", data=form_of({
        "executives-0-name": "", "executives-0-title": "",
        "executives-1-name": "Ann Lee", "executives-1-title": "",
        "facts-0-text": "Founded 2004", "facts-0-keywords": "",
        "save": "1",
    }))
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Executive 1, title: required, a non-empty string" in page
    assert "Fact 1, keywords: required" in page
    # The problem sits on the form row the person typed in (row 2, not the blank row 1).
    assert 'id="executives-1-title-error"' in page
    assert 'aria-invalid="true"' in page
    assert stored(app).revision == 1


def test_add_and_remove_rows_keep_what_was_typed(app, client, login_as):
    login_as("manager")
    typed = form_of({"executives-0-name": "Ann Lee", "executives-0-title": "CEO",
                     "services-0-name": "FreightView", "services-1-name": "Dedicated Fleet"})
    page = client.post("/research/facts", data={**typed, "add": "executives"}).get_data(
        as_text=True)
    assert 'value="Ann Lee"' in page and 'value="Dedicated Fleet"' in page
    assert 'id="executives-1-name"' in page
    assert '<input autofocus id="executives-1-name"' in page  # focus goes to the new row
    page = client.post("/research/facts", data={**typed, "remove": "services-0"}).get_data(
        as_text=True)
    assert 'value="FreightView"' not in page and 'value="Dedicated Fleet"' in page
    assert 'id="services-1-name"' not in page
    assert 'id="add-services" class="secondary" autofocus' in page
    assert stored(app) is None  # adding and removing rows saves nothing


def test_import_page_reports_problems_and_accepts_an_upload(app, client, login_as, demo_sheet):
    login_as("manager")
    bad = client.post("/research/facts/import", data={"toml_text": "[company\n"})
    assert bad.status_code == 400
    assert "not valid TOML" in bad.get_data(as_text=True)
    good = client.post("/research/facts/import", content_type="multipart/form-data", data={
        "toml_file": (io.BytesIO(b'[company]\nname = "Calder"\naliases = ["CLG"]\n'),
                      "sheet.toml")})
    assert good.headers["Location"].endswith("/research/facts")
    record = stored(app)
    assert (record.name, record.aliases, record.revision) == ("Calder", ["CLG"], 2)


def test_export_downloads_the_toml(app, client, login_as, demo_sheet):
    login_as("admin")
    response = client.get("/research/facts/export")
    assert response.mimetype == "application/toml"
    assert "attachment" in response.headers["Content-Disposition"]
    assert FactSheet.from_toml(response.get_data(as_text=True)) == FactSheet.from_toml(DEMO_TOML)


# ------------------------------------------------------------------ command line


def test_cli_check_prints_the_contract_json(app, runner, tmp_path):
    profile = tmp_path / "profile.txt"
    profile.write_text("Ms. Okafor, the CFO, told me her kids love FreightView.",
                       encoding="utf-8")
    result = runner.invoke(args=["research", "check", str(profile), "--facts", str(DEMO)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"coverage", "findings"}
    assert data["coverage"]["executives"]["found"][0]["name"] == "Adaeze Okafor"
    assert data["coverage"]["services"]["found"][0]["name"] == "FreightView"
    codes = {(f["code"], f["category"]) for f in data["findings"]}
    assert {("wrong_title", "accuracy"), ("personal_children", "children")} <= codes


def test_cli_check_reports_a_broken_fact_sheet(app, runner, tmp_path):
    (tmp_path / "p.txt").write_text("Hello", encoding="utf-8")
    (tmp_path / "f.toml").write_text("[company]\n", encoding="utf-8")
    result = runner.invoke(args=["research", "check", str(tmp_path / "p.txt"),
                                 "--facts", str(tmp_path / "f.toml")])
    assert result.exit_code != 0
    assert "company.name: required" in result.output


def test_cli_import_and_export(app, runner):
    result = runner.invoke(args=["research", "import-facts", str(DEMO)])
    assert result.exit_code == 0 and "revision 1" in result.output
    exported = runner.invoke(args=["research", "export-facts"])
    assert FactSheet.from_toml(exported.output) == FactSheet.from_toml(DEMO_TOML)


def test_dashboard_links_managers_to_the_fact_sheet(app, client, login_as, demo_sheet):
    login_as("manager")
    page = client.get("/dashboard").get_data(as_text=True)
    assert "Company research" in page
    assert "Calder Logistics Group: 5 executives, 5 services, 5 customers, 8 facts" in page
    client.post("/logout")
    login_as("interviewer", email="i@example.test")
    assert "Company research" not in client.get("/dashboard").get_data(as_text=True)


# ------------------------------------------------------------------ size caps

def many_facts_toml(count: int) -> str:
    facts = "".join(f'\n[[facts]]\ntext = "Calder opened depot {i} in {1900 + i}."\n'
                    f'keywords = ["depot {i}"]\n' for i in range(count))
    return '[company]\nname = "Calder"\n' + facts


def test_an_oversized_file_is_refused_before_it_is_parsed(app, client, login_as, demo_sheet,
                                                          monkeypatch):
    huge = many_facts_toml(3_000)  # the sheet of 12,000 facts made one check take 37 s
    assert len(huge.encode()) > services.MAX_FACT_SHEET_BYTES

    def must_not_parse(text):
        raise AssertionError("parsed an oversized fact sheet")

    monkeypatch.setattr(FactSheet, "from_toml", must_not_parse)
    login_as("manager")
    for data in ({"toml_text": huge},
                 {"toml_file": (io.BytesIO(huge.encode()), "sheet.toml")}):
        response = client.post("/research/facts/import", data=data,
                               content_type="multipart/form-data")
        assert response.status_code == 400
        assert f"at most {services.MAX_FACT_SHEET_BYTES:,}" in response.get_data(as_text=True)
    assert stored(app).revision == 1


def test_more_facts_than_the_cap_are_refused_with_the_limit(app, demo_sheet):
    small = many_facts_toml(services.MAX_FACTS + 1)
    assert len(small.encode()) <= services.MAX_FACT_SHEET_BYTES
    with app.app_context(), pytest.raises(services.HiringError, match=f"the most is "
                                                                       f"{services.MAX_FACTS}"):
        services.import_toml(small, "test")
    assert stored(app).revision == 1


def test_the_editor_refuses_too_many_facts_or_keywords(app, client, login_as, demo_sheet):
    login_as("manager")
    form = {"name": "Calder"}
    for i in range(services.MAX_FACTS + 1):
        form[f"facts-{i}-text"] = f"Calder opened depot {i}."
        form[f"facts-{i}-keywords"] = f"depot {i}"
    response = client.post("/research/facts", data=form)
    assert response.status_code == 400
    assert f"the most is {services.MAX_FACTS}" in response.get_data(as_text=True)
    form = {"name": "Calder", "facts-0-text": "Calder opened a depot.",
            "facts-0-keywords": "\n".join(f"k{i}" for i in range(services.MAX_KEYWORDS + 1))}
    response = client.post("/research/facts", data=form)
    assert response.status_code == 400
    assert f"the most is {services.MAX_KEYWORDS}" in response.get_data(as_text=True)
    assert stored(app).revision == 1


def test_the_cli_check_refuses_an_oversized_fact_sheet(app, runner, tmp_path):
    (tmp_path / "p.txt").write_text("Hello", encoding="utf-8")
    (tmp_path / "f.toml").write_text(many_facts_toml(2_000), encoding="utf-8")
    result = runner.invoke(args=["research", "check", str(tmp_path / "p.txt"),
                                 "--facts", str(tmp_path / "f.toml")])
    assert result.exit_code != 0 and "at most" in result.output
