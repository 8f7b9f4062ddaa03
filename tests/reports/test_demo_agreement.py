"""The demo has reviews enough for the validity page's agreement columns to show figures."""

from sqlalchemy import select

from hiring.candidates.models import ScreenOutSuggestion
from hiring.db import db
from hiring.demo import DEMO_PASSWORD
from hiring.positions.models import Position
from hiring.reports import scores


def test_the_demo_shows_agreement_with_suggestions_and_between_reviewers(app, client):
    from hiring.demo import load_demo

    with app.app_context():
        load_demo()
        db.session.commit()
        position_id = db.session.scalars(select(Position.id).order_by(Position.id)).first()
        [step] = scores.suggestion_agreement(position_id)
        # Reviewers of still-active candidates passed them: no reviewed exercise blocks the demo
        # pipeline (the questionnaire's knock-out suggestion is another matter).
        assert db.session.scalars(select(ScreenOutSuggestion).where(
            ScreenOutSuggestion.step.in_(("writing", "research")))).all() == []
    with_suggestion = [c for c in step.criteria if c.suggestion.value is not None]
    with_reviewers = [c for c in step.criteria if c.reviewers.value is not None]
    assert len(with_suggestion) >= 4 and len(with_reviewers) >= 3
    assert any(c.suggestion.value < 1 for c in with_suggestion)
    client.post("/login", data={"email": "manager@demo.test", "password": DEMO_PASSWORD})
    html = client.get(f"/reports/positions/{position_id}/validity").get_data(as_text=True)
    assert "Do reviewers agree with the automated suggestions?" in html
    assert "Writing test (Business writing)" in html
