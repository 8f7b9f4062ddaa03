"""Sales-hiring portal: the application factory."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, g, request

ROOT = Path(__file__).resolve().parent.parent


def create_app(test_config: dict | None = None) -> Flask:
    from hiring import cli, config, errors, registry, security
    from hiring.auth.access import login_manager
    from hiring.db import db
    from hiring.db import init_app as init_db
    from hiring.inputs import IdConverter

    instance_path = ((test_config or {}).get("INSTANCE_PATH")
                     or os.environ.get("HIRING_INSTANCE_PATH") or str(ROOT / "instance"))
    app = Flask(__name__, instance_path=instance_path, template_folder=str(ROOT / "templates"),
                static_folder=str(ROOT / "static"))
    app.config.from_mapping(config.DEFAULTS)
    app.config.update(config.from_environment())
    if test_config:
        app.config.update(test_config)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config["SQLALCHEMY_DATABASE_URI"] = config.database_uri(app.config, app.instance_path)
    app.config["SECRET_KEY"] = config.secret_key(app.config, app.instance_path)
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = config.engine_options(
        app.config["SQLALCHEMY_DATABASE_URI"], app.config["SQLALCHEMY_ENGINE_OPTIONS"],
        app.config)
    production = app.config["HIRING_ENV"] == "production"
    if production:
        app.config["SESSION_COOKIE_SECURE"] = True

    if app.config.get("PROXY_COUNT"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        # Behind N trusted reverse proxies: client address and scheme from X-Forwarded-*.
        count = int(app.config["PROXY_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)
    _check_rubrics(app)
    init_db(app)
    _check_database_version(app)
    security.init_app(app)
    login_manager.init_app(app)
    errors.register_error_pages(app)
    _register_models()
    # Before any blueprint: every <int:...> in an address refuses ids no row can have.
    app.url_map.converters["int"] = IdConverter
    for module in registry.modules("views"):
        app.register_blueprint(module.bp)
    cli.register(app, registry.modules("cli"))
    _register_request_hooks(app)
    _register_template_helpers(app)

    from flask_migrate import Migrate

    Migrate(app, db, directory=str(ROOT / "migrations"), render_as_batch=True,
            compare_type=True)
    return app


def _check_rubrics(app: Flask) -> None:
    """A broken rubric or questionnaire stops start-up with the list of every problem."""
    from hiring.errors import ConfigurationError
    from hiring.rubrics import DEFAULT_DIRECTORY, RubricError, load_rubrics
    from hiring.suitability.questionnaire import QuestionnaireError, load_questionnaires

    directory = Path(app.config.get("RUBRICS_DIRECTORY") or DEFAULT_DIRECTORY)
    try:
        load_rubrics(directory)
    except RubricError as error:
        raise ConfigurationError(f"a rubric file is broken:\n{error}") from error
    try:
        load_questionnaires(directory / "questionnaires")
    except QuestionnaireError as error:
        problems = "\n".join(error.problems)
        raise ConfigurationError(f"a questionnaire file is broken:\n{problems}") from error


def _check_database_version(app: Flask) -> None:
    """A database older than release 0.1.0 cannot be served or upgraded: say so at start-up
    and on every page, instead of failing on the first query."""
    from hiring.db import db
    from hiring.upgrades import check_at_start

    with app.app_context():
        message = check_at_start(db.engine)
    if message is None:
        return
    import click

    command = click.get_current_context(silent=True)
    if command is None or command.info_name == "run":
        # A server starting; other `flask` commands report it themselves (`db upgrade` does).
        app.logger.error(message)
    app.extensions["stranded_database"] = message

    @app.before_request
    def refuse_stranded_database():
        return app.response_class(message, 503, mimetype="text/plain")


def _register_models() -> None:
    # Every table must be known before create_all, Alembic's autogenerate or a query joins it.
    from hiring import registry

    registry.modules("models")


def _register_request_hooks(app: Flask) -> None:
    from hiring.db import draft_writes, immediate_transactions, standalone_writes

    @app.before_request
    def choose_transaction_mode():
        view = app.view_functions.get(request.endpoint) if request.endpoint else None
        reads_only = request.method in {"GET", "HEAD", "OPTIONS"} and not getattr(
            view, "writes", False)
        g.transaction_mode_token = immediate_transactions.set(not reads_only)
        g.standalone_writes_token = standalone_writes.set(
            getattr(view, "standalone_writes", False))
        g.draft_writes_token = draft_writes.set(getattr(view, "draft_writes", False))

    @app.teardown_request
    def restore_transaction_mode(exc):
        token = g.pop("transaction_mode_token", None)
        if token is not None:
            immediate_transactions.reset(token)
        token = g.pop("standalone_writes_token", None)
        if token is not None:
            standalone_writes.reset(token)
        token = g.pop("draft_writes_token", None)
        if token is not None:
            draft_writes.reset(token)


def _register_template_helpers(app: Flask) -> None:
    from hiring.candidates.access import current_candidate
    from hiring.pagination import title_suffix

    @app.context_processor
    def helpers():
        return {
            "has_endpoint": lambda endpoint: endpoint in app.view_functions,
            "current_candidate": current_candidate,
            "title_suffix": lambda: title_suffix(request.args),
        }
