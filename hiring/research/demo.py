"""Demo data: the fact sheet of the fictional company the demo hires for."""

from pathlib import Path

from hiring.research import services

ORDER = 45  # after the writing prompts
DEMO_DIR = Path(__file__).parent


def seed(demo) -> None:
    """Store the demo fact sheet and its about text, and the research prompt."""
    if services.current_record() is None:
        services.import_toml((DEMO_DIR / "demo_facts.toml").read_text(encoding="utf-8"), "demo")
        record = services.current_record()
        record.about_text = (DEMO_DIR / "demo_about.txt").read_text(encoding="utf-8").strip()
    services.ensure_prompt()
