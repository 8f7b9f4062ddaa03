import pytest

from hiring.reports import funnel as fn


def test_furthest_stage():
    assert fn.furthest_stage("research", None) == "research"
    assert fn.furthest_stage("onboarding", None) == "hired"
    assert fn.furthest_stage("screened_out", "writing") == "writing"
    assert fn.furthest_stage("screened_out", None) is None


def test_funnel_counts_conversion_medians_and_reasons():
    current = {"applied": 2, "writing": 3, "research": 1, "screened_out": 6}
    screen_outs = {("writing", "writing"): 4, ("applied", "withdrew"): 1}  # one unrecorded
    stays = {"applied": [2.0, 4.0, 6.0], "writing": [6.0], "screened_out": [99.0]}
    funnel = fn.build_funnel(current, screen_outs, stays, reason_label=str.upper)
    rows = {row.stage: row for row in funnel.rows}
    assert funnel.total == 12 and funnel.screened_out_unknown_stage == 1
    # reached: applied = everyone whose reach is known (11); writing = 3 + 1 + 4 = 8
    assert [rows[s].reached for s in fn.PIPELINE] == [11, 8, 1, 0, 0, 0, 0]
    assert rows["applied"].current == 2 and rows["writing"].current == 3
    assert (rows["applied"].advanced, rows["applied"].screened_out) == (8, 1)
    assert rows["applied"].conversion == pytest.approx(8 / 9)
    assert rows["writing"].conversion == pytest.approx(1 / 5)
    assert rows["research"].conversion is None
    assert rows["applied"].median_days == 4.0 and rows["writing"].median_days == 6.0
    assert rows["interview"].median_days is None
    assert funnel.reasons == (("WRITING", 4), ("No reason recorded", 1), ("WITHDREW", 1))


def test_onboarding_counts_as_hired():
    funnel = fn.build_funnel({"onboarding": 2, "hired": 1}, {}, {})
    assert {r.stage: r.reached for r in funnel.rows}["hired"] == 3
    assert {r.stage: r.current for r in funnel.rows}["hired"] == 3


def test_stage_decisions_feed_adverse_impact():
    decisions = fn.stage_decisions([
        (1, "research", None),
        (2, "screened_out", "writing"),
        (3, "applied", None),
        (4, "screened_out", None),  # unknown stage: left out
    ])
    assert decisions["applied"] == [(1, True), (2, True)]
    assert decisions["writing"] == [(1, True), (2, False)]
    assert decisions["research"] == []
