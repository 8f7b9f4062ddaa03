from tests.access import MANAGERS, Rule


def seed(world):
    from pathlib import Path

    from hiring.db import db
    from hiring.research import services

    demo = Path(services.__file__).with_name("demo_facts.toml")
    services.import_toml(demo.read_text(encoding="utf-8"), "test")
    db.session.commit()


RULES = {
    "research.facts": Rule(MANAGERS),
    "research.save_facts": Rule(MANAGERS, method="POST",
                                data={"name": "Calder", "add": "services"}),
    "research.import_facts": Rule(MANAGERS, method="POST",
                                  data={"toml_text": '[company]\nname = "Calder"\n'}),
    "research.export_facts": Rule(MANAGERS),
}
