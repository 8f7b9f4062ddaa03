"""A position's calibration is worked out once per app and kept only while its scorecards,
amendments and panels stay as they were: each change shows at the next visit."""

from hiring import blind
from hiring.db import db
from hiring.interviews import services
from hiring.interviews.models import Scorecard
from hiring.interviews.services.results import _calibration_figures
from hiring.positions.models import Position
from tests.interviews.test_services import _user


def _figures(app, setup):
    """(kept calibration, a fresh count) as comparable figures."""
    with app.app_context():
        position = db.session.get(Position, setup.position_id)
        kept = services.calibration(position)
        alpha, panels, leniency = _calibration_figures(position.id, blind.NOTHING)
        seen = (kept.alpha, [(frozenset(u.id for u in p.raters), p.interviews, p.icc, p.alpha)
                             for p in kept.panels], [x for _, x in kept.leniency])
        return seen, (alpha, panels, leniency)


def test_kept_calibration_follows_new_scorecards_and_amendments(app, setup, schedule, score):
    interview_id = schedule("ana", "ben")
    card_id = score(interview_id, "ana", [1, 2, 3])
    score(interview_id, "ben", [2, 3, 4])
    first, fresh = _figures(app, setup)
    assert first == fresh and first[0].subjects == 3
    assert _figures(app, setup)[0] == first  # kept: the same figures again

    with app.app_context():
        card = db.session.get(Scorecard, card_id)
        services.amend_scorecard(card, points={card.interview.questions[0].id: 5},
                                 recommendation=None, reason="Checked my notes again.",
                                 actor=_user(setup, "ana"))
        db.session.commit()
    amended, fresh = _figures(app, setup)
    assert amended == fresh and amended != first

    other = schedule("ana", "cy")
    score(other, "ana", [3, 3, 3])
    score(other, "cy", [4, 4, 4])
    more, fresh = _figures(app, setup)
    assert more == fresh and more[0].subjects > amended[0].subjects
