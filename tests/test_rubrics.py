import textwrap

import pytest

from hiring import rubrics
from hiring.analysis import research, writing
from hiring.rubrics import (
    RubricError,
    get_rubric,
    load_rubric,
    load_rubrics,
    suggest_levels,
)

SMALL = """\
schema = 1
id = "small"
version = 2
title = "Small"
kind = "writing"
pass_threshold = 50

[[criteria]]
key = "tone"
label = "Tone"
weight = 2
description = "Tone."
guidance = "Judge the tone."
levels = [{ points = 1, anchor = "Rude." }, { points = 3, anchor = "Fine." },
          { points = 5, anchor = "Warm." }]

  [[criteria.suggest]]
  measure = "cliche_count"
  evidence = ["cliche"]
  bands = [{ max = 1, points = 5 }, { max = 3, points = 3 }, { points = 1 }]

  [[criteria.suggest]]
  measure = "blame_count"
  evidence = ["blame"]
  bands = [{ max = 1, points = 5 }, { points = 1 }]

[[criteria]]
key = "length"
label = "Length"
weight = 1
description = "Length."
guidance = "Judge the length."
levels = [{ points = 0, anchor = "Too short." }, { points = 2, anchor = "Right." }]

  [[criteria.suggest]]
  measure = "word_count_ratio"
  bands = [{ min = 0.6, max = 1.2, points = 2 }]
"""


def write(tmp_path, name, text):
    path = tmp_path / f"{name}.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def small(tmp_path):
    return load_rubric(write(tmp_path, "small", SMALL))


def test_shipped_rubrics_load_one_per_kind():
    shipped = load_rubrics()
    assert set(shipped) == {"business-writing", "company-research", "structured-interview",
                            "final-presentation"}
    assert {r.kind for r in shipped.values()} == set(rubrics.KINDS)
    for rubric in shipped.values():
        assert len(rubric.digest) == 64
        # Everyone at the top level scores 100 and everyone at the bottom scores 0.
        assert rubric.score({c.key: c.max_points for c in rubric.criteria}) == 100
        assert rubric.score({c.key: c.min_points for c in rubric.criteria}) == 0


def test_shipped_suggestions_use_measures_the_analyses_produce():
    letter = "Dear Ms Reyes,\n\nYou asked about delivery times. Can we talk on Tuesday?\n\nAna"
    produced = set(writing.analyse(letter, word_range=(150, 250), is_email=False).measures)
    sheet = research.FactSheet(name="Calder Foods")
    produced_research = set(research.check("Calder Foods sells soup.", sheet).measures)
    for rubric_id, available in (("business-writing", produced),
                                 ("company-research", produced_research)):
        wanted = {s.measure for c in get_rubric(rubric_id).criteria for s in c.suggest}
        assert wanted and wanted <= available, wanted - available


def test_final_presentation_covers_the_three_things_great_presentations_share():
    rubric = get_rubric("final-presentation")
    keys = [c.key for c in rubric.criteria]
    assert keys[:3] == ["customer_is_the_hero", "outcomes_not_process", "emotional_connection"]
    emotion = rubric.criterion("emotional_connection")
    assert all(word in emotion.description for word in ("trust", "joy", "anticipation"))


def test_score_is_the_weighted_share_of_each_criterions_own_range(small):
    # tone 3 of 1..5 -> 0.5 * weight 2; length 2 of 0..2 -> 1.0 * weight 1: (1 + 1) / 3
    assert small.score({"tone": 3, "length": 2}) == pytest.approx(66.67)
    assert small.score({"tone": 5, "length": 0}) == pytest.approx(66.67)
    assert small.score({"tone": 1, "length": 0}) == 0
    assert small.passes(66.67) and small.passes(50) and not small.passes(49.99)


def test_score_reports_every_problem_with_the_ratings(small):
    with pytest.raises(RubricError) as caught:
        small.score({"tone": 2, "speed": 1})
    assert caught.value.problems == [
        "small: ratings.length: missing",
        "small: ratings.speed: unknown criterion",
        "small: ratings.tone: 2 is not a level (allowed: 1, 3, 5)",
    ]


def test_criterion_lookup(small):
    assert small.criterion("tone").level(3).anchor == "Fine."
    assert (small.criterion("tone").min_points, small.criterion("tone").max_points) == (1, 5)
    with pytest.raises(RubricError, match="no criterion 'speed'"):
        small.criterion("speed")
    with pytest.raises(RubricError, match="4 is not a level"):
        small.criterion("tone").level(4)


def test_suggestion_is_the_lowest_of_the_entries_with_reasons_and_evidence(small):
    findings = [
        {"code": "cliche", "message": "'at the end of the day'", "start": 0, "end": 21},
        {"code": "blame", "message": "'you failed to'", "start": 30, "end": 44},
        {"code": "misspelling", "message": "'teh'", "start": 50, "end": 53},
    ]
    found = suggest_levels(small, {"cliche_count": 2, "blame_count": 0.0,
                                   "word_count_ratio": 0.31}, findings)
    tone = found["tone"]
    assert tone.points == 3  # cliches 2 -> 3, blame 0 -> 5: the lower wins
    assert tone.reasons == ("cliche_count = 2 -> 3 points", "blame_count = 0 -> 5 points")
    assert [f["code"] for f in tone.evidence] == ["cliche", "blame"]
    # 0.31 is below every band of "length": no suggestion rather than a guess.
    assert "length" not in found


