"""Writing prompts shipped as TOML files in prompts/ (pure: no Flask, no database)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

PROMPTS_DIR = Path(__file__).with_name("prompts")


class PromptFileError(ValueError):
    """A prompt file is broken; str() lists every problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class PromptSpec:
    """A realistic scenario the candidate writes for, with its limits."""

    id: str
    title: str
    reader: str
    situation: str
    goal: str
    instructions: str
    word_min: int
    word_max: int
    time_limit_minutes: int
    is_email: bool
    allowed_words: tuple[str, ...]

    @property
    def word_range(self) -> tuple[int, int]:
        """(minimum, maximum) words."""
        return (self.word_min, self.word_max)


def _text(value: str) -> str:
    return " ".join(value.split())


def load_prompt(path: Path) -> PromptSpec:
    """Read and check one prompt file."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise PromptFileError([f"{name}: {e}"]) from e
    problems: list[str] = []
    scenario = data.get("scenario", {})
    for key in ("id", "title", "instructions"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.append(f"{name}: {key}: required text")
    for key in ("reader", "situation", "goal"):
        if not isinstance(scenario.get(key), str) or not scenario[key].strip():
            problems.append(f"{name}: scenario.{key}: required text")
    numbers = {}
    for key in ("word_min", "word_max", "time_limit_minutes"):
        value = data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            problems.append(f"{name}: {key}: must be a positive whole number")
        numbers[key] = value
    if not problems and numbers["word_min"] >= numbers["word_max"]:
        problems.append(f"{name}: word_min: must be below word_max")
    if data.get("id") and data.get("id") != path.stem:
        problems.append(f"{name}: id: must equal the file name '{path.stem}'")
    if not isinstance(data.get("is_email", False), bool):
        problems.append(f"{name}: is_email: must be true or false")
    allowed = data.get("allowed_words", [])
    if not isinstance(allowed, list) or not all(isinstance(w, str) for w in allowed):
        problems.append(f"{name}: allowed_words: must be a list of names")
    if problems:
        raise PromptFileError(problems)
    return PromptSpec(
        id=data["id"],
        title=_text(data["title"]),
        reader=_text(scenario["reader"]),
        situation=_text(scenario["situation"]),
        goal=_text(scenario["goal"]),
        instructions=_text(data["instructions"]),
        word_min=numbers["word_min"],
        word_max=numbers["word_max"],
        time_limit_minutes=numbers["time_limit_minutes"],
        is_email=data.get("is_email", False),
        allowed_words=tuple(allowed),
    )


def load_prompts(directory: Path = PROMPTS_DIR) -> dict[str, PromptSpec]:
    """Every prompt in `directory` by id; all problems of all files reported at once."""
    prompts, problems = {}, []
    for path in sorted(directory.glob("*.toml")):
        try:
            prompt = load_prompt(path)
        except PromptFileError as e:
            problems += e.problems
        else:
            prompts[prompt.id] = prompt
    if problems:
        raise PromptFileError(problems)
    return prompts
