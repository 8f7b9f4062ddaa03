"""What the hot pages send to the database: a bounded number of statements that does not grow
with the candidates shown, no commit on a page that only reads, and on PostgreSQL no
transaction at all for it (each statement on its own, in autocommit)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from hiring.assessments import services as assessments
from hiring.assessments.prompt_files import load_prompts
from hiring.candidates.models import STAGES
from hiring.db import db


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app_config(request):
    if request.param == "sqlite":
        return {}
    return {"SQLALCHEMY_DATABASE_URI": request.getfixturevalue("postgres_database")}


class Sent:
    """Statements (without SQLite's BEGIN) and commits, and whether each statement ran in
    a transaction."""

    def __init__(self, app):
        self.statements: list[tuple[str, bool]] = []
        self.commits = 0
        with app.app_context():
            engine = db.engine
        self.postgres = engine.dialect.name == "postgresql"
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def _statement(self, conn, cursor, statement, parameters, context, executemany):
        if not statement.startswith("BEGIN"):
            driver = conn.connection.dbapi_connection
            in_transaction = not (self.postgres and driver.autocommit)
            self.statements.append((" ".join(statement.split()), in_transaction))

    def _commit(self, conn):
        self.commits += 1

    def during(self, request):
        self.statements.clear()
        self.commits = 0
        response = request()
        assert response.status_code == 200, response.get_data(as_text=True)[:300]
        return self


@pytest.fixture
def sent(app):
    return Sent(app)


@pytest.fixture
def taker(app, make_candidate, candidate_client):
    """A candidate whose writing test has begun."""
    with app.app_context():
        assessments.seed_prompts(load_prompts())
        db.session.commit()
    client = candidate_client(make_candidate(stage="writing"))
    client.post("/assessments/take/writing/begin")
    client.get("/assessments/take/writing")  # the page's header is now kept
    return client


def test_the_test_page_reads_in_one_statement_and_commits_nothing(app, taker, sent):
    sent.during(lambda: taker.get("/assessments/take/writing"))
    # The candidate of the session with the links it opened, the submission with its prompt.
    assert len(sent.statements) == 1, sent.statements
    assert sent.commits == 0
    if sent.postgres:
        assert not any(in_transaction for _, in_transaction in sent.statements)


def test_an_autosave_is_one_guarded_update(app, taker, sent):
    sent.during(lambda: taker.post("/assessments/take/writing/save",
                                   json={"seq": 5, "text": "Dear Ms Okafor,"}))
    # The guarded UPDATE checks the session and its link for the step itself.
    assert len(sent.statements) == 1, sent.statements
    assert sent.statements[0][0].startswith("UPDATE submission")
    assert "login_session" in sent.statements[0][0] and "invitation" in sent.statements[0][0]
    # SQLite: one IMMEDIATE transaction. PostgreSQL: none, the UPDATE commits as it runs.
    assert sent.statements[0][1] == (not sent.postgres)
    assert sent.commits == 1
    assert taker.post("/assessments/take/writing/save", json={"seq": 4, "text": "older"}
                      ).get_json()["status"] == "stale"
    page = taker.get("/assessments/take/writing").get_data(as_text=True)
    assert "Dear Ms Okafor," in page and "older" not in page


def test_board_statements_do_not_grow_with_its_candidates(app, client, login_as,
                                                          make_position, make_candidate, sent):
    login_as("manager")
    small, large = make_position(title="Small"), make_position(title="Large")
    make_candidate(position_id=small, stage="applied")
    for stage in STAGES:  # 12 in each stage: the board shows 10 of every column
        for _ in range(12):
            make_candidate(position_id=large, stage=stage)
    client.get(f"/candidates/positions/{small}/board")  # the page's header is now kept
    few = len(sent.during(lambda: client.get(f"/candidates/positions/{small}/board"))
              .statements)
    sent.during(lambda: client.get(f"/candidates/positions/{large}/board"))
    assert len(sent.statements) == few, sent.statements
    assert len(sent.statements) <= 12, sent.statements
    assert sent.commits == 0
    if sent.postgres:
        assert not any(in_transaction for _, in_transaction in sent.statements)


def test_board_columns_keep_their_sort_order(app, client, login_as, make_position,
                                             make_candidate):
    login_as("manager")
    position_id = make_position()
    for name in ("Cleo", "Abel", "Bea"):
        make_candidate(position_id=position_id, stage="interview", name=name)
    make_candidate(position_id=position_id, stage="applied", name="Zed")
    page = client.get(f"/candidates/positions/{position_id}/board").get_data(as_text=True)
    assert page.index("Zed") < page.index("Abel") < page.index("Bea") < page.index("Cleo")
    newest = client.get(f"/candidates/positions/{position_id}/board?sort=newest")
    html = newest.get_data(as_text=True)
    assert html.index("Bea") < html.index("Abel") < html.index("Cleo")
