"""The questionnaire as data and its scoring, without an app."""

from __future__ import annotations

import pytest

from hiring.suitability.questionnaire import (
    Profile,
    QuestionnaireError,
    Requirement,
    get_questionnaire,
    load_questionnaires,
    parse_profile,
    score,
)

TINY = """
schema = 1
id = "tiny"
version = 1
title = "Tiny"
minutes = 2
intro = "Two traits."

[[traits]]
key = "hunt"
label = "Hunting"
definition = "Finds new customers."
why = "New business."
ideal = [60, 100]
probe_below = "How would you find your first customers here?"
probe_above = "How would you keep the customers you win?"

[[traits]]
key = "farm"
label = "Farming"
definition = "Tends customers."
why = "Renewals."
ideal = [0, 50]
probe_below = "How would you keep a customer after the sale?"
probe_above = "How would you spend most of your week on new business?"

[[items]]
id = "r1"
type = "rating"
trait = "hunt"
text = "I like cold calls."

[[items]]
id = "r2"
type = "rating"
trait = "hunt"
reverse = true
mirror_of = "r1"
text = "I avoid cold calls."

[[items]]
id = "r3"
type = "rating"
trait = "farm"
text = "I like renewals."

[[items]]
id = "c1"
type = "choice"
a = { text = "A new logo", trait = "hunt" }
b = { text = "A renewal", trait = "farm" }

[[items]]
id = "c2"
type = "choice"
mirror_of = "c1"
a = { text = "An upsell", trait = "farm" }
b = { text = "A first meeting", trait = "hunt" }

[[knockouts]]
id = "right_to_work"
label = "Right to work"
question = "Can you work here?"
reason = "No sponsorship."
pass = "yes"
"""


@pytest.fixture
def tiny(tmp_path):
    (tmp_path / "tiny.toml").write_text(TINY)
    return load_questionnaires(tmp_path)["tiny"]


def test_a_hand_computed_result(tiny):
    answers = {"r1": 5, "r2": 2, "r3": 3, "c1": "a", "c2": "a"}
    profile = Profile(tiny.default_ideals(), (Requirement("right_to_work"),))
    result = score(tiny, answers, {"right_to_work": "yes"}, profile)
    traits = {t.key: t for t in result.traits}
    # hunt: r1 (5-1)/4 = 1, r2 reversed 6-2=4 -> 0.75, c1 chosen 1, c2 not chosen 0 -> 2.75/4
    assert traits["hunt"].score == 69 and traits["hunt"].fit == "within"
    # farm: r3 (3-1)/4 = 0.5, c1 not chosen 0, c2 chosen 1 -> 1.5/3
    assert traits["farm"].score == 50 and traits["farm"].fit == "within"
    assert result.suitability == 100
    # mirrors: r1/r2 keyed 5 and 4 -> 1 - 1/4; c1 hunt vs c2 farm -> 0
    assert result.consistency == 0.38  # (0.75 + 0) / 2, to two places
    assert result.eligible and result.reasons == ()
    assert result.probes == ()


def test_a_trait_outside_its_range_lowers_suitability_and_adds_its_probe(tiny):
    answers = {"r1": 1, "r2": 5, "r3": 5, "c1": "b", "c2": "a"}
    result = score(tiny, answers, {"right_to_work": "yes"}, Profile(tiny.default_ideals()))
    traits = {t.key: t for t in result.traits}
    assert (traits["hunt"].score, traits["hunt"].fit) == (0, "below")
    assert (traits["farm"].score, traits["farm"].fit) == (100, "above")
    # hunt is 60 below its range, farm 50 above: both at or past FIT_SPAN -> 0
    assert result.suitability == 0
    assert [p["question"] for p in result.probes] == [
        "How would you find your first customers here?",
        "How would you spend most of your week on new business?"]
    assert result.consistency == 1.0


def test_every_refused_knockout_gives_its_reason(tiny):
    answers = {"r1": 5, "r2": 1, "r3": 1, "c1": "a", "c2": "b"}
    profile = Profile(tiny.default_ideals(), (Requirement("right_to_work", True, "in Norway"),))
    refused = score(tiny, answers, {"right_to_work": "no"}, profile)
    assert not refused.eligible
    assert refused.reasons == ('Right to work (in Norway): answered "no" to "Can you work '
                               'here?" No sponsorship.',)
    unanswered = score(tiny, answers, {}, profile)
    assert unanswered.reasons == ("Right to work (in Norway): not answered. No sponsorship.",)
    not_required = score(tiny, answers, {"right_to_work": "no"},
                         Profile(tiny.default_ideals()))
    assert not_required.eligible


@pytest.mark.parametrize("answers, message", [
    ({"r1": 6}, "answers.r1: must be a whole number from 1 to 5, not 6"),
    ({"r1": True}, "answers.r1: must be a whole number from 1 to 5, not True"),
    ({"c1": "c"}, "answers.c1: must be \"a\" or \"b\", not 'c'"),
    ({"zz": 1}, "answers.zz: no such item"),
    ({}, "5 item(s) not answered: r1, r2, r3, c1, c2"),
])
def test_bad_answers_are_refused_with_the_item_named(tiny, answers, message):
    with pytest.raises(QuestionnaireError) as error:
        score(tiny, answers, {}, Profile(tiny.default_ideals()))
    assert message in error.value.problems


