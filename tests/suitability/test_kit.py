"""A trait outside the position's range puts its forward-looking question in the interview kit."""

from __future__ import annotations

from hiring.candidates.models import Candidate
from hiring.db import db, utcnow
from hiring.suitability import services
from hiring.suitability.questionnaire import get_questionnaire
from tests.conftest import login
from tests.interviews.conftest import schedule, setup  # noqa: F401 (fixtures)

Q = get_questionnaire()


def test_probes_for_traits_outside_the_range_appear_in_the_kit(app, setup, schedule):  # noqa: F811
    with app.app_context():
        candidate = db.session.get(Candidate, setup.candidate_id)
        # Nothing chosen for prospecting: it falls below the template's range.
        answers = {i.id: (("b" if i.a.trait == "prospecting" else "a") if i.type == "choice"
                          else 4 if i.trait != "prospecting" else 5 if i.reverse else 1)
                   for i in Q.items}
        services.save_answers(candidate, 1, answers, {}, utcnow())
        scored = services.snapshot(candidate).score()
        services.hand_in(candidate, scored, utcnow())
        db.session.commit()
    probe = next(p for p in scored.result.probes if p["trait"] == "prospecting")
    interview_id = schedule("ana", "ben")
    client = app.test_client()
    login(client, "ana@example.test")
    page = client.get(f"/interviews/{interview_id}").get_data(as_text=True)
    assert "Questions from the work-preference questionnaire" in page
    assert probe["question"].replace("'", "&#39;") in page
