from tests.access import CANDIDATE, MANAGERS, Rule


def position(world):
    return world.position_id


RULES = {
    "positions.index": Rule(MANAGERS),
    "positions.new": Rule(MANAGERS),
    "positions.detail": Rule(MANAGERS, kwargs={"position_id": position}),
    "positions.edit": Rule(MANAGERS, kwargs={"position_id": position}),
    "positions.status": Rule(MANAGERS, method="POST", kwargs={"position_id": position},
                             data={"status": "draft"}),
    "positions.check_outcome": Rule(MANAGERS, method="POST",
                                    json={"text": "Close 3 deals by month 6"}),
    "positions.preview": Rule(MANAGERS, kwargs={"position_id": position}),
    "positions.yours": Rule(CANDIDATE),
    "positions.pdf": Rule(MANAGERS, kwargs={"position_id": position}),
    "positions.pdf_status": Rule(MANAGERS, kwargs={"position_id": position}),
}
