"""Upgrading past 5c0e7a1f3b92: old API tokens keep their access as scopes, and invitation
links kept in the outbox before are redacted."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from flask_migrate import upgrade

from hiring.db import db, utcnow

LINK = "http://portal.example/i/DcWg_8ewtI7cKWVZysSJSMvnEVrACeiUfVe0cdEfNYM"


def test_upgrade_scopes_old_tokens_and_redacts_stored_links(app):
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
        upgrade(revision="d9ff5ecac5db")
        # Only the columns each table had at this revision (the models have more today).
        at = {"at": utcnow(), "until": utcnow() + timedelta(days=3)}
        db.session.execute(sa.text(
            "INSERT INTO position (title, target_market, status, created_at, updated_at) "
            "VALUES ('AE', '', 'open', :at, :at)"), at)
        position_id = db.session.scalar(sa.text("SELECT id FROM position"))
        db.session.execute(sa.text(
            "INSERT INTO candidate (position_id, name, email, phone, source, notes, stage, "
            "created_at, last_activity_at, legal_hold) VALUES (:p, 'Old Link', "
            "'old@example.org', '', '', '', 'applied', :at, :at, 0)"), {"p": position_id, **at})
        candidate_id = db.session.scalar(sa.text("SELECT id FROM candidate"))
        db.session.execute(sa.text(
            "INSERT INTO invitation (candidate_id, step, token_hash, created_at, expires_at) "
            "VALUES (:c, 'writing', :h, :at, :until)"), {"c": candidate_id, "h": "h" * 64, **at})
        invitation_id = db.session.scalar(sa.text("SELECT id FROM invitation"))
        # Only the columns the table had at this revision (the model has more today).
        db.session.execute(sa.text(
            'INSERT INTO outbox_message (candidate_id, invitation_id, "to", subject, body, '
            "created_at, error) VALUES (:c, :i, 'old@example.org', 'Your writing test', "
            ":body, :at, '')"), {"c": candidate_id, "i": invitation_id, "at": utcnow(),
                                 "body": f"Open this link:\n\n{LINK}\n\nThanks"})
        db.session.execute(sa.text(
            "INSERT INTO api_token (name, token_hash, scope, created_at) "
            "VALUES ('Old sync', :hash, 'read', :at)"), {"hash": "t" * 64, "at": utcnow()})
        db.session.commit()
        upgrade()
        scope, expires = db.session.execute(sa.text(
            "SELECT scope, expires_at FROM api_token")).one()
        assert scope == "read:positions read:candidates read:scores" and expires is None
        body = db.session.scalar(sa.text("SELECT body FROM outbox_message"))
        assert LINK not in body and "DcWg_8ew" not in body
        assert "http://portal.example/i/[link not kept" in body
