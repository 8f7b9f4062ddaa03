"""Demo data: the shipped prompts in the library."""

from hiring.assessments.prompt_files import load_prompts
from hiring.assessments.services import seed_prompts

ORDER = 40


def seed(demo) -> None:
    """Put the shipped prompts in the library."""
    seed_prompts(load_prompts())
