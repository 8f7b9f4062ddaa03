from tests.access import CANDIDATE, MANAGERS, Rule

RULES = {
    "suitability.profile": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "suitability.take": Rule(CANDIDATE),
    "suitability.save": Rule(CANDIDATE, method="POST",
                             json={"seq": 1, "answers": {}, "knockouts": {}}),
    "suitability.submit": Rule(CANDIDATE, method="POST"),
}
