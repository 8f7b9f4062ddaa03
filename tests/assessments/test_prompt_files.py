"""The shipped prompts load, and broken prompt files report every problem."""

import pytest

from hiring.analysis.writing import analyse
from hiring.assessments.prompt_files import PromptFileError, load_prompt, load_prompts


def test_three_shipped_prompts_load():
    prompts = load_prompts()
    assert set(prompts) == {
        "ops-exec-first-email",
        "discovery-follow-up-letter",
        "delay-reply-email",
    }
    for p in prompts.values():
        assert p.word_min < p.word_max and p.time_limit_minutes > 0
        assert p.allowed_words
        # The scenario's own text names only people and companies the spell check accepts.
        scenario = " ".join([p.reader, p.situation, p.goal, p.instructions])
        misspelt = [
            scenario[f.start : f.end]
            for f in analyse(scenario, allowed_words=p.allowed_words).findings
            if f.code == "misspelling"
        ]
        assert misspelt == [], p.id
    assert prompts["ops-exec-first-email"].is_email
    assert not prompts["discovery-follow-up-letter"].is_email


def test_broken_prompt_lists_every_problem(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('id = "other"\nword_min = 300\nword_max = 200\n[scenario]\nreader = "x"\n')
    with pytest.raises(PromptFileError) as e:
        load_prompt(path)
    text = str(e.value)
    for expected in (
        "bad.toml: title: required text",
        "bad.toml: instructions: required text",
        "bad.toml: scenario.goal: required text",
        "bad.toml: time_limit_minutes: must be a positive whole number",
        "bad.toml: id: must equal the file name 'bad'",
    ):
        assert expected in text
    with pytest.raises(PromptFileError):
        load_prompts(tmp_path)
