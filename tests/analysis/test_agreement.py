import pytest

from hiring.analysis.agreement import (
    icc_average,
    icc_single,
    krippendorff_alpha,
    leniency,
    spreads,
)


def matrix(rows, raters=None):
    """{unit: {rater: value}} from rows of values, one column per rater."""
    raters = raters or [f"r{j}" for j in range(len(rows[0]))]
    return {u: dict(zip(raters, row, strict=True)) for u, row in enumerate(rows)}


# Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
SHROUT_FLEISS = matrix(
    [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
# twelve units, missing values. Published interval alpha: .849.
_K = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
KRIPPENDORFF = {u: {obs: _K[i][u] for i, obs in enumerate("ABCD")} for u in range(12)}


def test_shrout_fleiss_icc_2_1():
    result = icc_single(SHROUT_FLEISS)
    assert round(result.value, 2) == 0.29
    assert (result.subjects, result.raters, result.ratings) == (6, 4, 24)


def test_shrout_fleiss_icc_2_k():
    result = icc_average(SHROUT_FLEISS)
    assert round(result.value, 2) == 0.62
    assert (result.subjects, result.raters, result.ratings) == (6, 4, 24)


def test_krippendorff_worked_example_interval():
    result = krippendorff_alpha(KRIPPENDORFF)
    assert round(result.value, 3) == 0.849
    # Unit 12 has a single value, so it is not pairable: 11 units, 40 values.
    assert (result.subjects, result.raters, result.ratings) == (11, 4, 40)


def test_alpha_on_the_three_coder_example_with_many_gaps():
    # Krippendorff's three-coder, fifteen-unit example (nominal alpha .691 in the literature);
    # interval value hand-checked against the coincidence-matrix computation: .810845.
    rows = [
        [None, None, None, None, None, 3, 4, 1, 2, 1, 1, 3, 3, None, 3],
        [1, None, 2, 1, 3, 3, 4, 3, None, None, None, None, None, None, None],
        [None, None, 2, 1, 3, 4, 4, None, 2, 1, 1, 3, 3, None, 4],
    ]
    data = {u: {c: rows[c][u] for c in range(3)} for u in range(15)}
    result = krippendorff_alpha(data)
    assert round(result.value, 6) == 0.810845
    assert result.subjects == 12


def test_hand_computed_lenient_rater():
    # B rates every unit exactly one point above A. By hand: BMS = 2, JMS = 1.5, EMS = 0, so
    # ICC(2,1) = 2 / (2 + 2 * 1.5 / 3) = 2/3 and ICC(2,2) = 2 / (2 + 1.5 / 3) = 0.8;
    # alpha: D_o = 6 / 6 = 1, D_e = 66 / 30 = 2.2, alpha = 1 - 1 / 2.2 = 6/11.
    data = matrix([[1, 2], [2, 3], [3, 4]], ["A", "B"])
    assert icc_single(data).value == pytest.approx(2 / 3)
    assert icc_average(data).value == pytest.approx(0.8)
    assert krippendorff_alpha(data).value == pytest.approx(6 / 11)
    assert {x.rater: x.mean_difference for x in leniency(data)} == {"A": -0.5, "B": 0.5}


def test_perfect_agreement_is_one():
    data = matrix([[1, 1, 1], [3, 3, 3], [5, 5, 5]])
    assert icc_single(data).value == pytest.approx(1.0)
    assert icc_average(data).value == pytest.approx(1.0)
    assert krippendorff_alpha(data).value == pytest.approx(1.0)


def test_icc_uses_only_units_every_rater_rated():
    data = matrix([[1, 2], [2, 3], [3, 4]], ["A", "B"])
    data[3] = {"A": 5, "B": None}
    data[4] = {"A": 1}
    result = icc_single(data)
    assert (result.subjects, result.ratings) == (3, 6)
    assert result.value == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (matrix([[1], [2], [3]]), "at least two raters"),
        (matrix([[1, 2]]), "at least two units"),
        ({0: {"A": 1, "B": 2}, 1: {"A": 3, "C": 4}}, "at least two units"),
        (matrix([[3, 3], [3, 3]]), "do not vary"),
    ],
)
def test_icc_says_why_it_has_no_value(data, reason):
    for result in (icc_single(data), icc_average(data)):
        assert result.value is None
        assert reason in result.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({0: {"A": 1}, 1: {"B": 2}}, "two or more raters"),
        ({}, "two or more raters"),
        (matrix([[4, 4], [4, 4]]), "every rating is the same"),
    ],
)
def test_alpha_says_why_it_has_no_value(data, reason):
    result = krippendorff_alpha(data)
    assert result.value is None
    assert reason in result.reason


def test_leniency_is_mean_difference_from_the_panel_on_shared_units():
    data = {
        "a": {"x": 4, "y": 2},
        "b": {"x": 5, "y": 3, "z": 4},
        "c": {"x": 3},  # rated alone: no panel to compare with
    }
    result = {r.rater: (r.mean_difference, r.units) for r in leniency(data)}
    assert result == {"x": (1.0, 2), "y": (-1.0, 2), "z": (0.0, 1)}
    assert [r.rater for r in leniency(data)] == ["x", "z", "y"]


