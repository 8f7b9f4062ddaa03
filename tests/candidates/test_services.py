"""Candidate services: adding, importing, the pipeline, gates, notes and the timeline."""

import pytest
from sqlalchemy import select

from hiring.audit import AuditEvent
from hiring.auth.models import User
from hiring.candidates import services
from hiring.candidates.models import Candidate, ScreenOut
from hiring.db import db
from hiring.errors import HiringError
from hiring.positions.models import Position


@pytest.fixture
def ctx(app, make_position, make_user):
    position_id = make_position()
    user_id = make_user("manager")
    with app.app_context():
        yield db.session.get(Position, position_id), db.session.get(User, user_id)


def test_add_candidate_normalises_and_refuses_duplicates(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="  Ada  Lovelace ", email="Ada@Example.com",
                                       phone="+44 20 7946 0958", actor=manager)
    db.session.commit()
    assert (candidate.name, candidate.email, candidate.stage) == (
        "Ada Lovelace", "ada@example.com", "applied")
    with pytest.raises(services.DuplicateCandidate) as caught:
        services.add_candidate(position, name="Ada again", email="ADA@example.com",
                               actor=manager)
    assert caught.value.existing_id == candidate.id
    with pytest.raises(HiringError, match="not a valid email"):
        services.add_candidate(position, name="Bob", email="bob@", actor=manager)


def test_import_is_all_or_nothing_and_checks_the_database(ctx):
    position, manager = ctx
    services.add_candidate(position, name="Existing", email="taken@example.com", actor=manager)
    db.session.commit()
    bad = "name,email\nNew One,new1@example.com\nDup,taken@example.com\nNo Email,\n"
    result = services.import_candidates(position, bad, manager)
    assert not result.ok
    assert {(e.line, e.column) for e in result.errors} == {(3, "email"), (4, "email")}
    count = db.session.scalar(select(db.func.count()).select_from(Candidate))
    assert count == 1

    good = "Full name,E-mail\nNew One,new1@example.com\nNew Two,new2@example.com\n"
    assert services.import_candidates(position, good, manager).ok
    db.session.commit()
    names = set(db.session.scalars(select(Candidate.name)))
    assert names == {"Existing", "New One", "New Two"}


def test_moves_are_audited_with_before_and_after(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="A", email="a@example.com", actor=manager)
    services.move_candidate(candidate, "writing", manager)
    db.session.commit()
    event = db.session.scalars(select(AuditEvent).where(
        AuditEvent.action == "candidate.stage_changed")).one()
    assert (event.before, event.after, event.actor_id) == (
        {"stage": "applied"}, {"stage": "writing"}, manager.id)
    with pytest.raises(HiringError, match="Decision"):
        services.move_candidate(candidate, "hired", manager)


def test_screen_out_and_reversal_are_both_recorded(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="A", email="a@example.com", actor=manager)
    services.move_candidate(candidate, "research", manager)
    with pytest.raises(HiringError, match="Explain"):
        services.screen_out(candidate, "other", "", manager)
    assert candidate.stage == "research"
    services.screen_out(candidate, "outcomes", "Will not commit to the billing target", manager)
    assert candidate.stage == "screened_out"
    with pytest.raises(HiringError, match="Reverse"):
        services.move_candidate(candidate, "interview", manager)
    services.reverse_screen_out(candidate, "Second reviewer disagreed", manager)
    db.session.commit()
    assert candidate.stage == "research"
    entry = db.session.scalars(select(ScreenOut)).one()
    assert (entry.stage, entry.reason, entry.by_id) == ("research", "outcomes", manager.id)
    assert entry.reversed_by_id == manager.id and entry.reversed_at is not None
    with pytest.raises(HiringError, match="not screened out"):
        services.reverse_screen_out(candidate, "", manager)


def test_gate_suggestion_blocks_interview_until_decided(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="A", email="a@example.com", actor=manager)
    services.move_candidate(candidate, "writing", manager)
    assert services.suggest_screen_out(candidate, "writing", 3.1, [], pass_threshold=3.0) is None
    suggestion = services.suggest_screen_out(
        candidate, "writing", 2.0, [{"label": "Spelling", "detail": "14 misspelled words"}],
        pass_threshold=3.0)
    again = services.suggest_screen_out(candidate, "writing", 1.5, [], pass_threshold=3.0)
    assert again.id == suggestion.id and again.score == 1.5
    with pytest.raises(HiringError, match="gate suggests"):
        services.move_candidate(candidate, "interview", manager)
    services.resolve_suggestion(suggestion, False, "", manager)
    services.move_candidate(candidate, "interview", manager)
    assert candidate.stage == "interview"
    with pytest.raises(HiringError, match="already decided"):
        services.resolve_suggestion(suggestion, True, "", manager)


def test_confirmed_suggestion_screens_out_with_the_step_as_reason(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="A", email="a@example.com", actor=manager)
    suggestion = services.suggest_screen_out(candidate, "research", 1.0, [])
    services.resolve_suggestion(suggestion, True, "", manager)
    assert candidate.stage == "screened_out"
    assert services.current_screen_out(candidate).reason == "research"


