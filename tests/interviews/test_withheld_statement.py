"""`hiring.blind.withheld` reads what each user still has to score as one statement of every
package's parts, on both databases: the panels they have not scored with every scorecard of
them, the submissions given to them that they have not reviewed, and those candidates."""

from __future__ import annotations

import pytest

from hiring import blind
from hiring.auth.models import User
from hiring.db import db
from hiring.interviews.models import Scorecard
from tests.interviews.test_blind_rule import ANA, BEN, CY, MIA, World, _own_scores_in
from tests.interviews.test_blind_rule import world as world  # noqa: F401 (the fixture)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app_config(request):
    if request.param == "sqlite":
        return {}
    return {"SQLALCHEMY_DATABASE_URI": request.getfixturevalue("postgres_database")}


def _withheld(app, world: World, name: str) -> blind.Withheld:
    with app.app_context():
        return blind.withheld(db.session.get(User, world.users[name]))


def test_each_user_is_withheld_what_they_still_have_to_score(app, world):
    with app.app_context():
        scorecards = frozenset(db.session.scalars(db.select(Scorecard.id).where(
            Scorecard.interview_id == world.interview_id)))
    assert scorecards  # Ana's, handed in
    for name in (MIA, BEN):  # on the panel and given the writing test, neither scored yet
        found = _withheld(app, world, name)
        assert found.interviews == {world.interview_id}
        assert found.scorecards == scorecards
        assert found.submissions == {world.submission_id}
        assert found.steps == {(world.candidate_id, "writing")}
        assert found.candidates == {world.candidate_id}
    assert _withheld(app, world, ANA) == blind.NOTHING  # her scorecard is in
    assert _withheld(app, world, CY) == blind.NOTHING  # his review is in


def test_nothing_is_withheld_once_the_own_scores_are_in(app, world):
    _own_scores_in(app, world)
    assert _withheld(app, world, MIA) == blind.NOTHING
    # His scorecard is in; the review given him is not, but the writing test now has all the
    # reviewers it takes (Cy and Mia), so there is nothing left to keep from him.
    assert _withheld(app, world, BEN) == blind.NOTHING
