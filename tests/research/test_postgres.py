"""The fact sheet on PostgreSQL: JSON lists survive the round trip."""

from pathlib import Path

import pytest

from hiring.analysis.research import FactSheet
from hiring.db import db
from hiring.research import services

DEMO_TOML = Path(services.__file__).with_name("demo_facts.toml").read_text(encoding="utf-8")


@pytest.mark.postgres
def test_fact_sheet_round_trips_on_postgres(pg_app):
    with pg_app.app_context():
        services.import_toml(DEMO_TOML, "test")
        db.session.commit()
        db.session.expire_all()
        assert services.current_fact_sheet() == FactSheet.from_toml(DEMO_TOML)
        analysis = services.research_analysis("Harbor Hill Foods ships with Calder.")
        assert analysis["fact_sheet_revision"] == 1
        assert analysis["coverage"]["customers"]["found"][0]["name"] == "Harbor Hill Foods"
