from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from hiring.auth.models import User
from hiring.candidates.models import Candidate
from hiring.db import db
from hiring.errors import HiringError
from hiring.interviews import services as interviews
from hiring.interviews.models import Interview, Scorecard
from hiring.presentations import services
from hiring.rubrics import get_rubric


def _schedule(app, setup, names, **overrides):
    with app.app_context():
        candidate = db.session.get(Candidate, setup.candidate_id)
        fields = {"scheduled_at": datetime.now(UTC) + timedelta(days=2), "minutes": 30,
                  "location": "Boardroom"}
        fields.update(overrides)
        return services.schedule_presentation(
            candidate, panel=[db.session.get(User, setup.users[n]) for n in names],
            actor=db.session.get(User, setup.users["max"]), **fields)


@pytest.mark.parametrize(("names", "message"), [
    (("ana",), "you chose one"),
    (("ana", "ben", "cy", "dee"), "you chose four"),
    (("ana", "ana"), "only once"),
])
def test_a_presentation_panel_follows_the_interview_rules(app, setup, names, message):
    with pytest.raises(HiringError, match=message):
        _schedule(app, setup, names)


def test_a_presentation_is_refused_without_a_time_zone_or_with_an_odd_length(app, setup):
    with pytest.raises(HiringError, match="time zone"):
        _schedule(app, setup, ("ana", "ben"), scheduled_at=datetime(2026, 12, 1, 14))
    with pytest.raises(HiringError, match="between 10 and 90 minutes"):
        _schedule(app, setup, ("ana", "ben"), minutes=5)


def test_a_screened_out_candidate_gets_no_presentation(app, setup):
    with app.app_context():
        db.session.get(Candidate, setup.candidate_id).stage = "screened_out"
        db.session.commit()
    with pytest.raises(HiringError, match="screened out"):
        _schedule(app, setup, ("ana", "ben"))


def test_a_second_presentation_is_refused(app, setup, present):
    present("ana", "ben")
    with pytest.raises(HiringError, match="already scheduled"):
        _schedule(app, setup, ("cy", "dee"))


def test_the_rated_items_are_the_rubric_criteria_with_their_levels_and_rubric_version(
        app, setup, present):
    presentation_id = present("ana", "ben")
    rubric = get_rubric("final-presentation")
    with app.app_context():
        presentation = db.session.get(Interview, presentation_id)
        assert presentation.kind == "presentation" and presentation.minutes == 30
        assert (presentation.rubric_id, presentation.rubric_version,
                presentation.rubric_digest) == (rubric.id, rubric.version, rubric.digest)
        rated = [q for q in presentation.questions if q.rated]
        assert [q.text for q in rated] == [c.label for c in rubric.criteria]
        assert [q.weight for q in rated] == [c.weight for c in rubric.criteria]
        first = rubric.criteria[0]
        assert rated[0].anchors == {str(lv.points): lv.anchor for lv in first.levels}
        assert rated[0].scale == (1, 2, 3, 4)


def test_a_level_the_rubric_does_not_have_is_refused(app, setup, present, score):
    presentation_id = present("ana", "ben")
    with pytest.raises(HiringError, match="from 1 to 4"):
        score(presentation_id, "ana", [5, 3, 3, 3, 3])


def test_submitted_scores_keep_the_rubric_id_version_and_digest(app, setup, present, score):
    presentation_id = present("ana", "ben")
    score(presentation_id, "ana", [4, 3, 3, 2, 3])
    rubric = get_rubric("final-presentation")
    with app.app_context():
        card = db.session.scalar(select(Scorecard).where(
            Scorecard.interview_id == presentation_id))
        assert (card.rubric_id, card.rubric_version, card.rubric_digest) == (
            rubric.id, rubric.version, rubric.digest)


def test_nobody_sees_the_combined_score_before_their_own_card_is_in(app, setup, present, score):
    presentation_id = present("ana", "ben")
    score(presentation_id, "ana", [4, 3, 3, 2, 3])
    with app.app_context():
        presentation = db.session.get(Interview, presentation_id)
        ben = db.session.get(User, setup.users["ben"])
        assert interviews.debrief_block(presentation, ben)
        hidden = services.result_for(presentation, ben)
        assert hidden.blocked and hidden.score is None and hidden.flagged == 0
        assert hidden.submitted == 1 and hidden.panel == 2
        manager = db.session.get(User, setup.users["max"])
        assert services.result_for(presentation, manager).score is not None