def test_profiles_are_checked(tiny):
    with pytest.raises(QuestionnaireError) as error:
        parse_profile(tiny, {"traits": {"hunt": [70, 20], "nope": [0, 1]},
                             "knockouts": [{"id": "visa"}, {"id": "right_to_work",
                                                            "required": "yes"}]})
    assert error.value.problems == [
        "profile.traits.hunt: must be [low, high], whole numbers with 0 <= low <= high <= 100, "
        "not [70, 20]",
        "profile.traits.nope: unknown trait",
        "profile.knockouts[0].id: unknown knock-out 'visa'",
        "profile.knockouts[1].required: must be true or false",
    ]
    profile = parse_profile(tiny, {"traits": {"hunt": [10, 20]}})
    assert profile.ideals == {"hunt": (10, 20), "farm": (0, 50)}


def test_every_problem_in_a_file_is_reported_with_its_key_path(tmp_path):
    broken = (TINY.replace('trait = "farm"\ntext = "I like renewals."',
                           'trait = "farms"\ntext = "I like renewals."')
              .replace('id = "c2"', 'id = "c1"')
              .replace("ideal = [0, 50]", "ideal = [50, 0]")
              .replace('pass = "yes"', 'pass = "maybe"'))
    (tmp_path / "tiny.toml").write_text(broken)
    with pytest.raises(QuestionnaireError) as error:
        load_questionnaires(tmp_path)
    assert error.value.problems == [
        "tiny.toml: traits[1].ideal: must be [low, high], whole numbers with 0 <= low <= high "
        "<= 100, not [50, 0]",
        "tiny.toml: items[2].trait: unknown trait 'farms'",
        "tiny.toml: items[4].id: duplicate 'c1'",
        "tiny.toml: items[4].mirror_of: 'c1' is not another item",
        "tiny.toml: knockouts[0].pass: must be \"yes\" or \"no\", not 'maybe'",
    ]


# ------------------------------------------------------------------ the shipped questionnaire


def _answer_towards(questionnaire, wanted: dict[str, bool]) -> dict:
    """Answers of someone strong in the traits marked True and weak in the others."""
    # A consistent person: between two statements they prefer the wanted trait, and between
    # two equally wanted ones always the same (the one listed first).
    rank = {t.key: (not wanted[t.key], i) for i, t in enumerate(questionnaire.traits)}
    answers = {}
    for item in questionnaire.items:
        if item.type == "rating":
            strong = wanted[item.trait]
            answers[item.id] = (5 if strong else 1) if not item.reverse else (1 if strong else 5)
        else:
            answers[item.id] = "a" if rank[item.a.trait] < rank[item.b.trait] else "b"
    return answers


def test_the_shipped_questionnaire_has_what_the_method_asks_for():
    q = get_questionnaire()
    assert len(q.traits) >= 8
    assert len(q.items) >= 40
    kinds = {item.type for item in q.items}
    assert kinds == {"rating", "choice"}
    assert any(item.reverse for item in q.items)
    assert any(item.mirror_of for item in q.items if item.type == "choice")
    assert {k.id for k in q.knockouts} >= {"right_to_work", "travel", "driving_licence",
                                           "territory", "start_date"}
    assert all(t.why and t.definition for t in q.traits)
    assert len(q.digest) == 64


def test_answering_towards_the_ideal_fits_better_than_answering_away():
    q = get_questionnaire()
    profile = Profile(q.default_ideals())
    towards = {t.key: t.ideal[0] >= 50 for t in q.traits}
    away = {key: not strong for key, strong in towards.items()}
    good = score(q, _answer_towards(q, towards), {}, profile)
    bad = score(q, _answer_towards(q, away), {}, profile)
    assert good.suitability > bad.suitability + 40
    assert good.consistency > 0.9
    assert len(bad.probes) > len(good.probes)
    assert all(p["question"].startswith(("How", "If", "When")) for p in bad.probes)


@pytest.mark.parametrize("pattern", ["alternating", "straight"])
def test_careless_answering_lowers_consistency(pattern):
    q = get_questionnaire()
    honest = _answer_towards(q, {t.key: t.ideal[0] >= 50 for t in q.traits})
    careless, turn = {}, {"rating": 0, "choice": 0}
    for item in q.items:
        n = turn[item.type]
        turn[item.type] += 1
        if item.type == "rating":
            careless[item.id] = 5 if pattern == "straight" or n % 2 == 0 else 1
        else:
            careless[item.id] = "a" if pattern == "straight" or n % 2 == 0 else "b"
    profile = Profile(q.default_ideals())
    assert score(q, careless, {}, profile).consistency <= 0.25
    assert score(q, honest, {}, profile).consistency >= 0.9


def test_the_same_input_gives_the_same_output():
    q = get_questionnaire()
    answers = _answer_towards(q, {t.key: True for t in q.traits})
    profile = Profile(q.default_ideals(), (Requirement("travel"),))
    first = score(q, answers, {"travel": "yes"}, profile).to_contract()
    assert first == score(q, answers, {"travel": "yes"}, profile).to_contract()
