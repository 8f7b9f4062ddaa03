"""The questionnaire in the product: profile validation, save and resume, hand-in, knock-outs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hiring.candidates.models import Candidate, ScreenOutSuggestion
from hiring.db import db, utcnow
from hiring.errors import HiringError
from hiring.positions.models import Position
from hiring.suitability import services
from hiring.suitability.models import PreferenceProfile, PreferenceResponse
from hiring.suitability.questionnaire import get_questionnaire

Q = get_questionnaire()
CHOICE = next(item.id for item in Q.items if item.type == "choice")
RATING = next(item.id for item in Q.items if item.type == "rating")


def entries(position, **changes):
    """A complete, valid set of ranges for every trait, with `changes` applied."""
    outcome = str(position.outcomes[0].id)
    traits = {t.key: services.TraitEntry(str(t.ideal[0]), str(t.ideal[1]), outcome,
                                         f"{t.label} serves the first outcome.")
              for t in Q.traits}
    traits.update(changes)
    return traits


def all_answers(choice="a", rating=4) -> dict:
    return {item.id: (choice if item.type == "choice" else rating) for item in Q.items}


@pytest.fixture(autouse=True)
def context(app):
    with app.app_context():
        yield


@pytest.fixture
def position(app, make_position):
    return db.session.get(Position, make_position())


def test_a_valid_profile_is_stored_with_the_questionnaire_version(app, position):
    services.save_profile(position, entries(position), {"territory": " the  Nordics "}, None)
    row = db.session.scalars(db.select(PreferenceProfile)).one()
    assert (row.questionnaire_id, row.questionnaire_version) == (Q.id, Q.version)
    assert row.knockouts == [{"id": "territory", "detail": "the Nordics"}]
    assert row.traits["prospecting"]["outcome_id"] == position.outcomes[0].id
    profile = services.profile_of(position)
    assert profile.required_knockouts() == ["territory"]
    assert profile.ideals["prospecting"] == Q.trait("prospecting").ideal


def test_every_problem_in_a_profile_is_named_by_field_and_nothing_is_stored(app, position):
    bad = entries(position,
                  prospecting=services.TraitEntry("70", "40", "", " "),
                  account_care=services.TraitEntry("abc", "101", "999999", "ok"))
    with pytest.raises(services.ProfileError) as error:
        services.save_profile(position, bad, {"nonsense": ""}, None)
    problems = error.value.problems
    assert problems["traits.prospecting.high"] == "The top of the range (40) is below its " \
                                                  "bottom (70)."
    assert "outcome" in problems["traits.prospecting.outcome"]
    assert "sentence" in problems["traits.prospecting.reason"]
    assert "whole number" in problems["traits.account_care.low"]
    assert "whole number" in problems["traits.account_care.high"]
    assert "traits.account_care.outcome" in problems  # an outcome of another position
    assert "knockouts.nonsense" in problems
    assert db.session.scalars(db.select(PreferenceProfile)).first() is None


def test_a_position_without_outcomes_cannot_tie_ranges_to_them(app, make_position):
    position = db.session.get(Position, make_position(outcomes=()))
    with pytest.raises(services.ProfileError) as error:
        services.save_profile(position, entries_without_outcome(), {}, None)
    assert "outcomes first" in error.value.problems["traits"]


def entries_without_outcome():
    return {t.key: services.TraitEntry("10", "90", "", "A sentence.") for t in Q.traits}


@pytest.fixture
def candidate(app, position):
    services.save_profile(position, entries(position), {"right_to_work": "",
                                                        "travel": "one week in four"}, None)
    candidate = Candidate(position_id=position.id, name="Ana Pereira",
                          email="ana@example.com", stage="writing")
    db.session.add(candidate)
    db.session.commit()
    return candidate


def test_saves_keep_the_newest_answers_and_resume(app, candidate):
    now = utcnow()
    first = services.save_answers(candidate, 1, {CHOICE: "a"}, {}, now)
    assert first.status == "saved" and first.missing == len(Q.items) - 1 + 2
    later = services.save_answers(candidate, 3, {CHOICE: "b", RATING: "4"},
                                  {"travel": "yes"}, now)
    assert later.status == "saved"
    stale = services.save_answers(candidate, 2, {}, {}, now)  # arrived late: ignored
    assert stale.status == "stale" and stale.seq == 3
    db.session.commit()
    db.session.expire_all()
    response = services.response_of(candidate)
    assert response.answers == {CHOICE: "b", RATING: 4}
    assert response.knockouts == {"travel": "yes"}
    labels = [label for _, label in services.missing(candidate, response)]
    assert labels[0] == "Requirement: Right to work"
    assert len(labels) == 1 + len(Q.items) - 2


def test_an_answer_that_does_not_fit_the_questionnaire_is_refused(app, candidate):
    with pytest.raises(HiringError, match="whole number from 1 to 5"):
        services.save_answers(candidate, 1, {RATING: 9}, {}, utcnow())
    with pytest.raises(HiringError, match="yes"):
        services.save_answers(candidate, 1, {}, {"travel": "maybe"}, utcnow())


def test_hand_in_refuses_until_everything_is_answered(app, candidate):
    services.save_answers(candidate, 1, all_answers(), {"travel": "yes"}, utcnow())
    with pytest.raises(HiringError, match="1 still to answer.*Right to work"):
        services.snapshot(candidate)


def test_hand_in_stores_the_result_digest_and_adds_probes(app, candidate):
    services.save_answers(candidate, 1, all_answers(), {"travel": "yes", "right_to_work": "yes"},
                          utcnow())
    snapshot = services.snapshot(candidate)
    scored = snapshot.score()
    services.hand_in(candidate, scored, utcnow())
    db.session.commit()
    response = db.session.scalars(db.select(PreferenceResponse)).one()
    assert response.is_submitted and response.digest == Q.digest
    assert response.eligible is True
    assert response.suitability == scored.result.suitability
    assert response.result == scored.result.to_contract()
    assert services.interview_probes(candidate) == list(scored.result.probes)
    assert db.session.scalars(db.select(ScreenOutSuggestion)).first() is None
    with pytest.raises(HiringError, match="already handed in"):
        services.save_answers(candidate, 5, {}, {}, utcnow()) and services.snapshot(candidate)


def test_a_save_after_scoring_makes_the_hand_in_start_again(app, candidate):
    services.save_answers(candidate, 1, all_answers(), {"travel": "yes", "right_to_work": "yes"},
                          utcnow())
    scored = services.snapshot(candidate).score()
    services.save_answers(candidate, 2, all_answers("b"), {"travel": "yes",
                                                          "right_to_work": "yes"}, utcnow())
    with pytest.raises(HiringError, match="changed while"):
        services.hand_in(candidate, scored, utcnow())


def test_a_failed_knockout_suggests_a_screen_out_with_the_reason_never_rejects(app, candidate):
    services.save_answers(candidate, 1, all_answers(), {"travel": "no", "right_to_work": "yes"},
                          utcnow())
    services.hand_in(candidate, services.snapshot(candidate).score(), utcnow())
    db.session.commit()
    suggestion = db.session.scalars(db.select(ScreenOutSuggestion)).one()
    assert suggestion.step == "preferences" and suggestion.resolved_at is None
    [evidence] = suggestion.evidence
    assert "Travel (one week in four)" in evidence["detail"]
    assert "Meeting customers across the territory" in evidence["detail"]
    assert candidate.stage == "writing"  # a person decides


def test_low_suitability_alone_never_suggests_a_screen_out(app, candidate, position):
    # Traits far above a low range: suitability is low, eligibility passes.
    narrow = {t.key: services.TraitEntry("0", "5", str(position.outcomes[0].id),
                                         "A middle range.") for t in Q.traits}
    services.save_profile(position, narrow, {}, None)
    answers = {item.id: ("a" if item.type == "choice" else 5) for item in Q.items}
    services.save_answers(candidate, 1, answers, {}, utcnow())
    scored = services.snapshot(candidate).score()
    services.hand_in(candidate, scored, utcnow())
    assert scored.result.suitability < 60
    assert db.session.scalars(db.select(ScreenOutSuggestion)).first() is None


def test_erasing_the_candidate_erases_the_answers_and_keeps_an_anonymous_score(app, candidate):
    from hiring.candidates.models import AnonymousScore
    from hiring.candidates.services import erase_candidate

    services.save_answers(candidate, 1, all_answers(), {"travel": "yes", "right_to_work": "yes"},
                          utcnow() - timedelta(minutes=5))
    services.hand_in(candidate, services.snapshot(candidate).score(), utcnow())
    db.session.commit()
    erase_candidate(candidate, None)
    db.session.commit()
    assert db.session.scalars(db.select(PreferenceResponse)).first() is None
    kept = db.session.scalars(db.select(AnonymousScore)).one()
    assert (kept.kind, kept.rubric_id) == ("preferences", Q.id)


def test_a_person_confirming_the_suggestion_screens_out_with_the_knockout_reason(app,
                                                                                 candidate):
    from hiring.candidates.models import ScreenOut
    from hiring.candidates.services import resolve_suggestion

    services.save_answers(candidate, 1, all_answers(), {"travel": "no", "right_to_work": "yes"},
                          utcnow())
    services.hand_in(candidate, services.snapshot(candidate).score(), utcnow())
    suggestion = db.session.scalars(db.select(ScreenOutSuggestion)).one()
    resolve_suggestion(suggestion, True, "", None)
    entry = db.session.scalars(db.select(ScreenOut)).one()
    assert candidate.stage == "screened_out" and entry.reason == "preferences"
    assert entry.details.startswith("Travel (one week in four): answered \"no\"")
