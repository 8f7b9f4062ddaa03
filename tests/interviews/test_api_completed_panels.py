"""The API serves a candidate's interview scores only once every panelist has submitted."""

from __future__ import annotations

from hiring.auth.api_tokens import create_api_token
from hiring.db import db


def test_interview_scores_only_from_completed_panels(app, client, setup, schedule, score):
    with app.app_context():
        _, raw = create_api_token("Scores", None, ("read:scores",))
        db.session.commit()
    interview = schedule("ana", "ben")
    score(interview, "ana", [4, 4, 4])
    path = f"/api/v1/candidates/{setup.candidate_id}/scores"
    headers = {"Authorization": f"Bearer {raw}"}
    assert client.get(path, headers=headers).json["items"] == []
    score(interview, "ben", [2, 2, 2])
    items = client.get(path, headers=headers).json["items"]
    assert [(i["step"], i["score"]) for i in items] == [("interview", 3.0)]
