"""Fixtures for the fault tests: a database of each kind, prepared for an assessment day."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'faults.sqlite3'}"
    return request.getfixturevalue("postgres_database")
