"""Export, erasure (no trace left in any table) and the retention purge."""

import json
from datetime import timedelta

from sqlalchemy import select

from hiring.audit import AuditEvent
from hiring.candidates import services
from hiring.candidates.models import AnonymousScore, Candidate
from hiring.db import db, utcnow
from hiring.mail.models import OutboxMessage

NAME, EMAIL = "Zebulon Quartermaine", "zebulon.q@example.org"


def _seed_everything(app, make_candidate, make_user, invite, candidate_client):
    candidate_id = make_candidate(name=NAME, email=EMAIL, phone="+1 555 010 0199",
                                  notes=f"Met {NAME} at the fair")
    manager_id = make_user("manager")
    invite(candidate_id, "writing")
    candidate_client(candidate_id, "research")  # leaves a candidate session row
    from hiring.auth.models import User

    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        manager = db.session.get(User, manager_id)
        services.add_note(candidate, f"{NAME} writes well", manager)
        services.screen_out(candidate, "other", f"{NAME} asked to pause", manager)
        services.reverse_screen_out(candidate, "resumed", manager)
        services.suggest_screen_out(candidate, "writing", 1.0,
                                    [{"label": "Quote", "detail": f"I am {NAME}"}])
        invitation = candidate.invitations[0]
        services.deliver_invitation(candidate, invitation, "http://x/i/tok", {})
        db.session.commit()
    return candidate_id, manager_id


def _traces(needles):
    found = []
    for table in db.metadata.sorted_tables:
        for row in db.session.execute(select(table)):
            blob = json.dumps([str(v) for v in row], ensure_ascii=False).lower()
            found.extend((table.name, n) for n in needles if n.lower() in blob)
    return found


def test_export_holds_every_record_and_is_audited(app, make_candidate, make_user, invite,
                                                 candidate_client):
    candidate_id, _ = _seed_everything(app, make_candidate, make_user, invite,
                                       candidate_client)
    with app.app_context():
        data = services.export_candidate(db.session.get(Candidate, candidate_id), "cli")
        db.session.commit()
        text = json.dumps(data)
        assert data["candidate"]["email"] == EMAIL
        for table in ("note", "screen_out", "screen_out_suggestion", "outbox_message",
                      "invitation"):
            assert data["records"][table], table
        assert "token_hash" not in text
        assert any(e["action"] == "candidate.stage_changed" or e["action"] ==
                   "candidate.screened_out" for e in data["audit_log"])
        assert db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "candidate.exported")).one().candidate_id == candidate_id


def test_export_cli_writes_json(app, runner, make_candidate):
    candidate_id = make_candidate(name=NAME, email=EMAIL)
    result = runner.invoke(args=["candidates", "export", str(candidate_id)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["candidate"]["name"] == NAME
    missing = runner.invoke(args=["candidates", "export", "999999"])
    assert missing.exit_code != 0 and "no candidate 999999" in missing.output


def test_erasure_leaves_no_trace_in_any_table(app, make_candidate, make_user, invite,
                                              candidate_client, monkeypatch):
    candidate_id, manager_id = _seed_everything(app, make_candidate, make_user, invite,
                                                candidate_client)
    monkeypatch.setattr(services.records, "anonymous_scores", lambda c: [
        {"kind": "writing", "score": 2.5, "rubric_id": "business-letter", "rubric_version": 1}])
    with app.app_context():
        assert _traces([NAME, EMAIL, "555 010 0199"])  # the scan does find the person first
        services.erase_candidate(db.session.get(Candidate, candidate_id), "cli")
        db.session.commit()
    with app.app_context():
        assert _traces([NAME, EMAIL, "555 010 0199", "Zebulon", "Quartermaine"]) == []
        tables = [t for t in db.metadata.sorted_tables if "candidate_id" in t.c
                  and t.name != "audit_event"]
        for table in tables:
            rows = db.session.execute(select(table).where(table.c.candidate_id == candidate_id))
            assert rows.first() is None, table.name
        kept = db.session.scalars(select(AnonymousScore)).one()
        assert (kept.kind, kept.score, kept.rubric_id) == ("writing", 2.5, "business-letter")
        erased = db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "candidate.erased")).one()
        assert erased.candidate_id == candidate_id and erased.actor_label == "cli"


def test_legal_hold_blocks_erasure(app, make_candidate):
    candidate_id = make_candidate(legal_hold=True)
    with app.app_context():
        import pytest

        from hiring.errors import HiringError

        with pytest.raises(HiringError, match="legal hold"):
            services.erase_candidate(db.session.get(Candidate, candidate_id), "cli")


