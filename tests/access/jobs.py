from tests.access import MANAGERS, PUBLIC, Rule


def position(world):
    return world.position_id


RULES = {
    "jobs.index": Rule(PUBLIC),
    "jobs.posting": Rule(PUBLIC, kwargs={"position_id": position}),
    "jobs.applied": Rule(PUBLIC, kwargs={"position_id": position}),
    "jobs.resume": Rule(MANAGERS, kwargs={"candidate_id": lambda w: w.candidate_id}),
}