def test_spreads_flag_two_points_apart_and_order_by_disagreement():
    data = {
        "q1": {"a": 3, "b": 4, "c": 3},  # spread 1
        "q2": {"a": 1, "b": 3, "c": 2},  # spread 2: flagged
        "q3": {"a": 5, "b": 5, "c": 5},  # spread 0
        "q4": {"a": 1, "b": 5, "c": None},  # spread 4: flagged, missing ignored
        "q5": {"a": 2, "b": 4, "c": 4},  # spread 2, variance 8/9 > q2's 6/9: before q2
    }
    rows = spreads(data)
    assert [r.unit for r in rows] == ["q4", "q5", "q2", "q1", "q3"]
    assert [r.flagged for r in rows] == [True, True, True, False, False]
    assert rows[0].ratings == {"a": 1.0, "b": 5.0}
    assert rows[0].mean == 3.0
    assert rows[2].spread == 2.0


def test_a_single_rating_is_never_flagged():
    (row,) = spreads({"q": {"a": 5}})
    assert (row.spread, row.flagged, row.mean) == (0.0, False, 5.0)


# Quadratic weighted kappa, hand-computed: kappa = 1 - n * sum (a - b)^2 / sum over every
# (first, second) combination of (a - b)^2.


def test_weighted_kappa_of_a_single_one_level_slip():
    from hiring.analysis.agreement import weighted_kappa

    # Observed: one pair one level apart -> 1. Combinations: 19 + 9 + 7 + 13 = 48.
    result = weighted_kappa([(1, 1), (2, 2), (3, 4), (4, 4)], levels=(1, 2, 3, 4))
    assert result.value == pytest.approx(1 - 4 * 1 / 48)
    assert (result.subjects, result.raters, result.ratings) == (4, 2, 8)


def test_weighted_kappa_weighs_a_two_level_slip_four_times_a_one_level_slip():
    from hiring.analysis.agreement import weighted_kappa

    # a = 1,2,3,4; b = 1,2,3,2: observed 4; combinations: a=1: 0+1+4+1, a=2: 1+0+1+0,
    # a=3: 4+1+0+1, a=4: 9+4+1+4 -> 6 + 2 + 6 + 18 = 32.
    result = weighted_kappa([(1, 1), (2, 2), (3, 3), (4, 2)], levels=(1, 2, 3, 4))
    assert result.value == pytest.approx(1 - 4 * 4 / 32)


def test_weighted_kappa_perfect_agreement_and_perfect_reversal():
    from hiring.analysis.agreement import weighted_kappa

    assert weighted_kappa([(1, 1), (3, 3), (4, 4)]).value == pytest.approx(1.0)
    # Observed 9 + 9 = 18; combinations 9 + 0 + 0 + 9 = 18 -> 1 - 2 * 18 / 18.
    assert weighted_kappa([(1, 4), (4, 1)]).value == pytest.approx(-1.0)


def test_weighted_kappa_uses_level_positions_not_points():
    from hiring.analysis.agreement import weighted_kappa

    # Levels 0, 1, 5 sit at positions 0, 1, 2: (0, 1) and (1, 5) are both one step apart.
    by_position = weighted_kappa([(0, 1), (1, 5), (5, 5)], levels=(0, 1, 5))
    same_as = weighted_kappa([(0, 1), (1, 2), (2, 2)])
    assert by_position.value == pytest.approx(same_as.value)
    with pytest.raises(ValueError):
        weighted_kappa([(0, 3)], levels=(0, 1, 5))


def test_weighted_kappa_with_nothing_to_compare():
    from hiring.analysis.agreement import weighted_kappa

    result = weighted_kappa([])
    assert result.value is None and result.subjects == 0 and result.reason


def test_weighted_kappa_when_every_rating_is_the_same_level():
    from hiring.analysis.agreement import weighted_kappa

    result = weighted_kappa([(3, 3)] * 40, levels=(1, 2, 3, 4))
    assert result.value is None and result.subjects == 40
    assert "same level" in result.reason


def test_weighted_kappa_is_zero_when_one_side_never_varies():
    from hiring.analysis.agreement import weighted_kappa

    # A suggestion stuck on one level tells nothing about the reviewers' view.
    result = weighted_kappa([(2, 1), (2, 2), (2, 3), (2, 4)], levels=(1, 2, 3, 4))
    assert result.value == pytest.approx(0.0)


def test_a_kappa_is_weak_below_point_four_only_after_thirty_pairs():
    from hiring.analysis.agreement import Agreement, is_weak

    assert is_weak(Agreement(0.31, 42, 2, 84))
    assert not is_weak(Agreement(0.31, 29, 2, 58))
    assert not is_weak(Agreement(0.40, 42, 2, 84))
    assert not is_weak(Agreement(None, 42, 2, 84, "every rating is the same level"))
