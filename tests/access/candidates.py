from tests.access import CANDIDATE, MANAGERS, Rule


def _cid(w):
    return w.candidate_id


def seed(world):
    from hiring.candidates import services
    from hiring.candidates.models import Candidate
    from hiring.db import db

    spare = Candidate(position_id=world.position_id, name="Spare Candidate",
                      email="spare@example.com", stage="applied")
    db.session.add(spare)
    db.session.flush()
    world.extra["spare_candidate_id"] = spare.id
    suggestion = services.suggest_screen_out(spare, "writing", 1.0, [{"label": "Score"}])
    world.extra["suggestion_id"] = suggestion.id
    invitation, token = services.invite(spare, "writing", None, 14)
    world.extra["outbox_message_id"] = services.deliver_invitation(
        spare, invitation, f"http://localhost/i/{token}", {}).id


RULES = {
    "candidates.board": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "candidates.new": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "candidates.import_csv": Rule(MANAGERS, kwargs={"position_id": lambda w: w.position_id}),
    "candidates.detail": Rule(MANAGERS, kwargs={"candidate_id": _cid}),
    "candidates.edit": Rule(MANAGERS, kwargs={"candidate_id": _cid}),
    "candidates.move": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _cid},
                            data={"stage": "research"}),
    "candidates.screen_out": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _cid},
                                  data={"reason": "withdrew"}),
    "candidates.reinstate": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _cid},
                                 data={"note": "mistake"}),
    "candidates.resolve": Rule(MANAGERS, method="POST",
                               kwargs={"suggestion_id": lambda w: w.extra["suggestion_id"]},
                               data={"decision": "dismiss"}),
    "candidates.add_note": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _cid},
                                data={"text": "A note"}),
    "candidates.legal_hold": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _cid},
                                  data={"hold": "1"}),
    "candidates.invite": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _cid},
                              data={"step": "writing"}),
    "candidates.resend": Rule(MANAGERS, method="POST", kwargs={
        "invitation_id": lambda w: w.invitation_ids["research"]}),
    "candidates.revoke": Rule(MANAGERS, method="POST", kwargs={
        "invitation_id": lambda w: w.invitation_ids["research"]}),
    "candidates.export": Rule(MANAGERS, method="POST", kwargs={"candidate_id": _cid}),
    "candidates.erase": Rule(MANAGERS, method="POST", kwargs={
        "candidate_id": lambda w: w.extra["spare_candidate_id"]}),
    "candidates.outbox": Rule(MANAGERS),
    "candidates.send_message": Rule(MANAGERS, method="POST", kwargs={
        "message_id": lambda w: w.extra["outbox_message_id"]}),
    "candidates.audit": Rule(MANAGERS),
    "candidates.status": Rule(CANDIDATE),
}
