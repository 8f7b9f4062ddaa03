"""`flask suitability questionnaire` and `flask suitability score`: the JSON contract."""

from __future__ import annotations

import json

import pytest


def _questionnaire(runner) -> dict:
    result = runner.invoke(args=["suitability", "questionnaire"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_questionnaire_is_printed_as_the_contract_says(runner):
    data = _questionnaire(runner)
    assert {"key", "label"} <= set(data["traits"][0])
    choice = next(i for i in data["items"] if i["type"] == "choice")
    assert set(choice) == {"id", "type", "a", "b"}
    assert set(choice["a"]) == {"text", "trait"}
    rating = next(i for i in data["items"] if i["type"] == "rating")
    assert set(rating) == {"id", "type", "text", "trait", "reverse"}
    assert isinstance(rating["reverse"], bool)
    knockout = data["knockouts"][0]
    assert {"id", "question", "pass"} <= set(knockout)
    assert len(data["items"]) >= 40 and len(data["traits"]) >= 8


def _all_top_answers(data) -> dict:
    return {i["id"]: ("a" if i["type"] == "choice" else (1 if i["reverse"] else 5))
            for i in data["items"]}


def test_scoring_prints_the_result_and_is_repeatable(runner, tmp_path):
    data = _questionnaire(runner)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"answers": _all_top_answers(data),
                                   "knockouts": {"travel": "no"}}))
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"traits": {"prospecting": [0, 40]},
                                   "knockouts": [{"id": "travel", "required": True}]}))
    args = ["suitability", "score", str(answers), "--profile", str(profile)]
    first = runner.invoke(args=args)
    assert first.exit_code == 0, first.output
    result = json.loads(first.output)
    assert set(result) == {"traits", "suitability", "consistency", "eligibility", "probes"}
    prospecting = result["traits"]["prospecting"]
    assert prospecting["ideal"] == [0, 40] and prospecting["fit"] == "above"
    assert 0 <= result["suitability"] <= 100 and 0 <= result["consistency"] <= 1
    assert result["eligibility"]["passed"] is False
    assert "Travel" in result["eligibility"]["reasons"][0]
    assert any(p["trait"] == "prospecting" for p in result["probes"])
    assert runner.invoke(args=args).output == first.output


@pytest.mark.parametrize("answers, profile, sentence", [
    ("not json", {}, "The answers file is not valid JSON"),
    ([1, 2], {}, "The answers file must hold a JSON object"),
    ({"answers": {"r01": 9}}, {}, "answers.r01: must be a whole number from 1 to 5, not 9"),
    ({"answers": {}}, {"traits": {"prospecting": [90, 10]}}, "profile.traits.prospecting"),
    ({"answers": {}}, {"knockouts": [{"id": "visa"}]}, "unknown knock-out 'visa'"),
])
def test_bad_input_exits_2_with_one_sentence(runner, tmp_path, answers, profile, sentence):
    answers_path = tmp_path / "answers.json"
    answers_path.write_text(answers if isinstance(answers, str) else json.dumps(answers))
    profile_path = tmp_path / "profile.json"
    profile_path.write_text(json.dumps(profile))
    result = runner.invoke(args=["suitability", "score", str(answers_path), "--profile",
                                 str(profile_path)])
    assert result.exit_code == 2
    assert sentence in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_missing_file_is_one_sentence(runner, tmp_path):
    result = runner.invoke(args=["suitability", "score", str(tmp_path / "nope.json"),
                                 "--profile", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert result.output.startswith("The answers file cannot be read")


def test_rubrics_check_reports_a_broken_questionnaire(runner, tmp_path):
    import shutil

    from hiring.rubrics import DEFAULT_DIRECTORY

    folder = tmp_path / "rubrics"
    shutil.copytree(DEFAULT_DIRECTORY, folder)
    path = folder / "questionnaires" / "work-preferences.toml"
    path.write_text(path.read_text().replace('pass = "yes"', 'pass = "perhaps"', 1))
    result = runner.invoke(args=["rubrics", "check", "--directory", str(folder)])
    assert result.exit_code == 1
    assert ("questionnaires/work-preferences.toml: knockouts[0].pass: must be \"yes\" or "
            "\"no\", not 'perhaps'") in result.output
