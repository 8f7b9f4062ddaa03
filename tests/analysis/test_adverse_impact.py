import pytest

from hiring.analysis import adverse_impact as ai
from hiring.analysis.adverse_impact import Count, Decision


def people(n_selected, n_rejected, **identity):
    return [Decision(identity, True)] * n_selected + [Decision(identity, False)] * n_rejected


def by_group(report):
    return {g.group: g for g in report.groups}


def test_uniform_guidelines_example_48_of_80_vs_12_of_40():
    counts = {("White",): Count(80, 48), ("Black",): Count(40, 12)}
    report = ai.impact(counts, stage="interview", dimensions=("race",))
    groups = by_group(report)
    assert groups[("White",)].rate == pytest.approx(0.6)
    assert groups[("Black",)].rate == pytest.approx(0.3)
    assert groups[("Black",)].impact_ratio == pytest.approx(0.5)
    assert groups[("White",)].verdict == ai.REFERENCE
    assert groups[("Black",)].verdict == ai.ADVERSE_IMPACT
    assert report.reference == ("White",)
    assert report.any_adverse
    # pooled 60/120 = 0.5, se = sqrt(0.25 * (1/40 + 1/80)) = 0.0968246 -> z = -0.3 / se
    assert groups[("Black",)].z == pytest.approx(-3.0984, abs=1e-4)
    assert groups[("Black",)].p_value < 0.01


def test_exactly_four_fifths_is_not_adverse():
    counts = {("a",): Count(50, 25), ("b",): Count(50, 20)}  # 0.4 / 0.5 = 0.8
    groups = by_group(ai.impact(counts))
    assert groups[("b",)].impact_ratio == pytest.approx(0.8)
    assert groups[("b",)].verdict == ai.NO_ADVERSE_IMPACT


def test_small_groups_are_too_small_to_judge_not_given_a_verdict():
    counts = {("a",): Count(100, 50), ("b",): Count(29, 2), ("c",): Count(40, 20)}
    groups = by_group(ai.impact(counts))
    assert groups[("b",)].verdict == ai.TOO_SMALL
    assert "Fewer than 30" in groups[("b",)].reason
    assert groups[("b",)].impact_ratio == pytest.approx((2 / 29) / 0.5)
    assert groups[("b",)].p_value is None
    assert groups[("c",)].verdict == ai.NO_ADVERSE_IMPACT  # 0.5 vs 0.5, c is second


def test_expected_selections_below_five_is_too_small_but_zero_selected_is_judged():
    # Overall rate 10/200 = 5%: 40 people would expect 2 selected -> too small.
    counts = {("a",): Count(160, 10), ("b",): Count(40, 0)}
    assert by_group(ai.impact(counts))[("b",)].verdict == ai.TOO_SMALL
    # Overall rate 30/200 = 15%: 60 people would expect 9; none selected is judged adverse.
    counts = {("a",): Count(140, 30), ("b",): Count(60, 0)}
    groups = by_group(ai.impact(counts))
    assert groups[("b",)].verdict == ai.ADVERSE_IMPACT
    assert groups[("b",)].impact_ratio == 0


def test_one_judgeable_group_has_nothing_to_compare_with():
    report = ai.impact({("a",): Count(100, 40), ("b",): Count(10, 1)})
    assert by_group(report)[("a",)].verdict == ai.NOT_COMPARED
    assert report.reference is None


def test_intersections_and_undisclosed_people():
    decisions = (
        people(20, 20, sex="female", race="Black")
        + people(30, 10, sex="female", race="White")
        + people(25, 15, sex="male", race="White")
        + people(3, 3, sex=None, race="White")
    )
    counts = ai.count_by_group(decisions, ("sex", "race"))
    assert counts == {
        ("Not disclosed", "White"): Count(6, 3),
        ("female", "Black"): Count(40, 20),
        ("female", "White"): Count(40, 30),
        ("male", "White"): Count(40, 25),
    }
    report = ai.impact(counts, dimensions=("sex", "race"))
    groups = by_group(report)
    assert report.reference == ("female", "White")
    assert groups[("female", "Black")].impact_ratio == pytest.approx(0.5 / 0.75)
    assert groups[("female", "Black")].verdict == ai.ADVERSE_IMPACT
    assert groups[("male", "White")].verdict == ai.NO_ADVERSE_IMPACT  # 0.625/0.75 = 0.833
    assert groups[("Not disclosed", "White")].verdict == ai.NOT_COMPARED
    assert groups[("female", "Black")].label == "female × Black"
    assert report.pooled == Count(126, 78)


def test_stage_reports_cover_every_stage_and_dimension_set():
    decisions = people(10, 30, sex="female") + people(20, 20, sex="male")
    reports = ai.stage_reports({"writing": decisions, "research": decisions}, [("sex",)])
    assert [(r.stage, r.dimensions) for r in reports] == [
        ("writing", ("sex",)),
        ("research", ("sex",)),
    ]
    assert by_group(reports[0])[("female",)].impact_ratio == pytest.approx(0.5)


@pytest.mark.parametrize(
    "table, expected",
    [
        # Fisher's tea-tasting experiment: 3 of 4 right, two-sided p = 34/70.
        ((3, 4, 1, 4), 34 / 70),
        # Textbook table [[8, 2], [1, 5]]: two-sided p = 0.034965.
        ((8, 10, 1, 6), 0.0349650),
        ((5, 10, 5, 10), 1.0),
    ],
)
def test_fisher_exact_against_known_values(table, expected):
    assert ai.fisher_exact(*table) == pytest.approx(expected, rel=1e-5)


def test_z_is_undefined_without_variation():
    assert ai.two_proportion_z(0, 10, 0, 10) is None
    assert ai.two_proportion_z(0, 0, 1, 10) is None