def test_timeline_is_newest_first_and_includes_notes(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="A", email="a@example.com", actor=manager)
    services.move_candidate(candidate, "writing", manager)
    services.add_note(candidate, "Strong opening paragraph", manager)
    services.invite(candidate, "writing", manager, 14)
    db.session.commit()
    titles = [entry.title for entry in services.timeline(candidate)]
    assert titles[0] == "Invitation link created"
    assert titles[-1] == "Added to the position"
    assert "Note" in titles and "Moved" in titles
    times = [entry.at for entry in services.timeline(candidate)]
    assert times == sorted(times, reverse=True)


def test_board_counts_filters_sorts_and_pages(ctx):
    position, manager = ctx
    for i, name in enumerate(["Cleo", "ann", "Bea", "Dan"]):
        c = services.add_candidate(position, name=name, email=f"p{i}@example.com", actor=manager)
        if name == "Dan":
            services.move_candidate(c, "writing", manager)
    db.session.commit()
    columns = {c.stage.value: c for c in services.board(position.id)}
    assert columns["applied"].count == 3 and columns["writing"].count == 1
    assert [c.name for c in columns["applied"].candidates] == ["Bea", "Cleo", "ann"]
    (only,) = services.board(position.id, stage="applied", sort="newest", page=2, per_page=2)
    assert [c.name for c in only.candidates] == ["Cleo"]
    found = {c.stage.value: c.count for c in services.board(position.id, search="AN")}
    assert found["applied"] == 1 and found["writing"] == 1


def test_blind_code_is_stable_and_reveals_nothing():
    code = services.blind_code(7, "secret")
    assert code == services.blind_code(7, "secret")
    assert code != services.blind_code(8, "secret")
    assert code != services.blind_code(7, "other")
    assert code.startswith("C-") and len(code) == 8


def test_an_invalid_email_reads_as_sentences_without_a_doubled_full_stop(ctx):
    position, manager = ctx
    with pytest.raises(HiringError) as caught:
        services.add_candidate(position, name="Bob", email="bob@example", actor=manager)
    message = str(caught.value)
    assert message == ("'bob@example' is not a valid email address: The part after the "
                       "@-sign is not valid. It should have a period.")


def test_sentences_keep_their_own_capitals_and_end_with_one_full_stop():
    from hiring.errors import HiringError, sentence

    assert sentence("a reason. It should have a period.") == "A reason. It should have a period."
    assert sentence("no full stop") == "No full stop."
    assert sentence("Is it? ") == "Is it?"
    assert str(HiringError("Rate every criterion: Tone..")) == "Rate every criterion: Tone."
    assert str(HiringError("And so on...")) == "And so on..."


def _research_handed_in(candidate, score):
    from hiring.assessments.models import Submission
    from hiring.db import utcnow

    db.session.add(Submission(candidate_id=candidate.id, step="research", code=f"R-T{score}",
                              rubric_id="company-research", time_limit_minutes=60,
                              submitted_at=utcnow(), final_score=score))
    db.session.flush()


def test_an_exercise_reason_is_checked_against_what_happened(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="Nia Never", email="n@example.com",
                                       actor=manager)
    services.move_candidate(candidate, "research", manager)
    with pytest.raises(HiringError) as caught:
        services.screen_out(candidate, "research", "", manager)
    assert str(caught.value).startswith(
        "Nia Never has not handed in the research exercise, so it cannot be below the bar.")
    assert candidate.stage == "research"
    _research_handed_in(candidate, 72.5)
    with pytest.raises(HiringError, match="scored 72.5, which meets the pass mark"):
        services.screen_out(candidate, "research", "", manager)
    with pytest.raises(HiringError, match="has not handed in the writing test"):
        services.screen_out(candidate, "writing", "", manager)
    assert candidate.stage == "research"


def test_an_exercise_below_the_bar_is_a_valid_reason(ctx):
    position, manager = ctx
    candidate = services.add_candidate(position, name="Lou Low", email="l@example.com",
                                       actor=manager)
    services.move_candidate(candidate, "research", manager)
    _research_handed_in(candidate, 41)
    services.screen_out(candidate, "research", "", manager)
    assert candidate.stage == "screened_out"


def test_a_knockout_reason_needs_a_knockout_not_met(ctx):
    from datetime import UTC, datetime

    from hiring.suitability.models import PreferenceResponse

    position, manager = ctx
    candidate = services.add_candidate(position, name="Kit Knock", email="k@example.com",
                                       actor=manager)
    with pytest.raises(HiringError, match="has not handed in the work-preference"):
        services.screen_out(candidate, "preferences", "", manager)
    response = PreferenceResponse(candidate_id=candidate.id, questionnaire_id="work-preferences",
                                  questionnaire_version=1, answers={}, knockouts={},
                                  submitted_at=datetime.now(UTC), eligible=True)
    db.session.add(response)
    db.session.flush()
    with pytest.raises(HiringError, match="met every knock-out"):
        services.screen_out(candidate, "preferences", "", manager)
    response.eligible = False
    services.screen_out(candidate, "preferences", "", manager)
    assert candidate.stage == "screened_out"