def test_the_panel_is_combined_on_the_rubric_with_disagreements_flagged(
        app, setup, present, score):
    presentation_id = present("ana", "ben")
    score(presentation_id, "ana", [4, 3, 3, 2, 3])
    score(presentation_id, "ben", [3, 3, 1, 2, 4])
    rubric = get_rubric("final-presentation")
    keys = [c.key for c in rubric.criteria]
    with app.app_context():
        presentation = db.session.get(Interview, presentation_id)
        result = interviews.debrief(presentation)
        # The mean level per criterion, scored on the rubric's own weights and levels.
        per_criterion = {c.key: c for c in rubric.criteria}
        means = dict(zip(keys, [3.5, 3, 2, 2, 3.5], strict=True))
        expected = sum(per_criterion[k].weight * (m - 1) / 3 for k, m in means.items()) / sum(
            c.weight for c in rubric.criteria) * 100
        assert result.weighted_percent == pytest.approx(expected)
        flagged = [row.asked.text for row in result.rows if row.flagged]
        assert flagged == ["Emotional connection"]
        manager = db.session.get(User, setup.users["max"])
        line = services.result_for(presentation, manager)
        assert line.score == pytest.approx(expected) and line.flagged == 1
        assert line.pass_threshold == rubric.pass_threshold and line.passed is False


def test_the_brief_says_what_how_long_to_whom_and_when(app, setup, present):
    presentation_id = present("ana", "ben", hours_ago=-48, minutes=25)
    with app.app_context():
        from hiring.research.demo import DEMO_DIR
        from hiring.research.services import import_toml

        import_toml((DEMO_DIR / "demo_facts.toml").read_text(encoding="utf-8"), "test")
        brief = services.brief(db.session.get(Interview, presentation_id))
    assert brief["company"] == "Calder Logistics Group"
    assert "target customer" in brief["task"] and "opportunity" in brief["task"]
    assert brief["minutes"] == 25
    assert [p["name"] for p in brief["panel"]] == ["Ana", "Ben"]
    assert brief["scheduled_at"] > datetime.now(UTC)
    assert any(e["name"] == "Adaeze Okafor" for e in brief["executives"])
    assert [c["label"] for c in brief["criteria"]][0] == "About the customer, not the seller"


def test_the_brief_builds_on_the_candidates_research(app, setup, present):
    from hiring.analysis.research import join_sections
    from hiring.assessments.models import Submission

    presentation_id = present("ana", "ben")
    with app.app_context():
        text = join_sections({"target": "Calder's margins are squeezed by fuel costs.",
                              "opportunity": "Start with FreightView for the returns desk."}).text
        db.session.add(Submission(candidate_id=setup.candidate_id, step="research", code="R-1",
                                  rubric_id="company-research", time_limit_minutes=60,
                                  text=text, submitted_at=datetime.now(UTC)))
        db.session.commit()
        brief = services.brief(db.session.get(Interview, presentation_id))
    assert brief["research"] == [
        ("The company as a target customer", "Calder's margins are squeezed by fuel costs."),
        ("Opportunity plan", "Start with FreightView for the returns desk.")]


def test_the_printed_kit_names_the_presentation_and_its_length(app, setup, present):
    presentation_id = present("ana", "ben", minutes=25)
    with app.app_context():
        kit = interviews.kit_context(db.session.get(Interview, presentation_id))
        document = interviews.kit_document(kit)
    assert document["kicker"] == "Final presentation kit"
    assert {"label": "Length", "value": "25 minutes"} in document["summary"]
    criteria = [s for s in document["sections"] if s["heading"].startswith("1. ")]
    assert criteria[0]["heading"] == "1. About the customer, not the seller"
    assert criteria[0]["intro"] == ""  # no "0 minutes", no internal key


def test_the_presentation_emails_speak_of_the_presentation_not_an_interview(app, setup):
    from hiring.mail.models import OutboxMessage

    with app.app_context():
        candidate = db.session.get(Candidate, setup.candidate_id)
        manager = db.session.get(User, setup.users["max"])
        presentation = services.schedule_presentation(
            candidate, panel=[db.session.get(User, setup.users[n]) for n in ("ana", "ben")],
            actor=manager, scheduled_at=datetime.now(UTC) + timedelta(days=2), minutes=30,
            location="Boardroom")
        db.session.commit()
        sent = db.session.scalars(select(OutboxMessage)).all()
        assert {m.kind for m in sent} == {"presentation_scheduled"}
        assert len(sent) == 3  # the candidate and both panelists
        assert all(m.subject.startswith("Final presentation for ") for m in sent)
        assert all("interview" not in m.body.lower() for m in sent)
        interviews.cancel_interview(presentation, manager)
        db.session.commit()
        cancelled = db.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "presentation_cancelled")).all()
        assert len(cancelled) == 3 and "is cancelled" in cancelled[0].body