def test_band_bounds_are_min_inclusive_max_exclusive(small):
    assert suggest_levels(small, {"word_count_ratio": 0.6}, [])["length"].points == 2
    assert "length" not in suggest_levels(small, {"word_count_ratio": 1.2}, [])
    one = suggest_levels(small, {"cliche_count": 1, "blame_count": 1}, [])["tone"]
    assert one.points == 1 and one.reasons[1] == "blame_count = 1 -> 1 point"


def test_missing_measures_give_no_suggestion(small):
    assert suggest_levels(small, {}, []) == {}
    assert suggest_levels(small, {"blame_count": 0.25}, [])["tone"].reasons == (
        "blame_count = 0.25 -> 5 points",)


def test_broken_file_reports_every_problem_with_its_path(tmp_path):
    path = write(tmp_path, "broken", """\
        schema = 2
        id = "Broken One"
        version = 0
        title = ""
        kind = "essay"
        pass_threshold = 120
        colour = "red"

        [[criteria]]
        key = "tone"
        label = "Tone"
        weight = 0
        description = "d"
        guidance = "g"
        levels = [{ points = 3, anchor = "a" }, { points = 1, anchor = "b" }]

        [[criteria]]
        key = "tone"
        label = "Tone again"
        weight = "heavy"
        description = "d"
        levels = [{ points = 1, anchor = "only" }]

          [[criteria.suggest]]
          measure = "cliche_count"
          bands = [{ min = 3, max = 1, points = 4 }]

        [[criteria]]
        key = "Clarity"
        label = "Clarity"
        weight = 1
        description = "d"
        guidance = "g"
        levels = [{ points = 1, anchor = "a" }, { points = 1, anchor = "b", note = "x" }]
        """)
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert caught.value.problems == [
        "broken.toml: colour: unknown key",
        "broken.toml: schema: must be 1, not 2",
        "broken.toml: id: 'Broken One' must be lowercase words joined by hyphens",
        "broken.toml: version: must be at least 1, not 0",
        "broken.toml: title: must be a non-empty string",
        "broken.toml: kind: must be one of writing, research, interview, presentation, "
        "not 'essay'",
        "broken.toml: pass_threshold: must be from 0 to 100, not 120",
        "broken.toml: criteria[0].weight: must be positive, not 0",
        "broken.toml: criteria[0].levels[1].points: 1 after 3: levels must ascend",
        "broken.toml: criteria[1].key: duplicate 'tone'",
        "broken.toml: criteria[1].weight: must be a number, not 'heavy'",
        "broken.toml: criteria[1].levels: needs at least 2 levels, has 1",
        "broken.toml: criteria[1].guidance: missing",
        "broken.toml: criteria[1].suggest[0].bands[0].points: 4 is not a level (allowed: 1)",
        "broken.toml: criteria[1].suggest[0].bands[0]: min 3 must be below max 1",
        "broken.toml: criteria[2].key: 'Clarity' must be snake_case",
        "broken.toml: criteria[2].levels[1].note: unknown key",
        "broken.toml: criteria[2].levels[1].points: duplicate 1",
    ]
    assert str(caught.value).count("\n") == len(caught.value.problems) - 1


def test_directory_reports_the_problems_of_all_files_together(tmp_path):
    write(tmp_path, "small", SMALL)
    write(tmp_path, "renamed", SMALL)
    (tmp_path / "garbled.toml").write_text("schema = = 1\n", encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubrics(tmp_path)
    problems = caught.value.problems
    assert len(problems) == 2
    assert problems[0].startswith("garbled.toml: invalid TOML: ")
    assert problems[1] == "renamed.toml: id: 'small' must equal the file name 'renamed'"


def test_missing_tables_are_reported(tmp_path):
    path = write(tmp_path, "empty", 'schema = 1\nid = "empty"\nversion = 1\ntitle = "E"\n'
                 'kind = "writing"\npass_threshold = 60\ncriteria = []\n')
    with pytest.raises(RubricError, match=r"empty.toml: criteria: needs at least 1 criterion"):
        load_rubric(path)
    path = write(tmp_path, "none", 'schema = 1\nid = "none"\n')
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert "none.toml: criteria: missing" in caught.value.problems
    assert "none.toml: pass_threshold: missing" in caught.value.problems


def digest_of(tmp_path, text):
    return load_rubric(write(tmp_path, "small", text)).digest


def test_digest_ignores_formatting_but_not_points_or_wording(tmp_path):
    base = digest_of(tmp_path, SMALL)
    assert digest_of(tmp_path, "# a comment\n" + SMALL.replace("weight = 2", "weight = 2.0")
                     .replace('title = "Small"', 'title   =   "Small"')) == base
    # Points decide scores, so a change is a different rubric even if the version is not bumped.
    assert digest_of(tmp_path, SMALL.replace("points = 5, anchor", "points = 4, anchor")
                     .replace("points = 5 }", "points = 4 }")) != base
    # Labels and anchors explain a stored score, so the digest covers them too.
    assert digest_of(tmp_path, SMALL.replace('label = "Tone"', 'label = "Voice"')) != base
    assert digest_of(tmp_path, SMALL.replace('"Warm."', '"Warm and clear."')) != base
    assert digest_of(tmp_path, SMALL.replace("version = 2", "version = 3")) != base


def test_get_rubric_names_the_missing_id():
    assert get_rubric("business-writing").title == "Business writing"
    with pytest.raises(RubricError, match="no rubric 'nope'"):
        get_rubric("nope")
    assert [r.id for r in rubrics.rubrics_of_kind("research")] == ["company-research"]