def test_retention_purge_cli(app, runner, make_candidate, make_position):
    position_id = make_position()
    old = utcnow() - timedelta(days=400)
    due = make_candidate(position_id, stage="screened_out", last_activity_at=old)
    hired = make_candidate(position_id, stage="hired", last_activity_at=old)
    held = make_candidate(position_id, legal_hold=True, last_activity_at=old)
    recent = make_candidate(position_id, last_activity_at=utcnow() - timedelta(days=10))

    dry = runner.invoke(args=["retention", "purge", "--older-than", "180d", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "Would erase 1 candidate " in dry.output and f"candidate {due}" in dry.output
    with app.app_context():
        assert db.session.get(Candidate, due) is not None

    done = runner.invoke(args=["retention", "purge", "--older-than", "6m"])
    assert done.exit_code == 0, done.output
    with app.app_context():
        left = set(db.session.scalars(select(Candidate.id)))
        assert left == {hired, held, recent}
        assert db.session.scalars(select(AuditEvent).where(
            AuditEvent.action == "candidate.erased")).one().actor_label == "retention"

    bad = runner.invoke(args=["retention", "purge", "--older-than", "soon"])
    assert bad.exit_code != 0 and "not a period" in bad.output


def test_outbox_keeps_message_when_smtp_is_not_configured(app, make_candidate, invite):
    candidate_id = make_candidate(name=NAME, email=EMAIL)
    invite(candidate_id, "writing")
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        message = services.deliver_invitation(candidate, candidate.invitations[0],
                                              "http://portal/i/abc", {"MAIL_SERVER": None})
        db.session.commit()
        kept = db.session.get(OutboxMessage, message.id)
        assert kept.sent_at is None and "http://portal/i/abc" not in kept.body
        assert "http://portal/i/[link not kept" in kept.body
        assert kept.to == EMAIL


def test_smtp_failure_is_kept_with_its_reason(app, make_candidate, invite):
    from hiring.mail import sending

    candidate_id = make_candidate()
    invite(candidate_id, "writing")
    # Port 9 on localhost: nothing listens, so the connection is refused at once.
    config = {**app.config, "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": 9, "MAIL_TIMEOUT": 2,
              "MAIL_USE_TLS": False}
    with app.app_context():
        candidate = db.session.get(Candidate, candidate_id)
        message = services.deliver_invitation(
            candidate, candidate.invitations[0], "http://portal/i/abc", config)
        db.session.commit()
        assert sending.deliver(message.id, config) is False
        kept = db.session.get(OutboxMessage, message.id)
        assert kept.sent_at is None and "ConnectionRefusedError" in kept.error
        assert kept.attempts == 1 and kept.next_try_at is not None


def test_erasure_keeps_written_work_scores_without_the_person(app, make_candidate, make_user):
    from hiring.assessments.models import Review, Submission

    candidate_id = make_candidate(name=NAME, email=EMAIL)
    reviewer_id = make_user("interviewer")
    with app.app_context():
        submission = Submission(candidate_id=candidate_id, step="writing", code="W-ERASE",
                                time_limit_minutes=45, text=f"Dear Sir, I am {NAME}.",
                                final_score=2.75, rubric_id="business-writing")
        db.session.add(submission)
        db.session.flush()
        db.session.add(Review(candidate_id=candidate_id, submission_id=submission.id,
                              reviewer_id=reviewer_id, rubric_id="business-writing",
                              rubric_version=3, rubric_digest="d" * 64, ratings={"tone": 2},
                              score=2.75))
        db.session.commit()
        services.erase_candidate(db.session.get(Candidate, candidate_id), "cli")
        db.session.commit()
        assert _traces([NAME, EMAIL]) == []
        assert db.session.scalars(select(Submission)).first() is None
        assert db.session.scalars(select(Review)).first() is None
        kept = db.session.scalars(select(AnonymousScore)).one()
        assert (kept.kind, kept.score, kept.rubric_id, kept.rubric_version) == (
            "writing", 2.75, "business-writing", 3)


def test_erasure_asks_every_package_to_forget_files(app, make_candidate, monkeypatch):
    import types

    forgotten = []
    fake = types.SimpleNamespace(forget=lambda c: forgotten.append((c.id, c.name)))
    from hiring import registry

    real_modules = registry.modules
    monkeypatch.setattr(registry, "modules",
                        lambda kind: [fake] if kind == "privacy" else real_modules(kind))
    candidate_id = make_candidate(name=NAME)
    with app.app_context():
        services.erase_candidate(db.session.get(Candidate, candidate_id), "cli")
        db.session.commit()
    assert forgotten == [(candidate_id, NAME)]


def test_privacy_modules_are_discovered():
    from hiring import registry

    names = {module.__name__ for module in registry.modules("privacy")}
    assert "hiring.assessments.privacy" in names
