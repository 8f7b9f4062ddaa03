from tests.access import MANAGERS, Rule

RULES = {
    "presentations.schedule": Rule(MANAGERS, kwargs={"candidate_id": lambda w: w.candidate_id}),
}
